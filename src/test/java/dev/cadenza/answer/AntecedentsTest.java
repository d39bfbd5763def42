package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntecedentsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "They are the most audible voices.|true", // a pronoun opens it
      "However, the rule has exceptions.|true", // a connective opens it
      "The usual solution is to double the root.|true", // 'the' and a word that points back
      "Because it lies a half step below the tonic, the leading tone rises.|true",
      "Like harmonic minor, it has an augmented second.|true", // the subject after an opening phrase
      "In practice, they are often omitted.|true",
      "The leading tone rises to the tonic.|false",
      "Like harmonic minor, the Hungarian minor scale has an augmented second.|false",
      "In a minor key, the seventh degree is often raised.|false",
      "A cadence is a point of rest; it closes a phrase.|false",
      "Several forces combine to make it so strong: the pull of the leading tone and the tritone.|true", // 'it' before any noun of its own
      "Musicians sometimes call it the Sears Roebuck bridge.|true",
      "Write it a major sixth higher.|true",
      "Most authors forbid them.|true",
      "The barline cancels it, except across a tie.|true", // the clause's own subject is not what 'it' stands for
      "Play the chord and hold it.|false", // the chord named before 'it' is its own
      "Working through a lead sheet in these layers builds your ear.|true", // a plural demonstrative before a noun
      "Versions of these modes organized medieval chant.|true", // a demonstrative pointing back
      "Chords like those that resolve up are rare.|false", // 'those' points ahead to its clause
      "A cadence ends a phrase and gives it a sense of closure.|false", // 'a phrase' is named first
      "Students find it easy to hear a major triad.|false", // 'it' stands for the clause after it
      "Often called perfect pitch.|true", // names again what the sentence before defined
      "Also known as the amen cadence.|true",
      "Called a plagal cadence, IV to I closes many hymns.|false", // its subject follows the comma
      "Calling notes by letter is the fixed-do habit.|false",
      "Leaps are easiest when it is clear where the tonic lies.|false",
      "One tradition writes I6/4 V, naming the chord for its notes.|false", // 'one' before a noun of its own
      "One voice holds while the other moves.|false",
      "One of them resolves down.|true",
      "One is major and the other minor.|true"})
  void tellsWhetherASentenceLeansOnOneBeforeIt(String sentence, boolean leans) {
    assertThat(Antecedents.leans(sentence)).isEqualTo(leans);
  }
}
