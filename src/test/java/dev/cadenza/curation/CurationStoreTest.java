package dev.cadenza.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.Citation;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.answer.Verification;
import dev.cadenza.index.Filter;
import dev.cadenza.learners.SimulatedClock;
import dev.cadenza.store.DatabaseContract;
import dev.cadenza.testing.HashingEmbedder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gap log and usage records on both databases, fed through the recorder as answers would feed them. */
class CurationStoreTest extends DatabaseContract {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final SimulatedClock clock = new SimulatedClock(Instant.parse("2024-01-01T00:00:00Z"));
  private Curation curation;

  @BeforeEach
  void openCuration() {
    curation = Curation.open(() -> database, new HashingEmbedder(), new CurationSettings(Duration.ofDays(30)), clock);
  }

  @AfterEach
  void closeCuration() {
    curation.close();
  }

  @Test
  void theSameUncoveredQuestionTwiceIsOneGroupWithCountTwoAndItsFilters() {
    record("How do I tune   a Quibbleflute?", new Filter("beginner", "instruments"), uncovered());
    record("how do i tune a quibbleflute?", Filter.NONE, uncovered());
    List<GapLog.GapGroup> groups = openGaps();
    assertThat(groups).hasSize(1);
    GapLog.GapGroup group = groups.getFirst();
    assertThat(group.count()).isEqualTo(2);
    assertThat(group.question()).isEqualTo("how do i tune a quibbleflute?");
    assertThat(group.levels()).containsExactly("beginner");
    assertThat(group.topics()).containsExactly("instruments");
    assertThat(group.nearest()).containsExactly("harmony/cadences", "pitch/intervals");
    assertThat(group.reasons()).containsExactly("uncovered");
  }

  @Test
  void anAnswerWithAStrongPassageIsNoGapButItsCitationsCount() {
    record("what is a half cadence", Filter.NONE, covered(0.9f, "harmony/cadences", "harmony/cadences", "pitch/intervals"));
    assertThat(openGaps()).isEmpty();
    assertThat(curation.usage().usage()).extracting(UsageLog.DocumentUsage::docId, UsageLog.DocumentUsage::citations)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("harmony/cadences", 1), org.assertj.core.groups.Tuple.tuple("pitch/intervals", 1));
  }

  @Test
  void anAnswerFromAWeakPassageIsAGap() {
    record("explain sonata form", Filter.NONE, covered(0.6f, "harmony/dominant"));
    assertThat(openGaps()).singleElement().satisfies(g -> assertThat(g.reasons()).containsExactly("weak"));
  }

  @Test
  void markingCoveredAndDismissingMoveAGroupOffTheOpenList() {
    record("who invented the quibbleflute", Filter.NONE, uncovered());
    record("what is the capital of france", Filter.NONE, uncovered());
    List<GapLog.GapGroup> open = openGaps();
    assertThat(curation.gaps().markCovered(open.get(0).id(), "harmony/cadences")).isTrue();
    assertThat(curation.gaps().dismiss(open.get(1).id())).isTrue();
    assertThat(openGaps()).isEmpty();
    assertThat(curation.gaps().groups(GapLog.Status.COVERED, 10)).singleElement()
        .satisfies(g -> assertThat(g.coveredBy()).isEqualTo("harmony/cadences"));
    assertThat(curation.gaps().groups(GapLog.Status.DISMISSED, 10)).hasSize(1);
    assertThat(curation.gaps().dismiss("no-such-group")).isFalse();
  }

  @Test
  void aCoveredGroupAskedAboutBadlyAgainOpensAgain() {
    record("who invented the quibbleflute", Filter.NONE, uncovered());
    curation.gaps().markCovered(openGaps().getFirst().id(), "harmony/cadences");
    record("who invented the quibbleflute", Filter.NONE, uncovered());
    assertThat(openGaps()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(2));
  }

  @Test
  void retentionForgetsOldQuestionsCitationsAndClicks() {
    record("who invented the quibbleflute", Filter.NONE, uncovered());
    record("what is a half cadence", Filter.NONE, covered(0.9f, "harmony/cadences", "harmony/cadences"));
    curation.recorder().clicked("harmony/cadences");
    flush();
    clock.advance(Duration.ofDays(31));
    record("what is the capital of france", Filter.NONE, uncovered());
    assertThat(openGaps()).extracting(GapLog.GapGroup::question).containsExactly("what is the capital of france");
    assertThat(curation.usage().usage()).isEmpty();
  }

  @Test
  void questionsAreCutToTheLimit() {
    record("why ".repeat(200), Filter.NONE, uncovered());
    assertThat(openGaps().getFirst().question()).hasSize(AnsweredQuestion.MAX_QUESTION_CHARS);
  }

  private void record(String question, Filter filter, AskResult result) {
    curation.recorder().answered(question, filter, result);
    flush();
  }

  private void flush() {
    curation.recorder().flush(WAIT);
  }

  private List<GapLog.GapGroup> openGaps() {
    return curation.gaps().groups(GapLog.Status.OPEN, 10);
  }

  private static AskResult uncovered() {
    return result(false, List.of(passage(1, "harmony/cadences", 0.55f), passage(2, "pitch/intervals", 0.5f)), List.of());
  }

  /** A covered answer whose best passage, from {@code bestDoc}, has {@code score}, citing {@code cited}. */
  private static AskResult covered(float score, String bestDoc, String... cited) {
    List<Citation> citations = new java.util.ArrayList<>();
    for (int i = 0; i < cited.length; i++) {
      citations.add(new Citation(i + 1, cited[i], "T", "H", cited[i] + "#0", 0.1, "text", 1, 1, 1));
    }
    return result(true, List.of(passage(1, bestDoc, score)), citations);
  }

  private static RetrievedPassage passage(int rank, String docId, float vectorScore) {
    return new RetrievedPassage(docId + "#0", docId, "H", rank, 0.1, rank, 1f, rank, vectorScore);
  }

  private static AskResult result(boolean covered, List<RetrievedPassage> retrieved, List<Citation> citations) {
    return new AskResult("q", "answer", "embedded", covered, "conceptual", null, citations,
        new Verification(List.of(), false), Map.of(), null, retrieved);
  }
}
