package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading progressions, choosing the key, and what a composition promises: ABC, MIDI, a passed read-back. */
class ComposerTest {

  private final Composer composer = new Composer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "C Am F G; C Am F G",
      "C-major, A-minor, F-major, G-major; C Am F G",
      "C - Am - F - G; C Am F G",
      "F#-major, B major and C#7; F# B C#7",
      "Eb-dominant seventh chord, Ab major; Eb7 Ab",
      "E minor 7 then A7; Em7 A7",
      "D-quartal trichord, G-major; Dquartal G"})
  void readsProgressionsInTheFormsStudentsWrite(String text, String symbols) {
    assertThat(ProgressionReader.chords(text)).extracting(ProgressionChord::symbol)
        .containsExactly(symbols.split(" "));
  }

  @Test
  void buildsQuartalChordsFromStackedFourths() {
    assertThat(ProgressionReader.chords("D-quartal trichord").getFirst().tones()).extracting(Object::toString)
        .containsExactly("D", "G", "C");
  }

  @Test
  void realisesRomanNumeralsInTheKey() {
    assertThat(ProgressionReader.numerals("i-iv-V7-i", dev.cadenza.theory.Key.parse("D minor")))
        .extracting(ProgressionChord::symbol).containsExactly("Dm", "Gm", "A7", "Dm");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"C Am F G, C major", "Am F C G, A minor", "Am Dm E7 Am, A minor", "Eb Ab Bb7 Eb, Eb major",
      "F#m D A E, F# minor"})
  void choosesTheKeyTheProgressionImplies(String chords, String key) {
    assertThat(composer.compose(ComposeRequest.ofChords(chords)).key()).isEqualTo(key);
  }

  @Test
  void writesAbcWithHeaderKeyAndOneQuotedChordPerBar() {
    Composition c = composer.compose(ComposeRequest.ofChords("F Dm Bb C7 F"));
    assertThat(c.abc()).startsWith("X:1\nT:Melody over F Dm Bb C7 F\n").contains("\nM:4/4\n", "\nL:1/8\n", "\nK:F\n");
    AbcTune tune = AbcTune.parse(c.abc());
    assertThat(tune.bars()).extracting(AbcTune.Bar::chord).containsExactly("F", "Dm", "Bb", "C7", "F");
    assertThat(c.check().passed()).isTrue();
    assertThat(c.midi().base64()).isNotEmpty();
  }

  @Test
  void sameRequestGivesTheSameMelodyAndAnotherSeedAnother() {
    ComposeRequest one = new ComposeRequest("C Am F G", null, null, 1, 5, Style.FLOWING);
    ComposeRequest other = new ComposeRequest("C Am F G", null, null, 1, 6, Style.FLOWING);
    assertThat(composer.compose(one).abc()).isEqualTo(composer.compose(one).abc());
    assertThat(composer.compose(one).abc()).isNotEqualTo(composer.compose(other).abc());
  }

  @Test
  void spellsNotesOutsideTheKeySignatureWithAccidentals() {
    Composition c = composer.compose(new ComposeRequest("Am Dm E7 Am", null, null, 2, 3, Style.FLOWING));
    boolean raisedSeventh = c.melody().stream().anyMatch(n -> n.note().startsWith("G#"));
    assertThat(c.abc().contains("^G")).isEqualTo(raisedSeventh);
    assertThat(c.melody()).noneMatch(n -> n.note().startsWith("Ab"));
  }

  @Test
  void holdsEachChordForTheBarsAsked() {
    Composition c = composer.compose(new ComposeRequest("C G", null, null, 3, 1, Style.STEADY));
    AbcTune tune = AbcTune.parse(c.abc());
    assertThat(tune.bars()).extracting(AbcTune.Bar::chord).containsExactly("C", null, null, "G", null, null);
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> ProgressionReader.chords("C H7")).hasMessageContaining("H7");
    assertThatThrownBy(() -> new ComposeRequest("C", null, null, 9, 1, Style.FLOWING)).hasMessageContaining("barsPerChord");
    assertThatThrownBy(() -> new ComposeRequest(null, "I V", null, 1, 1, Style.FLOWING)).hasMessageContaining("key");
    assertThatThrownBy(() -> Style.parse("jazzy")).hasMessageContaining("flowing");
  }

  @Test
  void asksForAMelodyOnlyWhenTheQuestionDoes() {
    assertThat(MelodyQuestions.request("Compose a melody using the progression of C-major, A-minor, F-major, G-major."))
        .map(ComposeRequest::chords).hasValue("C-major A-minor F-major G-major");
    assertThat(MelodyQuestions.request("Write a melody over I-vi-IV-V in G major"))
        .map(ComposeRequest::numerals).hasValue("I-vi-IV-V");
    assertThat(MelodyQuestions.request("What makes a good melody?")).isEmpty();
    assertThat(MelodyQuestions.request("How do you play a C major chord?")).isEmpty();
  }
}
