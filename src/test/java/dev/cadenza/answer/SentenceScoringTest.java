package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sentences scored by meaning as well as by words, and kept from repeating each other (MMR). */
class SentenceScoringTest {

  private static final float[] QUESTION = {1, 0, 0};

  /** A unit vector whose cosine with {@link #QUESTION} is {@code similarity}, turned by {@code side} in the other plane. */
  private static float[] at(double similarity, double side) {
    double rest = Math.sqrt(1 - similarity * similarity);
    return new float[] {(float) similarity, (float) (rest * Math.cos(side)), (float) (rest * Math.sin(side))};
  }

  private static Passage passage(int rank, String title, String text, Map<String, float[]> vectors) {
    return new Passage(new StoredChunk("d" + rank + "#0", "d" + rank, title, "", text, "beginner", "harmony", 0),
        rank, 1.0 / (60 + rank), TestPassages.evidence(rank, 1f, rank, 1f), new SentenceMeaning(QUESTION, vectors));
  }

  @Test
  void aSentenceCloseInMeaningOutscoresOneThatOnlySharesAsManyWords() {
    String near = "Contrary motion in the outer voices keeps a chorale free of parallel fifths.";
    String far = "In the last phrase of the chorale the soprano stops on D5.";
    List<List<SourceSentence>> sentences = SourceSentence.of(List.of(
        passage(1, "Voice leading", near + " " + far, Map.of(near, at(0.8, 0), far, at(0.1, 1)))));
    Relevance relevance = new Relevance(Terms.of("chorale stop"), Terms.of("chorale"), sentences);

    assertThat(relevance.score(sentences.get(0).get(0))).isGreaterThan(relevance.score(sentences.get(0).get(1)));
  }

  @Test
  void aSentenceSharingNoWordCountsOnlyWhenItIsVeryCloseInMeaning() {
    String close = "Contrary motion between soprano and bass avoids them.";
    String loose = "Contrary motion between soprano and bass sounds strong.";
    List<List<SourceSentence>> sentences = SourceSentence.of(List.of(
        passage(1, "Voice leading", close + " " + loose, Map.of(close, at(0.7, 0), loose, at(0.4, 1)))));
    Relevance relevance = new Relevance(Terms.of("parallel fifths"), Terms.of("parallel fifths"), sentences);

    assertThat(relevance.score(sentences.get(0).get(0))).isPositive();
    assertThat(relevance.score(sentences.get(0).get(1))).isZero();
  }

  @Test
  void aSentenceSayingAgainWhatIsChosenInOtherWordsIsLeftOut() {
    String definition = "A fermata is a sign that holds a note longer than its written value.";
    String paraphrase = "A fermata lets the performer sustain the pitch at will.";
    String more = "A fermata over a rest marks a silence of free length.";
    Draft draft = new GroundedComposer().answer(new GenerationRequest("What is a fermata?", List.of(
        passage(1, "Fermata", definition, Map.of(definition, at(0.8, 0))),
        passage(2, "Signs", paraphrase, Map.of(paraphrase, at(0.78, 0.05))),
        passage(3, "Rests", more, Map.of(more, at(0.6, 1.5)))), List.of()));

    assertThat(draft.text()).startsWith(definition).contains(more).doesNotContain(paraphrase);
  }
}
