package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifierTest {
  private final Verifier verifier = new Verifier();

  static Stream<Arguments> wrongStatements() {
    return Stream.of(
        arguments("A D# major 13th chord contains D#, F#, A#, C#, E, G#, B.", "chord_spelling",
            "D#, F##, A#, C##, E#, G#, B#"), // respelled with the wrong letters
        arguments("A Cmaj7 chord is spelled C, E, G, Bb.", "chord_spelling", "C, E, G, B"), // dominant seventh
        arguments("G7 consists of G, B, D, F#.", "chord_spelling", "G, B, D, F"), // major seventh
        arguments("The Bb diminished triad is Bb, Db, E.", "chord_spelling", "Bb, Db, Fb"), // E for Fb
        arguments("An A augmented triad is A, C#, F.", "chord_spelling", "A, C#, E#"), // F for E#
        arguments("The Cdim7 chord is C, Eb, Gb, A.", "chord_spelling", "C, Eb, Gb, Bbb"), // A for Bbb
        arguments("The E half-diminished seventh chord is E, G, B, D.", "chord_spelling", "E, G, Bb, D"), // fifth
        arguments("The F-minor-ninth chord is F, Ab, C, Eb, G#.", "chord_spelling", "F, Ab, C, Eb, G"), // ninth
        arguments("Csus4 is C, F, G#.", "chord_spelling", "C, F, G"), // augmented fifth
        arguments("The G dominant seventh chord is G, B, D, F, A.", "chord_spelling", "G, B, D, F"), // extra ninth
        arguments("Cmaj9 is C, E, G, B.", "chord_spelling", "C, E, G, B, D"), // ninth missing
        arguments("The notes of E major are E, F#, G, A, B, C#, D#.", "scale_spelling",
            "E, F#, G#, A, B, C#, D#"), // G for G#
        arguments("The notes of B lydian are B, C#, D#, E, F#, G#, A#.", "scale_spelling",
            "B, C#, D#, E#, F#, G#, A#"), // no raised fourth
        arguments("The notes of G harmonic minor are G, A, Bb, C, D, Eb, F.", "scale_spelling",
            "G, A, Bb, C, D, Eb, F#"), // no raised seventh
        arguments("From C to E is a minor third.", "interval", "major third"), // quality
        arguments("F# to Eb is a diminished sixth.", "interval", "diminished seventh"), // number
        arguments("C up to G is a perfect fourth.", "interval", "perfect fifth"), // inverted
        arguments("The interval between C and F# is a perfect fourth.", "interval", "augmented fourth"), // tritone
        arguments("E is a minor third above C.", "interval", "major third"), // above
        arguments("A perfect fifth above D is A#.", "interval", "augmented fifth"), // wrong note above
        arguments("C4 to E5 is a major third.", "interval", "major tenth"), // octaves given
        arguments("From G down to C is a perfect fourth.", "interval", "perfect fifth"), // descending
        arguments("E major has four flats.", "key_signature", "four sharps"), // sharps, not flats
        arguments("Db major has five flats: Bb, Eb, Ab, Db, Cb.", "key_signature",
            "five flats: Bb, Eb, Ab, Db, Gb"), // wrong fifth flat
        arguments("A major has two sharps.", "key_signature", "three sharps"), // count
        arguments("F minor has three flats.", "key_signature", "four flats"), // minor count
        arguments("The key of F has two flats.", "key_signature", "one flat"), // the key of
        arguments("C major has one sharp.", "key_signature", "no sharps or flats"), // none
        arguments("F major has one flat: Eb.", "key_signature", "one flat: Bb"), // single listed flat
        arguments("The relative minor of A major is E minor.", "relative_key", "F# minor"), // dominant, not relative
        arguments("F# minor is the relative minor of D major.", "relative_key", "B minor"), // reversed form
        arguments("The parallel minor of D major is B minor.", "parallel_key", "D minor"), // relative for parallel
        arguments("In C major, V7 is G, B, D, F#.", "roman_numeral", "G, B, D, F"), // major seventh
        arguments("In Ab major, V7 is Eb, G, Bb, D.", "roman_numeral", "Eb, G, Bb, Db"), // D for Db
        arguments("In G major, V/V is D, F#, A.", "roman_numeral", "A, C#, E"), // V, not V of V
        arguments("In C minor, vii°7 is B, D, F, A.", "roman_numeral", "B, D, F, Ab"), // half-diminished
        arguments("In C major, ii65 is F, A, C, D#.", "roman_numeral", "F, A, C, D"), // wrong root
        arguments("In F major, IV is Bb, D, F#.", "roman_numeral", "Bb, D, F"), // augmented
        arguments("Cm(maj7) is C, Eb, G, Bb.", "chord_spelling", "C, Eb, G, B"), // parenthesised suffix
        arguments("A C dominant ninth chord (C9) contains C, E, G, Bb, Db.", "chord_spelling",
            "C, E, G, Bb, D"), // symbol in parentheses names the chord
        arguments("In C major, V7 is Gmaj7.", "roman_numeral", "G7")); // symbol
  }

  @ParameterizedTest
  @MethodSource("wrongStatements")
  void flagsEachWrongStatementWithTheExpectedValue(String text, String kind, String expected) {
    VerificationReport report = verifier.verify(text);
    assertThat(report.claims()).hasSize(1);
    Claim claim = report.claims().get(0);
    assertThat(claim.kind()).isEqualTo(kind);
    assertThat(claim.verdict()).isEqualTo("incorrect");
    assertThat(claim.expected()).isEqualTo(expected);
    assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
    assertThat(verifier.verify(report.corrected(text)).hasIncorrect()).as(report.corrected(text)).isFalse();
  }

  static Stream<Arguments> rightStatements() {
    return Stream.of(
        arguments("A D# major 13th chord contains D#, F##, A#, C##, E#, G#, B#."), // full stack
        arguments("The D#maj13 chord is spelled D#, F##, A#, C##, E#, B# in practice, with the 11th omitted."),
        arguments("A C13 chord is C, E, G, Bb, D, A."), // standard omission of the 11th
        arguments("A Cmaj7 chord is spelled C, E, G and B."), // and before the last note
        arguments("Cmaj7 is C-E-G-B."), // hyphens
        arguments("Cmaj7 is C–E–G–B."), // en dashes
        arguments("A C major triad (C, E, G) is the I chord in C."), // parenthesised
        arguments("In Cmaj7, the third and seventh, E and B, are the guide tones."), // tones on purpose
        arguments("The G7 chord contains G, B and F."), // partial list with contains
        arguments("A shell voicing of Cmaj7 is C, E, B."), // fifth omitted
        arguments("A rootless voicing of C9 is E, G, Bb, D."), // voicing: not a full spelling
        arguments("E-diminished-major ninth: E, G, Bb, D#, F#."), // dataset name
        arguments("For example, G7 = G B D F."), // spaces
        arguments("C/E is E, G, C."), // inversion in bass order
        arguments("Cmaj7 is C, E, G, B, and D7 is D, F#, A, C."), // D7 is a chord, not a note in octave 7
        arguments("The Neapolitan in C minor, Db/F, is F, Ab, Db."), // slash chord
        arguments("The A-flat major chord is A♭, C, E♭."), // Unicode flats
        arguments("Compare Cmaj7 and Am7: C, E, G, B versus A, C, E, G."), // two subjects: not judged
        arguments("The dominant of F major: C, E, G."), // key name, not a chord
        arguments("The notes of E major are E, F#, G#, A, B, C#, D#."), // scale
        arguments("The notes of A minor are A, B, C, D, E, F, G#."), // bare minor allows harmonic
        arguments("The notes of A melodic minor are A, B, C, D, E, F#, G#."), // ascending form
        arguments("The C blues scale is C, Eb, F, Gb, G, Bb."), // flat-five spelling of the blue note
        arguments("The C major scale consists of the notes C, D, E, F, G, A and B."), // the notes
        arguments("The primary triads of C major are C, F and G."), // chord roots, not a scale
        arguments("The D dorian mode uses D, E, F, G, A, B, C."), // mode
        arguments("From C to E is a major third."), // interval
        arguments("C up to G is a perfect fifth."), // up to
        arguments("F# to Eb is a diminished seventh."), // diminished seventh
        arguments("C to D is a major ninth."), // compound without octaves
        arguments("C to C is an octave."), // octave without octaves
        arguments("The interval between G and C is a perfect fourth."), // between: either direction
        arguments("F# to C is a tritone."), // tritone
        arguments("The melody moves from C to G, a perfect fifth."), // no verb: not a claim
        arguments("E major has four sharps."), // key signature
        arguments("Db major has five flats: Bb, Eb, Ab, Db, Gb."), // with list
        arguments("D# major has nine sharps."), // theoretical key
        arguments("A minor has no sharps or flats."), // none
        arguments("E minor has one sharp (F#)."), // one listed
        arguments("In this example the minor has three flats."), // the e of "the" is not E minor
        arguments("What is the key signature here? Three sharps."), // the e of "the" is not E major
        arguments("The relative minor of A major is F# minor."), // relative
        arguments("F# minor is the relative minor of A major."), // reversed
        arguments("The relative minor of C is A minor."), // mode implied
        arguments("The parallel minor of D major is D minor."), // parallel
        arguments("In C major, V7 is G, B, D, F."), // Roman numeral
        arguments("In Ab major, V7 is Eb, G, Bb, Db."), // flat key
        arguments("In G major, V/V is A, C#, E."), // secondary dominant
        arguments("In C minor, Ger+6 is Ab, C, Eb, F#."), // augmented sixth
        arguments("In the key of C, vi is A minor: A, C, E."), // chord name after the numeral
        arguments("In E minor, VII is D, F#, A."), // subtonic
        arguments("In C major, V7 is G7."), // symbol
        arguments("The first chord is C, E, G and the second is F, A, C."), // no chord named
        arguments("Play the notes A, B and C in order."), // plain list
        arguments("- In F major (one flat: Bb): F, A, C; then D, F, A."), // a note closing an aside is no chord
        arguments("- V7/ii (ii is C, Eb, G): G, B, D, F."), // the list belongs to the numeral
        arguments("- vii°7/ii (target D, F, A): C#, E, G, Bb."), // aside ends in a list
        arguments("Remove the fourth (E) and seventh (A#): B, C#, D#, F#, G#."), // two asides
        arguments("Remove the second (G#) and sixth (D): F#, A, B, C#, E."),
        arguments("F major has one flat, so F# major has 1 flat + 7 = six sharps."), // arithmetic, not a signature
        arguments("G major has one sharp more than C major."), // a difference, not a count
        arguments("Fm7 contains F, Ab, C, Eb, and Bb7 contains Bb, D, F, Ab."), // Bb7 is a chord, not a note
        arguments("B altered is B, C, D, Eb, F, G, A.")); // the altered scale, not a B7alt chord
  }

  @ParameterizedTest
  @MethodSource("rightStatements")
  void neverFlagsARightStatement(String text) {
    VerificationReport report = verifier.verify(text);
    assertThat(report.hasIncorrect()).as(report.toString()).isFalse();
    assertThat(report.corrected(text)).isEqualTo(text);
  }

  @Test
  void checksEveryClaimInAParagraphAndCorrectsOnlyTheWrongOnes() {
    String text = "In C major, V7 is G, B, D, F. E major has four flats. From C to E is a major third.";
    VerificationReport report = verifier.verify(text);
    assertThat(report.claims()).extracting(Claim::verdict).containsExactly("correct", "incorrect", "correct");
    assertThat(report.corrected(text))
        .isEqualTo("In C major, V7 is G, B, D, F. E major has four sharps. From C to E is a major third.");
  }

  @Test
  void readsEachCitedSentenceOnItsOwn() {
    // A citation marker between two sentences once hid the second sentence's claim from the scale reader.
    String text = "Jazz players prefer Lydian over the tonic, as the raised fourth removes the clash with the major third. [1] "
        + "C Lydian contains C, D, E, F#, G, A, B. [1] In C major, V7 is G, B, D, E. [2]";
    VerificationReport report = verifier.verify(text);
    assertThat(report.claims()).extracting(Claim::text, Claim::verdict).containsExactly(
        tuple("C Lydian contains C, D, E, F#, G, A, B", "correct"), tuple("In C major, V7 is G, B, D, E", "incorrect"));
    assertThat(report.claims()).allSatisfy(claim -> assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text()));
    // Read a second time, the sentences' kept claims land at their new places.
    String reordered = "In C major, V7 is G, B, D, E. [1] C Lydian contains C, D, E, F#, G, A, B. [2]";
    assertThat(verifier.verify(reordered).claims()).extracting(Claim::start).containsExactly(0, reordered.indexOf("C Lydian"));
    assertThat(verifier.verify(reordered).corrected(reordered)).startsWith("In C major, V7 is G, B, D, F. [1]");
  }

  @Test
  void readsTheChordSubjectWithTheEntityRecogniser() {
    // A hyphenated chord name is one chord; "a major scale" speaks of no scale in particular.
    assertThat(verifier.verify("An Eb-dominant seventh chord contains Eb, G, Bb and D.").claims())
        .extracting(Claim::kind, Claim::verdict).containsExactly(tuple("chord_spelling", "incorrect"));
    assertThat(verifier.verify("A C-major seventh chord is C, E, G, B.").claims())
        .extracting(Claim::verdict).containsExactly("correct");
    assertThat(verifier.verify("The degrees of a major scale are C, D, E, F, G, A and B in C.").claims()).isEmpty();
  }

  @Test
  void endsANoteListBeforeAChordSymbol() {
    // "Bb7" ends the first list; the second clause, after "and", is left unjudged like any joined subject.
    VerificationReport report = verifier.verify("Fm7 contains F, Ab, C, Eb, and Bb7 contains Bb, D, F, Ab.");
    assertThat(report.claims()).extracting(Claim::text, Claim::verdict)
        .first().isEqualTo(tuple("Fm7 contains F, Ab, C, Eb", "correct"));
  }

  @Test
  void readsANamedScaleAsAScaleNotAChord() {
    Claim claim = verifier.verify("B altered is B, C, D, Eb, F, G, A.").claims().get(0);
    assertThat(claim.kind()).isEqualTo("scale_spelling");
    assertThat(claim.verdict()).isEqualTo("correct");
  }

  @Test
  void stillChecksTheSignatureAfterTheArithmetic() {
    VerificationReport report = verifier.verify("F major has one flat, so F# major has 1 flat + 7 = six sharps.");
    assertThat(report.claims()).extracting(Claim::text).containsExactly("F major has one flat");
  }

  @Test
  void givesOffsetsIntoTheOriginalText() {
    String text = "Note: a D# major 13th chord contains D#, F#, A#, C#, E, G#, B.";
    Claim claim = verifier.verify(text).claims().get(0);
    assertThat(claim.start()).isEqualTo(text.indexOf("D# major"));
    assertThat(claim.end()).isEqualTo(text.length() - 1);
    assertThat(claim.correction()).isEqualTo("D# major 13th chord contains D#, F##, A#, C##, E#, G#, B#");
  }

  @Test
  void keepsUnicodeAccidentalsInTheClaimText() {
    Claim claim = verifier.verify("B♭ major has two flats: B♭ and E♭.").claims().get(0);
    assertThat(claim.text()).isEqualTo("B♭ major has two flats: B♭ and E♭");
    assertThat(claim.verdict()).isEqualTo("correct");
  }

  @Test
  void leavesAnUncheckableClaimUnchecked() {
    Claim claim = verifier.verify("A rootless voicing of C9 is E, G, Bb, D.").claims().get(0);
    assertThat(claim.verdict()).isEqualTo("unchecked");
    assertThat(claim.correction()).isNull();
  }

  @Test
  void serialisesTheVerdictInLowerCase() throws Exception {
    Claim claim = verifier.verify("E major has four sharps.").claims().get(0);
    String json = new ObjectMapper().writeValueAsString(claim);
    assertThat(json).contains("\"verdict\":\"correct\"").contains("\"kind\":\"key_signature\"")
        .doesNotContain("outcome");
  }

  @Test
  void findsNoClaimsInPlainProse() {
    assertThat(verifier.verify("Harmony is the art of combining notes into chords.").claims()).isEmpty();
  }
}
