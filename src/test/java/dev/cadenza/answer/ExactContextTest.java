package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactContextTest {

  @Test
  void aSentenceAboutAnotherChordsSpellingIsNotContext() {
    assertThat(ExactContext.sameObject("The #9 is correctly spelled F##, not G.", "Gb7#9 is spelled Gb, Bb, Db, Fb, A."))
        .isFalse();
  }

  @Test
  void aSentenceNamingAnotherKeyIsNotContext() {
    assertThat(ExactContext.sameObject("In A minor the tritone G#-D resolves inward.",
        "vii°7 in C minor is B diminished seventh: B, D, F, Ab.")).isFalse();
  }

  @Test
  void anOrdinalCountingModesOrSpeciesNamesNoInterval() {
    String facts = "No: a fifth is never major or minor.";
    assertThat(ExactContext.sameObject("The fifth mode of harmonic minor is Phrygian dominant.", facts, "can a fifth be major"))
        .isFalse();
    assertThat(ExactContext.sameObject("Fifth species combines the others.", facts, "can a fifth be major")).isFalse();
    assertThat(ExactContext.sameObject("A fifth inverts to a fourth.", facts, "can a fifth be major")).isTrue();
  }

  @Test
  void aSentenceAboutTheConceptOrTheSameNotesIsContext() {
    String facts = "iv in A minor is D minor: D, F, A.";
    assertThat(ExactContext.sameObject("A minor iv often follows the tonic in a plagal close.", facts)).isTrue();
    assertThat(ExactContext.sameObject("The minor subdominant darkens a cadence.", facts)).isTrue();
  }

  @Test
  void theArticleANotesNoNote() {
    assertThat(ExactContext.notes("A thirteenth chord stacks thirds; A minor and Bb major differ."))
        .containsExactlyInAnyOrder("A", "Bb");
  }

  @Test
  void aSentenceNamingNoneOfTheChordsKindIsNotContext() {
    String facts = "A D# major 13th chord (D#maj13) is spelled D#, F##, A#, C##, E#, B#.";
    assertThat(ExactContext.sameObject("A reliable spelling method has two steps.", facts)).isFalse();
    assertThat(ExactContext.sameObject("Major chords sound bright.", facts))
        .as("a 13th chord is sized by its 13th: 'major' alone names another object").isFalse();
    assertThat(ExactContext.sameObject("A thirteenth chord stacks six thirds above the root.", facts)).isTrue();
  }

  @Test
  void aSentenceAboutAnotherScaleIsNotContextForAnIdentifiedTriad() {
    String facts = "B, D, F is a B diminished triad.";
    assertThat(ExactContext.sameObject("The harmonic minor scale raises the seventh degree a half step.", facts)).isFalse();
    assertThat(ExactContext.sameObject("A diminished triad stacks two minor thirds.", facts)).isTrue();
  }

  @Test
  void anIntervalOfTheSameSizeButAnotherQualityIsNotContext() {
    String facts = "A major third (M3) above Eb is G.";
    assertThat(ExactContext.sameObject("A minor third spans three letter names.", facts)).isFalse();
    assertThat(ExactContext.sameObject("A major third spans four half steps.", facts)).isTrue();
    assertThat(ExactContext.sameObject("In third species the counterpoint moves in quarter notes, four to each whole note.",
        facts)).as("'third' without its quality names another thing").isFalse();
    assertThat(ExactContext.sameObject("Major and minor thirds both span three letter names.", facts))
        .as("a sentence naming both qualities is about this third too").isTrue();
  }

  @Test
  void aNumeralAnswerTakesOnlySentencesNamingThatNumeral() {
    String facts = "V7 in G major is D7: D, F#, A, C.";
    assertThat(ExactContext.sameObject("The V7 chord resolves to I.", facts)).isTrue();
    assertThat(ExactContext.sameObject("In major keys the ii chord is minor.", facts)).isFalse();
  }

  @Test
  void fullyAndHalfDiminishedChordsAreTwoObjects() {
    String facts = "A Bb half-diminished 7th chord (Bbm7b5) is spelled Bb, Db, Fb, Ab: root, minor 3rd, diminished 5th,"
        + " minor 7th.";
    String question = "spell a Bb half diminished 7th chord";
    assertThat(ExactContext.sameObject("The whole-half diminished scale fits diminished seventh chords.", facts, question))
        .isFalse();
    assertThat(ExactContext.sameObject("In a vii°7/x chord the seventh resolves down.", facts, question)).isFalse();
    assertThat(ExactContext.sameObject("The half-diminished seventh chord is the usual ii7 of a minor key.", facts,
        question)).isTrue();
    String fully = "A B diminished 7th chord (Bdim7) is spelled B, D, F, Ab.";
    assertThat(ExactContext.sameObject("The half-diminished seventh chord is built on the leading tone of a major key.",
        fully, "spell B diminished seventh")).isFalse();
    assertThat(ExactContext.sameObject("A diminished seventh chord divides the octave into four minor thirds.", fully,
        "spell B diminished seventh")).isTrue();
  }

  @Test
  void aSentenceAboutAnotherChordSymbolIsNotContext() {
    String facts = "A C dominant 7th sharp 9 sharp 11 chord (C7#9#11) is spelled C, E, G, Bb, D#, F#.";
    assertThat(ExactContext.sameObject("Heard against G7, those notes work as the root, b9, #9 and seventh.", facts,
        "what notes are in a C7#9#11")).isFalse();
    assertThat(ExactContext.sameObject("C7#9#11 is a dominant seventh chord with two raised extensions.", facts,
        "what notes are in a C7#9#11")).isTrue();
    String sixth = "A minor sixth (m6) spans 8 semitones and 6 letter names.";
    assertThat(ExactContext.sameObject("C4 up to Ab4 is a minor sixth.", sixth, "how many semitones in a minor sixth"))
        .as("a pitch with its octave is no chord symbol").isTrue();
  }

  @Test
  void aChordNamedByAnotherDegreeIsNotContext() {
    String facts = "A C major triad (C/E) in first inversion is E, G, C from the bass, with E in the bass.";
    String question = "what is a C major triad in first inversion";
    assertThat(ExactContext.sameObject("The leading-tone triad usually appears in first inversion.", facts, question))
        .isFalse();
    assertThat(ExactContext.sameObject("A major triad in first inversion has its third in the bass.", facts, question))
        .isTrue();
    String seventh = "A G dominant 7th chord (G7) is spelled G, B, D, F.";
    assertThat(ExactContext.sameObject("A dominant seventh chord resolves to the tonic.", seventh, "spell G7")).isTrue();
  }
}
