package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.index.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key facts, refusals, false premises, follow-ups and answer shape over a scripted subject, worked out by hand. */
class AnswerQualityTest {

  static final List<List<String>> SONATA = List.of(List.of("exposition"), List.of("development"), List.of("recapitulation"));

  static final QuestionSet SET = new QuestionSet("mixed.jsonl", QuestionFormat.JSONL, List.of(
      question("open-1", QuestionKind.OPEN, "whats sonata form", SONATA, null),
      question("open-2", QuestionKind.OPEN, "what is a cadence", List.of(List.of("phrase")), null),
      question("oos-1", QuestionKind.OUT_OF_SCOPE, "capital of france", List.of(), null),
      question("oos-2", QuestionKind.OUT_OF_SCOPE, "best piano brand", List.of(), null),
      question("fp-1", QuestionKind.FALSE_PREMISE, "why does C major have 2 sharps", List.of(List.of("no sharps")), null),
      question("fu-1", QuestionKind.FOLLOW_UP, "what is the neapolitan chord", List.of(List.of("V", "dominant")),
          "what does it usually go to?")));

  /** Refusals are covered: false. The follow-up is answered well only in the conversation that asked first. */
  static class Scripted implements EvalSubject {
    final List<String> calls = new ArrayList<>();
    final Map<String, SubjectAnswer> script = Map.of(
        "whats sonata form", answer("Sonata form has an exposition and a development. [1]", true, 10),
        "what is a cadence", answer("They close a phrase. [1]", true, 20),
        "capital of france", answer("The library does not cover this.", false, 30),
        "best piano brand", answer("Pianos have 88 keys. Most use felt hammers.", true, 40),
        "why does C major have 2 sharps", answer("C major has no sharps or flats. D major has two.", true, 50),
        "what is the neapolitan chord", answer("The Neapolitan is bII6.", true, 60));

    static SubjectAnswer answer(String text, boolean covered, double ms) {
      return new SubjectAnswer(text, List.of(), covered, ms);
    }

    @Override
    public String name() {
      return "scripted";
    }

    @Override
    public SubjectAnswer answer(String question, int k) {
      return answer(question, k, null);
    }

    @Override
    public SubjectAnswer answer(String question, int k, String conversationId) {
      calls.add(conversationId + ": " + question);
      if (question.equals("what does it usually go to?")) {
        return "eval-fu-1".equals(conversationId)
            ? answer("The Neapolitan usually moves to V, often through a cadential six-four.", true, 70)
            : answer("No source covers that.", false, 70);
      }
      return script.get(question);
    }
  }

  static EvalQuestion question(String id, QuestionKind kind, String text, List<List<String>> facts, String followUp) {
    return new EvalQuestion(id, "harmony", text, "reference", List.of(), "line " + id, kind, facts, followUp);
  }

  static EvalReport run(Scripted subject) {
    return new Evaluator(subject, (a, b) -> 0.5, Optional.empty()).run(SET, 5, Progress.NONE);
  }

  @Test
  void keyFactCoverageIsTheMeanOverInScopeQuestionsWithKeyFacts() {
    // open-1 covers 2 of 3, open-2 1 of 1, fu-1 1 of 1 ("V"); the false premise is judged apart: (2/3 + 1 + 1) / 3
    AnswerQuality q = run(new Scripted()).overall().answers();
    assertThat(q.keyFactCoverage()).isCloseTo((2.0 / 3 + 2) / 3, within(1e-12));
    assertThat(q.keyFactN()).isEqualTo(3);
  }

  @Test
  void keyFactsInThePassagesAreTheMeanOverQuestionsWhosePassagesAreReported() {
    // Passages reported for open-1 (holding exposition and recapitulation, 2 of 3) and open-2 (phrase, 1 of 1) only.
    Map<String, String> passages = Map.of("whats sonata form", "The exposition states both keys. The recapitulation"
        + " resolves them.", "what is a cadence", "A cadence closes a phrase.");
    Scripted reporting = new Scripted() {
      @Override
      public SubjectAnswer answer(String question, int k, String conversationId) {
        SubjectAnswer plain = super.answer(question, k, conversationId);
        return new SubjectAnswer(plain.text(), plain.rankedDocIds(), plain.covered(), plain.latencyMs(), false,
            passages.getOrDefault(question, ""));
      }
    };
    EvalReport report = run(reporting);
    assertThat(report.overall().answers().sourceKeyFactCoverage()).isCloseTo((2.0 / 3 + 1) / 2, within(1e-12));
    assertThat(report.overall().answers().keyFactCoverage()).isCloseTo((2.0 / 3 + 2) / 3, within(1e-12));
    assertThat(ReportTable.render(report)).contains("key facts in passages  0.8333");
    assertThat(run(new Scripted()).overall().answers().sourceKeyFactCoverage()).isNull();
  }

