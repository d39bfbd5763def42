package dev.cadenza.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON form of an {@link EvalReport}, a documented contract (eval/README.md). Top level: "n",
 * "exact_match", "token_f1", "embedding_similarity", "fact_accuracy" (null without a fact checker),
 * "recall_at_k" and "mrr" (only when some question names relevant documents), "k", "latency_ms"
 * {"p50", "p95"}, "backend", "questions_file", "format", then the answer-quality metrics that apply
 * (key facts, refusals, false premises, follow-ups, sentences and dangling openers, each with its count),
 * then "by_topic" and one row per question under "questions". Scores are rounded to four decimals,
 * latencies to a tenth of a millisecond.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static String write(EvalReport report) {
    try {
      return MAPPER.writeValueAsString(toTree(report));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the evaluation report as JSON", e);
    }
  }

  public static ObjectNode toTree(EvalReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    scores(root, report.overall(), report.factChecked());
    root.put("k", report.k());
    root.put("backend", report.backend());
    root.put("questions_file", report.source());
    root.put("format", report.format().label());
    quality(root, report.overall().answers());
    ObjectNode topics = root.putObject("by_topic");
    report.byTopic().forEach((topic, scores) -> {
      ObjectNode node = topics.putObject(topic);
      scores(node, scores, report.factChecked());
      quality(node, scores.answers());
    });
    var rows = root.putArray("questions");
    report.questions().forEach(row -> question(rows.addObject(), row));
    return root;
  }

  private static void scores(ObjectNode node, Scores s, boolean factChecked) {
    node.put("n", s.n());
    node.put("exact_match", round4(s.exactMatch()));
    node.put("token_f1", round4(s.tokenF1()));
    node.put("embedding_similarity", round4(s.embeddingSimilarity()));
    if (s.factAccuracy() == null) {
      node.putNull("fact_accuracy");
    } else {
      node.put("fact_accuracy", round4(s.factAccuracy()));
    }
    if (factChecked) node.put("fact_claims", s.factClaims());
    if (s.retrievalN() > 0) {
      node.put("recall_at_k", round4(s.recallAtK()));
      node.put("mrr", round4(s.mrr()));
      node.put("retrieval_n", s.retrievalN());
    }
    ObjectNode latency = node.putObject("latency_ms");
    latency.put("p50", round1(s.latencyP50Ms()));
    latency.put("p95", round1(s.latencyP95Ms()));
  }

  /** Each metric only where the group has questions it applies to, with the number it is over. */
  private static void quality(ObjectNode node, AnswerQuality q) {
    metric(node, "key_fact_coverage", q.keyFactCoverage(), "key_fact_n", q.keyFactN());
    if (q.sourceKeyFactCoverage() != null) node.put("source_key_fact_coverage", round4(q.sourceKeyFactCoverage()));
    if (q.outOfScopeN() > 0 || q.refusalPrecision() != null) {
      node.put("refusal_precision", q.refusalPrecision() == null ? null : round4(q.refusalPrecision()));
      node.put("refusal_recall", q.refusalRecall() == null ? null : round4(q.refusalRecall()));
      node.put("out_of_scope_n", q.outOfScopeN());
    }
    metric(node, "in_scope_refusal_rate", q.inScopeRefusalRate(), "in_scope_n", q.inScopeN());
    metric(node, "false_premise_accuracy", q.falsePremiseAccuracy(), "false_premise_n", q.falsePremiseN());
    metric(node, "follow_up_accuracy", q.followUpAccuracy(), "follow_up_n", q.followUpN());
    if (q.answeredN() > 0) {
      node.put("sentences_per_answer", round4(q.sentencesPerAnswer()));
      node.put("dangling_opener_share", round4(q.danglingOpenerShare()));
      node.put("answered_n", q.answeredN());
    }
  }

  private static void metric(ObjectNode node, String name, Double value, String countName, int count) {
    if (value == null) return;
    node.put(name, round4(value));
    node.put(countName, count);
  }

  private static void question(ObjectNode node, QuestionResult r) {
    node.put("id", r.id());
    node.put("topic", r.topic());
    node.put("kind", r.kind().label());
    if (r.firstQuestion() != null) {
      node.put("first_question", r.firstQuestion());
      node.put("first_answer", r.firstAnswer());
    }
    node.put("question", r.question());
    node.put("reference", r.reference());
    node.put("answer", r.answer());
    node.put("covered", r.covered());
    node.put("exact_match", round4(r.exactMatch()));
    node.put("token_f1", round4(r.tokenF1()));
    node.put("embedding_similarity", round4(r.embeddingSimilarity()));
    if (r.facts() != null) {
      node.put("fact_correct", r.facts().correct());
      node.put("fact_incorrect", r.facts().incorrect());
    }
    if (r.firstRelevantRank() != null) {
      r.relevant().forEach(node.withArray("relevant")::add);
      node.put("hit", r.hit());
      node.put("reciprocal_rank", round4(r.reciprocalRank()));
    }
    r.retrieved().forEach(node.withArray("retrieved")::add);
    node.put("latency_ms", round1(r.latencyMs()));
    AnswerChecks checks = r.checks();
    if (checks.keyFactGroups() > 0) {
      node.put("key_fact_coverage", round4(checks.keyFactCoverage()));
      var missed = node.putArray("key_facts_missed");
      checks.missedKeyFacts().forEach(group -> group.forEach(missed.addArray()::add));
      if (checks.sourceKeyFacts() != null) node.put("source_key_fact_coverage", round4(checks.sourceKeyFactCoverage()));
    }
    node.put("sentences", checks.sentences());
    node.put("dangling_opener", checks.danglingOpener());
    node.put("handled", r.handled());
  }

  static double round4(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
