package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.index.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluator over a scripted subject, with every expected score worked out by hand in the comments. */
class EvaluatorTest {

  static final QuestionSet SET = new QuestionSet("questions.jsonl", QuestionFormat.JSONL, List.of(
      new EvalQuestion("q1", null, "What is V7 in C major?", "G, B, D, F", List.of("harmony/seventh-chords"), "line 1"),
      new EvalQuestion("q2", null, "What is a cadence?", "the end of a phrase", List.of("harmony/cadences"), "line 2"),
      new EvalQuestion("q3", "rhythm", "How many beats are in 6/8?", "two beats", List.of(), "line 3")));

  /** Answers from a script: text, retrieved documents and latency per question. */
  static final EvalSubject SCRIPTED = new EvalSubject() {
    final Map<String, SubjectAnswer> script = Map.of(
        "What is V7 in C major?", new SubjectAnswer("G, B, D, F [1]", List.of("harmony/seventh-chords", "harmony/triads"), true, 10),
        "What is a cadence?", new SubjectAnswer("A formula that ends a phrase [1]", List.of("harmony/triads", "harmony/cadences"), true, 30),
        "How many beats are in 6/8?", new SubjectAnswer("two dotted-quarter beats", List.of("rhythm/compound-meter"), true, 20));

    @Override
    public String name() {
      return "scripted";
    }

    @Override
    public SubjectAnswer answer(String question, int k) {
      return script.get(question);
    }
  };

  /** 1 for the same normalised text, else 0.5. */
  static final TextSimilarity HALF_UNLESS_EQUAL =
      (a, b) -> TextMetrics.normalize(a).equals(TextMetrics.normalize(b)) ? 1.0 : 0.5;

  /** Four correct claims for an answer spelling G7, otherwise one incorrect claim. */
  static final FactChecker SPELLING_CHECKER =
      answer -> answer.contains("G, B, D, F") ? new FactCounts(4, 0) : new FactCounts(0, 1);

  static EvalReport run(Optional<FactChecker> checker) {
    return new Evaluator(SCRIPTED, HALF_UNLESS_EQUAL, checker).run(SET, 5, Progress.NONE);
  }

  @Test
  void exactMatchIsTheShareOfAnswersEqualToTheirReference() {
    // q1 "G, B, D, F" (marker stripped) equals its reference; q2 and q3 do not: 1/3
    assertThat(run(Optional.empty()).overall().exactMatch()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void tokenF1IsTheMeanOfPerQuestionF1() {
    // q1: 1.
    // q2: [formula, that, ends, phrase] vs [end, of, phrase]: shared phrase, P 1/4, R 1/3, F1 = 2/7.
    // q3: [two, dottedquarter, beats] vs [two, beats]: shared 2, P 2/3, R 1, F1 = 4/5.
    // mean = (1 + 2/7 + 4/5) / 3
    assertThat(run(Optional.empty()).overall().tokenF1()).isCloseTo((1 + 2.0 / 7 + 0.8) / 3, within(1e-12));
  }

  @Test
  void embeddingSimilarityIsTheMeanOfTheSimilarityScores() {
    // 1 for q1, 0.5 for the others
    assertThat(run(Optional.empty()).overall().embeddingSimilarity()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void factAccuracyIsNullWithoutAChecker() {
    EvalReport report = run(Optional.empty());
    assertThat(report.factChecked()).isFalse();
    assertThat(report.overall().factAccuracy()).isNull();
    assertThat(report.questions()).allSatisfy(row -> assertThat(row.facts()).isNull());
  }

  @Test
  void factAccuracyIsCorrectClaimsOverAllClaims() {
    // q1: 4 correct; q2 and q3: 1 incorrect each. 4 / 6.
    Scores overall = run(Optional.of(SPELLING_CHECKER)).overall();
    assertThat(overall.factAccuracy()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(overall.factClaims()).isEqualTo(6);
  }

  @Test
  void recallAndMrrCoverOnlyQuestionsWithRelevantDocuments() {
    // q1 hit at rank 1, q2 at rank 2, q3 names none: recall 2/2, MRR (1 + 1/2) / 2
    Scores overall = run(Optional.empty()).overall();
    assertThat(overall.retrievalN()).isEqualTo(2);
    assertThat(overall.recallAtK()).isEqualTo(1.0);
    assertThat(overall.mrr()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void aComputedAnswerIsLeftOutOfRecallAndMrr() {
    // q1 is computed (a fingering retrieves nothing): only q2 counts, hit at rank 2.
    EvalSubject computedFirst = new EvalSubject() {
      @Override
      public String name() {
        return "computed first";
      }

      @Override
      public SubjectAnswer answer(String question, int k) {
        SubjectAnswer scripted = SCRIPTED.answer(question, k);
        return question.equals("What is V7 in C major?")
            ? new SubjectAnswer(scripted.text(), List.of(), true, scripted.latencyMs(), true) : scripted;
      }
    };
    Scores overall = new Evaluator(computedFirst, HALF_UNLESS_EQUAL, Optional.empty()).run(SET, 5, Progress.NONE)
        .overall();
    assertThat(overall.retrievalN()).isEqualTo(1);
    assertThat(overall.recallAtK()).isEqualTo(1.0);
    assertThat(overall.mrr()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void latencyPercentilesAreNearestRank() {
    // latencies 10, 30, 20: p50 rank ceil(1.5) = 2 -> 20; p95 rank ceil(2.85) = 3 -> 30
    Scores overall = run(Optional.empty()).overall();
    assertThat(overall.latencyP50Ms()).isEqualTo(20.0);
    assertThat(overall.latencyP95Ms()).isEqualTo(30.0);
  }

  @Test
  void topicsComeFromTheFileOrTheFirstRelevantDocument() {
    EvalReport report = run(Optional.empty());
    assertThat(report.byTopic()).containsOnlyKeys("harmony", "rhythm");
    assertThat(report.byTopic().get("harmony").n()).isEqualTo(2);
    assertThat(report.byTopic().get("rhythm").recallAtK()).isNull();
  }

  @Test
  void rowsKeepFileOrderAndTheRawAnswer() {
    EvalReport report = run(Optional.empty());
    assertThat(report.questions()).extracting(QuestionResult::id).containsExactly("q1", "q2", "q3");
    assertThat(report.questions().getFirst().answer()).isEqualTo("G, B, D, F [1]");
    assertThat(report.questions().get(1).hit()).isTrue();
    assertThat(report.questions().get(1).reciprocalRank()).isEqualTo(0.5);
    assertThat(report.questions().get(2).hit()).isNull();
  }

  @Test
  void progressCountsQuestionsFromZeroToAll() {
    List<String> updates = new ArrayList<>();
    new Evaluator(SCRIPTED, HALF_UNLESS_EQUAL, Optional.empty())
        .run(SET, 5, (phase, done, total) -> updates.add(phase + " " + done + "/" + total));
    assertThat(updates).containsExactly("evaluating 0/3", "evaluating 1/3", "evaluating 2/3", "evaluating 3/3");
  }

  @Test
  void aFailingQuestionIsNamedInTheError() {
    EvalSubject failing = new EvalSubject() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public SubjectAnswer answer(String question, int k) {
        throw new IllegalArgumentException("question is too long");
      }
    };
    assertThatThrownBy(() -> new Evaluator(failing, HALF_UNLESS_EQUAL, Optional.empty()).run(SET, 5, Progress.NONE))
        .hasMessage("questions.jsonl: line 1 (q1): answering failed: question is too long");
  }
}
