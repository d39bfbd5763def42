package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The answer-quality sets (eval/open-questions, out-of-scope, follow-ups) keep their promised size, kinds and shape;
 * the held-out and diagnostic sets stay scorable and apart from them.
 */
class ProjectAnswerSetsTest {

  static final Path OPEN = Path.of("eval/open-questions.jsonl");
  static final Path OUT_OF_SCOPE = Path.of("eval/out-of-scope.jsonl");
  static final Path FOLLOW_UPS = Path.of("eval/follow-ups.jsonl");

  static List<EvalQuestion> read(Path file) {
    return QuestionFiles.read(file).questions();
  }

  @Test
  void atLeast150OpenQuestionsWithKeyFactsOverEveryCorpusArea() throws IOException {
    List<EvalQuestion> open = read(OPEN);
    assertThat(open).hasSizeGreaterThanOrEqualTo(150);
    assertThat(open).allSatisfy(q -> {
      assertThat(q.kind()).as(q.id()).isIn(QuestionKind.OPEN, QuestionKind.COMPUTED);
      assertThat(q.keyFacts()).as(q.id()).isNotEmpty();
    });
    Map<String, Long> perTopic = open.stream().collect(Collectors.groupingBy(EvalQuestion::topic, Collectors.counting()));
    assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(areas());
    assertThat(perTopic.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
  }

  @Test
  void fortyQuestionsToRefuseOrCorrectAndEveryFalsePremiseStatesItsCorrection() {
    List<EvalQuestion> rows = read(OUT_OF_SCOPE);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rows).extracting(EvalQuestion::kind).containsOnly(QuestionKind.OUT_OF_SCOPE, QuestionKind.FALSE_PREMISE);
    assertThat(rows.stream().filter(q -> q.kind() == QuestionKind.FALSE_PREMISE))
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(q -> assertThat(q.keyFacts()).as(q.id()).isNotEmpty());
  }

  @Test
  void thirtyTwoTurnFollowUpsEachJudgedByKeyFacts() {
    List<EvalQuestion> rows = read(FOLLOW_UPS);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
    assertThat(rows).allSatisfy(q -> {
      assertThat(q.kind()).isEqualTo(QuestionKind.FOLLOW_UP);
      assertThat(q.followUp()).as(q.id()).isNotBlank();
      assertThat(q.keyFacts()).as(q.id()).isNotEmpty();
    });
  }

  @Test
  void theSetsCombineIntoOneRunAndNameOnlyRealDocuments() {
    QuestionSet all = QuestionSet.combine(List.of(QuestionFiles.read(OPEN), QuestionFiles.read(OUT_OF_SCOPE),
        QuestionFiles.read(FOLLOW_UPS), QuestionFiles.read(ProjectEvalSetTest.QUESTIONS)));
    List<String> missing = new ArrayList<>();
    for (EvalQuestion q : all.questions()) {
      q.relevant().stream().filter(id -> !Files.isRegularFile(ProjectEvalSetTest.CORPUS.resolve(id + ".md")))
          .forEach(id -> missing.add(q.id() + " -> " + id));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noQuestionRepeatsOneFromAnotherSet() {
    Map<String, Long> counts = List.of(OPEN, OUT_OF_SCOPE, FOLLOW_UPS, ProjectEvalSetTest.QUESTIONS).stream()
        .flatMap(file -> read(file).stream())
        .flatMap(q -> q.followUp() == null ? Stream.of(q.question()) : Stream.of(q.question(), q.followUp()))
        .map(text -> text.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)).isEmpty();
  }

  /** The held-out sets and the diagnostic follow-ups: each row scorable, every document real. */
  static final List<Path> HELD_OUT = List.of(Path.of("eval/open-questions-holdout7.jsonl"),
      Path.of("eval/follow-ups-holdout7.jsonl"), Path.of("eval/open-questions-holdout6.jsonl"),
      Path.of("eval/follow-ups-holdout6.jsonl"), Path.of("eval/open-questions-holdout5.jsonl"),
      Path.of("eval/follow-ups-holdout5.jsonl"), Path.of("eval/open-questions-holdout4.jsonl"),
      Path.of("eval/follow-ups-holdout4.jsonl"), Path.of("eval/open-questions-holdout3.jsonl"),
      Path.of("eval/follow-ups-holdout3.jsonl"), Path.of("eval/open-questions-holdout2.jsonl"),
      Path.of("eval/follow-ups-holdout2.jsonl"), Path.of("eval/open-questions-holdout.jsonl"),
      Path.of("eval/follow-ups-holdout.jsonl"), Path.of("eval/follow-ups-diagnostic.jsonl"),
      Path.of("eval/follow-ups-diagnostic2.jsonl"), Path.of("eval/open-questions-diagnostic.jsonl"));
  /** False premises written after the tuned ones were handled, scored before and after, read only as aggregates. */
  static final Path HELD_OUT_FALSE_PREMISES = Path.of("eval/false-premises-holdout.jsonl");

  @Test
  void theHeldOutSetsAreScorableAndRepeatNoQuestionOfTheTunedOnes() {
    QuestionSet all = QuestionSet.combine(HELD_OUT.stream().map(QuestionFiles::read).toList());
    assertThat(all.questions()).allSatisfy(q -> {
      assertThat(q.kind()).as(q.id()).isIn(QuestionKind.OPEN, QuestionKind.FOLLOW_UP);
      assertThat(q.keyFacts()).as(q.id()).isNotEmpty();
      assertThat(q.relevant()).as(q.id()).isNotEmpty()
          .allSatisfy(id -> assertThat(ProjectEvalSetTest.CORPUS.resolve(id + ".md")).as(q.id()).isRegularFile());
      if (q.kind() == QuestionKind.FOLLOW_UP) assertThat(q.followUp()).as(q.id()).isNotBlank();
    });
    List<String> tuned = List.of(OPEN, OUT_OF_SCOPE, FOLLOW_UPS, ProjectEvalSetTest.QUESTIONS).stream()
        .flatMap(file -> read(file).stream()).map(ProjectAnswerSetsTest::asked).toList();
    assertThat(all.questions().stream().map(ProjectAnswerSetsTest::asked).filter(tuned::contains)).isEmpty();
  }

  @Test
  void theHeldOutFalsePremisesAreScorableAndRepeatNoOtherQuestion() {
    List<EvalQuestion> premises = read(HELD_OUT_FALSE_PREMISES);
    assertThat(premises).hasSizeGreaterThanOrEqualTo(20).allSatisfy(q -> {
      assertThat(q.kind()).as(q.id()).isEqualTo(QuestionKind.FALSE_PREMISE);
      assertThat(q.keyFacts()).as(q.id()).isNotEmpty();
      assertThat(q.relevant()).as(q.id()).isNotEmpty()
          .allSatisfy(id -> assertThat(ProjectEvalSetTest.CORPUS.resolve(id + ".md")).as(q.id()).isRegularFile());
    });
    List<String> others = Stream.concat(Stream.of(OPEN, OUT_OF_SCOPE, FOLLOW_UPS, ProjectEvalSetTest.QUESTIONS),
        HELD_OUT.stream()).flatMap(file -> read(file).stream()).map(ProjectAnswerSetsTest::asked).toList();
    assertThat(premises.stream().map(ProjectAnswerSetsTest::asked).filter(others::contains)).isEmpty();
  }

  /** What a row asks: its question, or for a follow-up both turns. */
  private static String asked(EvalQuestion q) {
    String text = q.followUp() == null ? q.question() : q.question() + " / " + q.followUp();
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> areas() throws IOException {
    try (var dirs = Files.list(ProjectEvalSetTest.CORPUS)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }
}
