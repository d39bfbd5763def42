package dev.cadenza.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Cadenza's own question format: one JSON object per line. Unknown keys are errors, so a typo cannot silently drop a field. */
final class JsonlQuestions {

  static final Set<String> FIELDS = Set.of("id", "question", "answer", "relevant", "topic", "kind", "key_facts", "followup");

  private JsonlQuestions() {}

  static List<EvalQuestion> parse(Path file, String text) {
    List<EvalQuestion> questions = new ArrayList<>();
    QuestionFiles.Ids ids = new QuestionFiles.Ids();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      String where = "line " + (i + 1);
      JsonNode node = parseLine(file, where, lines[i]);
      EvalQuestion question = toQuestion(file, where, node, "line-" + (i + 1));
      ids.add(file, where, question.id());
      questions.add(question);
    }
    return questions;
  }

  private static JsonNode parseLine(Path file, String where, String line) {
    JsonNode node;
    try {
      node = QuestionFiles.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new QuestionFileException(file, where, "not valid JSON (JSONL needs one complete object per line): "
          + e.getOriginalMessage(), e);
    }
    if (!node.isObject()) {
      throw new QuestionFileException(file, where, "expected a JSON object, found " + QuestionFiles.kind(node));
    }
    return node;
  }

  private static EvalQuestion toQuestion(Path file, String where, JsonNode node, String defaultId) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new QuestionFileException(file, where, "unknown key \"" + name + "\" (known: "
            + FIELDS.stream().sorted().toList() + ")");
      }
    }
    String id = QuestionFiles.optionalText(file, where, node, "id");
    String kind = QuestionFiles.optionalText(file, where, node, "kind");
    try {
      return new EvalQuestion(
          id == null ? defaultId : id,
          QuestionFiles.optionalText(file, where, node, "topic"),
          QuestionFiles.requiredText(file, where, node, "question"),
          QuestionFiles.requiredText(file, where, node, "answer"),
          relevant(file, where, node),
          where,
          kind == null ? null : QuestionKind.parse(kind),
          keyFacts(file, where, node),
          QuestionFiles.optionalText(file, where, node, "followup"));
    } catch (IllegalArgumentException e) {
      throw new QuestionFileException(file, where, e.getMessage().replaceFirst("^" + where + ": ", ""), e);
    }
  }

  /** {@code "key_facts": [["exposition"], ["lowered seventh", "flat seventh"]]}: groups of alternatives. */
  private static List<List<String>> keyFacts(Path file, String where, JsonNode node) {
    JsonNode value = node.get("key_facts");
    if (value == null || value.isNull()) return List.of();
    String shape = "\"key_facts\" must be an array of groups, each an array of accepted strings";
    if (!value.isArray()) throw new QuestionFileException(file, where, shape + ", found " + QuestionFiles.kind(value));
    List<List<String>> groups = new ArrayList<>();
    for (JsonNode group : value) {
      if (!group.isArray() || group.isEmpty()) throw new QuestionFileException(file, where, shape + ", found " + group);
      List<String> alternatives = new ArrayList<>();
      for (JsonNode alternative : group) {
        if (!alternative.isTextual() || alternative.asText().isBlank()) {
          throw new QuestionFileException(file, where, shape + ", found " + alternative);
        }
        alternatives.add(alternative.asText());
      }
      groups.add(alternatives);
    }
    return groups;
  }

  private static List<String> relevant(Path file, String where, JsonNode node) {
    JsonNode value = node.get("relevant");
    if (value == null || value.isNull()) return List.of();
    if (!value.isArray()) {
      throw new QuestionFileException(file, where, "\"relevant\" must be an array of document ids, found "
          + QuestionFiles.kind(value));
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual() || element.asText().isBlank()) {
        throw new QuestionFileException(file, where, "\"relevant\" must hold non-empty document ids, found "
            + element);
      }
      ids.add(element.asText());
    }
    return ids;
  }
}
