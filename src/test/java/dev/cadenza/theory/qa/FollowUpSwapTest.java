package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.question.FollowUps;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-ups that change one thing of a computable question, as students type them (lower case, accidentals in
 * words): the questions of the held-out computed follow-ups the resolver had turned into nonsense ("how many d
 * minor", "the v7 chord in bb major in g minor").
 */
class FollowUpSwapTest {
  private static final TheoryQa ENGINE = new TheoryQa();
  private static final Predicate<String> COMPUTABLE = q -> ENGINE.answer(q).isPresent();

  private final FollowUps followUps = new FollowUps(10, FollowUps.Library.NONE, FollowUpSwap::swapped);
  private int conversations;

  private String after(String first, String second) {
    String id = "c" + ++conversations;
    followUps.resolve(id, first, COMPUTABLE);
    return followUps.resolve(id, second, COMPUTABLE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      // another key
      "how many sharps in d major | and d minor? | how many sharps in d minor",
      "how many flats does ab major have | what about ab minor | how many flats does ab minor have",
      "whats the v7 chord in bb major | and in g minor? | whats the v7 chord in g minor",
      "what is the V chord in e major | and in c# minor? | what is the V chord in c# minor",
      // the same tonic in the other mode, or another mode of the scale
      "what is the V chord in e major | and in minor? | what is the V chord in E minor",
      "spell the e major scale | and the dorian? | spell the E dorian scale",
      // the related key, unless the last question asked for one itself
      "whats the key signature for b major | and the parallel minor? | whats the key signature for B minor",
      "how many flats in f minor | and its relative major? | how many flats in Ab major",
      "whats the relative minor of C major | and the parallel? | whats the parallel minor of C major",
      // another root or tonic
      "whats in a b major triad | and d#? | whats in a D# major triad",
      "spell a d major 7th chord | what about Eb? | spell a Eb major 7th",
      "how many flats in Bb major | what about E? | how many flats in E major",
      // another quality on the same root, a seventh chord's named without its seventh
      "spell a g major 7 chord | and the dominant 7th? | spell a G dominant 7th",
      "how do u spell c half diminished 7 | and fully diminished? | how do u spell C fully diminished 7th",
      // a pronoun for what the last answer computed
      "what interval is c up to a | whats its inversion? | whats the inversion of a major sixth?",
      "what note is a major third above e | what else can it be called? | what else can G# be called?",
  })
  void changesTheOneThingTheFollowUpNames(String first, String second, String resolved) {
    assertThat(after(first, second)).isEqualTo(resolved);
    assertThat(COMPUTABLE).accepts(resolved);
  }

  @Test
  void keepsNoTonicTheQuestionNeverNamed() {
    // "a major pentatonic scale" is the article and a scale, not A major: the blues scale asked next has no tonic either.
    assertThat(after("how do u make a major pentatonic scale", "ok and the blues scale?"))
        .doesNotContainIgnoringCase("A blues");
  }

  @Test
  void leavesConceptualConversationsToTheOtherRules() {
    assertThat(after("whats a deceptive cadence", "and in minor?")).isEqualTo("whats a deceptive cadence in minor");
  }
}
