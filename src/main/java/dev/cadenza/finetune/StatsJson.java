package dev.cadenza.finetune;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stats.json tree, keys in a fixed order. */
final class StatsJson {
  /** Families this build does not generate, and why. */
  static final String SKIPPED = "MIDI-derived families (the dev.cadenza.midi package is not in this tree)";
  static final String PROJECT_EVAL = "never a source of records; a generated record is dropped when its question"
      + " repeats an evaluation question (80% of its word 3-grams) or its answer a reference answer (80% of its word"
      + " 5-grams), or its text contains an evaluation question verbatim, as eval/EXCLUDE.md asks";

  private StatsJson() {}

  static ObjectNode of(DatasetStats stats) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("seed", stats.seed());
    root.put("size", stats.size());
    root.put("systemPrompt", ChatRecord.SYSTEM_PROMPT);
    ObjectNode records = root.putObject("records");
    for (Split split : Split.values()) {
      records.put(split.label(), stats.total(split));
    }
    records.put("total", stats.total(Split.TRAIN) + stats.total(Split.EVAL));
    ObjectNode families = root.putObject("families");
    for (Family family : Family.values()) {
      ObjectNode node = families.putObject(family.label());
      node.put("quota", stats.quotas().get(family));
      for (Split split : Split.values()) {
        node.put(split.label(), stats.counts().get(family).get(split));
      }
    }
    ObjectNode heldOut = root.putObject("heldOut");
    for (Family family : Family.values()) {
      stats.heldOut().subjects(family).forEach(heldOut.putArray(family.label())::add);
    }
    ObjectNode verifier = root.putObject("verifier");
    verifier.put("name", stats.verifier());
    verifier.put("answersChecked", stats.checked());
    verifier.put("correctClaims", stats.claims().correct());
    verifier.put("incorrectClaims", stats.claims().incorrect());
    verifier.put("uncheckedClaims", stats.claims().unchecked());
    verifier.put("answersDropped", stats.dropped());
    stats.droppedExamples().forEach(verifier.putArray("droppedExamples")::add);
    verifier.put("answersUnverifiable", stats.unverifiable());
    stats.unverifiableExamples().forEach(verifier.putArray("unverifiableExamples")::add);
    root.put("duplicateQuestionsSkipped", stats.duplicates());
    root.put("unusableDraws", stats.unusable());
    ObjectNode projectEval = root.putObject("projectEvalSet");
    projectEval.put("rule", PROJECT_EVAL);
    projectEval.put("file", stats.excludedFrom());
    projectEval.put("questions", stats.excludedQuestions());
    projectEval.put("answers", stats.excludedAnswers());
    projectEval.put("recordsDropped", stats.evalOverlaps());
    root.putArray("skipped").add(SKIPPED);
    return root;
  }
}
