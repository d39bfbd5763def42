package dev.cadenza.piano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading fingering questions: tonics in any case, the article, one hand, and the fingers line. */
class FingeringQuestionsTest {

  private static String answer(String question) {
    return FingeringQuestions.text(FingeringQuestions.answer(question).orElseThrow());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # a lower-case tonic that starts a word is the tonic
      c major scale fingering right hand       | C major scale
      fingering for the a minor scale          | A natural minor scale
      how do i play the e flat major scale     | Eb major scale
      # capitals, and the other forms
      RH fingering for E major scale           | E major scale
      fingering for the D major arpeggio       | D major arpeggio
      fingering for a root position triad      | C major triad
      # the tonic after the scale, and a form of minor without the word scale, name a scale, not a chord
      how do i play the harmonic minor scale on A | A harmonic minor scale
      how do i play A harmonic minor           | A harmonic minor scale
      # a lower-case chord root where music is read, not the article
      which fingers for a c major chord in the left hand | C major triad
      how do i play a d minor chord            | D minor triad
      """)
  void readsTheSubject(String question, String subject) {
    assertThat(FingeringQuestions.answer(question).orElseThrow().subject()).isEqualTo(subject);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the article is no tonic, and a letter inside a word is none either
      what's the fingering for a major scale
      fingering for a major chord
      fingering for the scale
      # a question about fingerings, for the library to answer
      which scales use the same fingering as c major
      what keys have the same fingering as G major
      # why a fingering is so, or a figure no table computes: the library explains
      why does the left hand start on finger 4 for B major
      alberti bass on a C chord - fingering for LH?
      fingering for broken chords in C major
      """)
  void findsNoSubjectWhereNoneIsNamed(String question) {
    assertThat(FingeringQuestions.answer(question)).isEmpty();
  }

  @Test
  void printsEachHandsFingersOnALineOfTheirOwn() {
    assertThat(answer("F major scale fingering")).contains("\n  fingers 1-2-3-4-1-2-3-4\n")
        .contains("\n  fingers 5-4-3-2-1-3-2-1\n");
  }

  @Test
  void namesTheFingerOnEachBlackKeyOfAScale() {
    assertThat(answer("F major scale fingering")).contains("Black keys, right hand: Bb with 4.",
        "Black keys, left hand: Bb with 2.");
    assertThat(answer("E major scale fingering")).contains("Black keys, right hand: F# with 2, G# with 3, C# with 3,"
        + " D# with 4.");
  }

  @Test
  void aOneHandAnswerLeavesOutTheOtherHandsConventions() {
    String right = answer("RH fingering for E major scale");
    assertThat(right).contains("Right hand: E4 (1)", "thumb under after 3 on G#4", "little finger only on the top note");
    assertThat(right.toLowerCase(Locale.ROOT)).doesNotContain("left hand");
    String left = answer("chromatic scale fingering LH");
    assertThat(left).contains("Left hand: C3 (1)", "left hand plays the lower of those two white keys with 2");
    assertThat(left.toLowerCase(Locale.ROOT)).doesNotContain("right hand");
  }

  @Test
  void aTriadWithoutARootIsShownOnCInRootPosition() {
    String text = answer("fingering for a root position triad right hand");
    assertThat(text).contains("Right hand: C4 (1), E4 (3), G4 (5)", "fingers 1-3-5", "shown on C");
  }
}
