package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingTest {

  private final Spelling spelling = new Spelling(
      Map.ofEntries(Map.entry("neapolitan", 12), Map.entry("cadence", 40), Map.entry("inversion", 30),
          Map.entry("dorian", 9), Map.entry("tricky", 2), Map.entry("track", 3), Map.entry("appoggiatura", 6),
          Map.entry("chord", 90), Map.entry("sixth", 50), Map.entry("retrogression", 2), Map.entry("contrary", 2),
          Map.entry("themes", 20)),
      Set.of("neapolitan", "cadence", "inversion", "tricky", "appoggiatura", "chord", "sixth"));

  @Test
  void aMisspeltTermIsWrittenAsTheLibraryWritesIt() {
    assertThat(spelling.corrected("whats a neopolitan sixth")).isEqualTo("whats a neapolitan sixth");
    assertThat(spelling.corrected("plagal cadance??")).isEqualTo("plagal cadence??");
    assertThat(spelling.corrected("label a 7th chord in 2nd inversoin")).isEqualTo("label a 7th chord in 2nd inversion");
    assertThat(spelling.corrected("Apoggiatura vs suspension")).isEqualTo("Appoggiatura vs suspension");
  }

  @Test
  void aPluralIsCorrectedThroughItsSingular() {
    assertThat(spelling.corrected("authentic cadances")).isEqualTo("authentic cadences");
  }

  @Test
  void aWordTheLibraryUsesOftenIsATargetThoughNoTermNamesIt() {
    assertThat(spelling.corrected("what is a dorain mode")).isEqualTo("what is a dorian mode");
  }

  @Test
  void aLongWordIsCorrectedToAnyWordTheLibraryUses() {
    assertThat(spelling.corrected("what is a retrogresion")).isEqualTo("what is a retrogression");
    assertThat(spelling.corrected("contary motion")).as("a shorter word needs a common or defined target")
        .isEqualTo("contary motion");
  }

  @Test
  void wordsThatMayBeRightAreLeftAlone() {
    assertThat(spelling.corrected("whats the trick")).as("a letter more at the end makes another word")
        .isEqualTo("whats the trick");
    assertThat(spelling.corrected("a rack to trace")).as("too short, or one edit from a rare word of the library")
        .isEqualTo("a rack to trace");
    assertThat(spelling.corrected("bhord")).as("the first letter is kept").isEqualTo("bhord");
    assertThat(spelling.corrected("whats diffrent")).as("a student's filler word is no misspelt term")
        .isEqualTo("whats diffrent");
    assertThat(spelling.corrected("how come theres 15")).as("a contraction typed without its apostrophe")
        .isEqualTo("how come theres 15");
  }

  @Test
  void theLibrarysUsesAreCountedFromItsTexts() {
    Spelling library = Spelling.of(List.of("The Dorian mode.", "Dorian is minor", "dorian, DORIAN; dorian!"), Set.of("mode"));
    assertThat(library.corrected("what is a dorain mode")).isEqualTo("what is a dorian mode");
  }

  @Test
  void withoutALibraryNothingChanges() {
    assertThat(new Spelling(Map.of(), Set.of()).corrected("neopolitan")).isEqualTo("neopolitan");
  }
}