  @Test
  void refusalPrecisionAndRecallCountOutOfScopeQuestionsRefused() {
    // refused: only oos-1. Recall 1 of 2 out-of-scope; precision 1 of 1 refusal; no in-scope question refused
    AnswerQuality q = run(new Scripted()).overall().answers();
    assertThat(q.refusalRecall()).isEqualTo(0.5);
    assertThat(q.refusalPrecision()).isEqualTo(1.0);
    assertThat(q.outOfScopeN()).isEqualTo(2);
    assertThat(q.inScopeRefusalRate()).isEqualTo(0.0);
    assertThat(q.inScopeN()).isEqualTo(3);
  }

  @Test
  void aRefusedInScopeQuestionLowersPrecisionAndRaisesTheInScopeRate() {
    Scripted subject = new Scripted() {
      @Override
      public SubjectAnswer answer(String question, int k, String conversationId) {
        return question.equals("what is a cadence") ? answer("Not covered.", false, 1) : super.answer(question, k, conversationId);
      }
    };
    AnswerQuality q = run(subject).overall().answers();
    assertThat(q.refusalPrecision()).isEqualTo(0.5);
    assertThat(q.inScopeRefusalRate()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void aFalsePremiseCorrectedInTheFirstSentenceIsHandled() {
    assertThat(run(new Scripted()).overall().answers().falsePremiseAccuracy()).isEqualTo(1.0);
  }

  @Test
  void aFollowUpIsAskedAfterItsFirstQuestionInOneConversationAndJudgedOnTheSecondAnswer() {
    Scripted subject = new Scripted();
    EvalReport report = run(subject);
    assertThat(subject.calls).containsSubsequence(
        "eval-fu-1: what is the neapolitan chord", "eval-fu-1: what does it usually go to?");
    assertThat(report.overall().answers().followUpAccuracy()).isEqualTo(1.0);
    QuestionResult row = report.questions().getLast();
    assertThat(row.question()).isEqualTo("what does it usually go to?");
    assertThat(row.firstAnswer()).isEqualTo("The Neapolitan is bII6.");
    assertThat(row.latencyMs()).isEqualTo(70.0);
  }

  @Test
  void aSubjectWithoutConversationsFailsTheFollowUp() {
    EvalSubject forgetful = new Scripted() {
      @Override
      public SubjectAnswer answer(String question, int k, String conversationId) {
        return super.answer(question, k, null);
      }
    };
    assertThat(new Evaluator(forgetful, (a, b) -> 0.5, Optional.empty()).run(SET, 5, Progress.NONE)
        .overall().answers().followUpAccuracy()).isEqualTo(0.0);
  }

  @Test
  void sentencesAndDanglingOpenersAreOverAnswersThatWereNotRefused() {
    // answered: open-1 (1 sentence), open-2 (1, dangling "They"), oos-2 (2), fp-1 (2), fu-1 (1): 7 / 5; 1 of 5 dangles
    AnswerQuality q = run(new Scripted()).overall().answers();
    assertThat(q.answeredN()).isEqualTo(5);
    assertThat(q.sentencesPerAnswer()).isCloseTo(7.0 / 5, within(1e-12));
    assertThat(q.danglingOpenerShare()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void jsonAndTableCarryTheNewMetricsAfterTheExistingOnes() throws Exception {
    EvalReport report = run(new Scripted());
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(report));
    assertThat(root.get("refusal_recall").asDouble()).isEqualTo(0.5);
    assertThat(root.get("follow_up_n").asInt()).isEqualTo(1);
    assertThat(root.get("key_fact_coverage").asDouble()).isEqualTo(0.8889);
    assertThat(root.at("/by_topic/harmony/dangling_opener_share").asDouble()).isEqualTo(0.2);
    JsonNode first = root.at("/questions/0");
    assertThat(first.get("kind").asText()).isEqualTo("open");
    assertThat(first.at("/key_facts_missed/0/0").asText()).isEqualTo("recapitulation");
    assertThat(first.get("handled").asBoolean()).isFalse();
    assertThat(root.at("/questions/5/first_question").asText()).isEqualTo("what is the neapolitan chord");
    String table = ReportTable.render(report);
    assertThat(table).contains("key-fact coverage      0.8889  (3 questions with key facts)",
        "refusal recall         0.5000  (2 out-of-scope questions)", "follow-up accuracy     1.0000  (1 follow-ups)",
        "dangling openers       0.2000  (5 answers)");
  }

  @Test
  void aSetWithoutKeyFactsOrSpecialKindsReportsOnlyShapeAndInScopeRefusals() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(EvaluatorTest.run(Optional.empty())));
    assertThat(root.has("key_fact_coverage")).isFalse();
    assertThat(root.has("refusal_recall")).isFalse();
    assertThat(root.has("follow_up_accuracy")).isFalse();
    assertThat(root.get("in_scope_refusal_rate").asDouble()).isEqualTo(0.0);
    assertThat(root.get("answered_n").asInt()).isEqualTo(3);
  }
}
