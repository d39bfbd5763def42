package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TheoryQaTest {
  private final TheoryQa qa = new TheoryQa();

  static Stream<Arguments> questions() {
    return Stream.of(
        arguments("what notes are in a D# major 13th chord?", Intent.CHORD_SPELLING,
            "D#, F##, A#, C##, E#, G#, B#", "The 11th (G#) is usually omitted in practice"), // full stack
        arguments("spell Cmaj7", Intent.CHORD_SPELLING, "C, E, G, B", "(Cmaj7) is spelled C, E, G, B"), // symbol
        arguments("which chord is C E G Bb?", Intent.CHORD_IDENTIFICATION, "C, E, G, Bb",
            "C dominant 7th chord (C7) in root position"), // identification
        arguments("interval between F# and E flat?", Intent.INTERVAL, "F#, Eb",
            "From F# up to Eb is a diminished seventh (d7): 9 semitones"), // words for the flat
        arguments("how many flats in Db major?", Intent.KEY_SIGNATURE, "Bb, Eb, Ab, Db, Gb",
            "Db major has 5 flats: Bb, Eb, Ab, Db, Gb."), // flat count
        arguments("key signature of F# minor", Intent.KEY_SIGNATURE, "F#, C#, G#",
            "F# minor has 3 sharps: F#, C#, G#."), // minor key signature
        arguments("relative minor of A major?", Intent.KEY_SIGNATURE, "F#, G#, A, B, C#, D, E",
            "The relative minor of A major is F# minor"), // relative key
        arguments("what key has 4 sharps?", Intent.KEY_SIGNATURE, "F#, C#, G#, D#",
            "E major and its relative, C# minor, have 4 sharps: F#, C#, G#, D#."), // key from its signature
        arguments("which minor key has three flats", Intent.KEY_SIGNATURE, "Bb, Eb, Ab",
            "C minor has 3 flats: Bb, Eb, Ab."), // the asked mode only
        arguments("Which major key has no sharps or flats?", Intent.KEY_SIGNATURE, "", "C major has no sharps or flats."),
        arguments("what key has 1 flat", Intent.KEY_SIGNATURE, "Bb", "F major and its relative, D minor, have 1 flat: Bb."),
        arguments("what is the dominant of F# minor?", Intent.SCALE, "C#",
            "The dominant of F# minor is C#, scale degree 5; its triad, V, is C# (C#, E#, G#)."), // not the scale
        arguments("what is the leading tone in A minor?", Intent.SCALE, "G#", "G#, the raised seventh degree"),
        arguments("what is the subtonic of Bb major?", Intent.SCALE, "Ab", "Bb major has no diatonic subtonic"),
        arguments("why is the leading tone of F# minor spelled E# and not F?", Intent.SCALE, "E#",
            "The leading tone of F# minor is E#"), // notes named as the degree's spelling, not chords to analyse
        arguments("why is the 7th note of F# major E# and not F", Intent.SCALE, "E#", "The leading tone of F# major is E#"),
        arguments("what is the 4th degree of E major?", Intent.SCALE, "A", "The subdominant of E major is A, scale degree 4"),
        arguments("what is the dominant chord of G major?", Intent.ROMAN_NUMERAL, "D, F#, A", "The dominant triad of G major, V, is D"),
        arguments("what is the enharmonic equivalent of C#?", Intent.INTERVAL, "C#, Db, B##",
            "C# is enharmonically equivalent to Db and B##"), // not the C# chord
        arguments("what scale has the notes C D E F# G A B?", Intent.SCALE, "C, D, E, F#, G, A, B",
            "form the C lydian scale (1 2 3 #4 5 6 7). They are the notes of the G major scale"), // not a D13 chord
        arguments("what is ii-V-I in Eb?", Intent.ROMAN_NUMERAL, "F, Ab, C, Bb, D, F, Eb, G, Bb",
            "In Eb major, ii–V–I is Fm–Bb–Eb"), // a progression
        arguments("what is the V7 of V in D major?", Intent.ROMAN_NUMERAL, "E, G#, B, D", "V7/V is E7"), // "of" as "/"
        arguments("spell the Italian augmented sixth in A minor", Intent.ROMAN_NUMERAL, "F, A, D#", "It+6 is F, A, D#"),
        arguments("what is the Neapolitan chord in E minor?", Intent.ROMAN_NUMERAL, "A, C, F", "N6 is F/A"),
        arguments("how many semitones in a perfect fifth?", Intent.INTERVAL, "",
            "A perfect fifth (P5) spans 7 semitones and 5 letter names; it inverts to a perfect fourth (P4)."),
        arguments("major third vs minor third", Intent.INTERVAL, "",
            "A major third (M3) spans 4 semitones and 3 letter names; it inverts to a minor sixth (m6). A minor third (m3)"
                + " spans 3 semitones"), // a comparison of two intervals: each one's size
        arguments("diff between major and minor third", Intent.INTERVAL, "", "A major third (M3) spans 4 semitones"), // one size, two qualities
        arguments("what is the inversion of a major third?", Intent.INTERVAL, "",
            "A major third (M3) inverts to a minor sixth (m6): the numbers add up to 9 (3 + 6) and the semitones to 12 (4 + 8)."),
        arguments("what is the third of an Ab minor chord?", Intent.CHORD_SPELLING, "Cb",
            "The third of an Ab minor triad (Abm) is Cb, a minor third above the root Ab."), // not B
        arguments("what is the seventh of a C major chord?", Intent.CHORD_SPELLING, "C, E, G", "has no seventh"),
        arguments("what is the tritone substitute of G7?", Intent.CHORD_SPELLING, "Db, F, Ab, Cb",
            "The two chords share their tritone: the third and seventh of G7, B and F, are the same pitches as the seventh"
                + " and third of Db7, Cb and F."),
        arguments("tritone sub for Bb7", Intent.CHORD_SPELLING, "E, G#, B, D", "is E7"), // not Fb7
        arguments("tritone sub of Gmaj7", Intent.CHORD_SPELLING, "G, B, D, F#",
            "Gmaj7 is a G major 7th (G, B, D, F#), not a dominant seventh, so it has none."), // not just Gmaj7 spelled
        arguments("what key is a fifth above Db major?", Intent.KEY_SIGNATURE, "Ab, Bb, C, Db, Eb, F, G",
            "The dominant key of Db major is Ab major, a perfect fifth above: one step clockwise on the circle of fifths,"
                + " with 4 flats (Bb, Eb, Ab, Db) where Db major has 5 flats (Bb, Eb, Ab, Db, Gb)."),
        arguments("subdominant key of A minor", Intent.KEY_SIGNATURE, "D, E, F, G, A, Bb, C", "is D minor, a perfect fifth below"),
        arguments("what is the V chord in F minor?", Intent.ROMAN_NUMERAL, "C, E, G", "In F minor, V is C"), // not the scale
        arguments("what is the ii chord in Bb?", Intent.ROMAN_NUMERAL, "C, Eb, G", "In Bb major, ii is Cm"),
        arguments("what is the dominant seventh of D major?", Intent.ROMAN_NUMERAL, "A, C#, E, G",
            "The dominant seventh chord of D major, V7, is A7"),
        arguments("what is the leading tone seventh chord in A minor?", Intent.ROMAN_NUMERAL, "G#, B, D, F", "vii°7"),
        arguments("what is the mode starting on the 2nd degree of C major?", Intent.SCALE, "D, E, F, G, A, B, C",
            "The mode on degree 2 of C major is D dorian"),
        arguments("which mode is on the fifth degree of A minor?", Intent.SCALE, "E, F, G, A, B, C, D", "E phrygian"),
        arguments("what are the diatonic chords of G major?", Intent.ROMAN_NUMERAL, "G, A, B, C, D, E, F#",
            "I G (G, B, D), ii Am (A, C, E), iii Bm (B, D, F#), IV C (C, E, G), V D (D, F#, A), vi Em (E, G, B), vii° F#dim"),
        arguments("what are the diatonic seventh chords in A minor", Intent.ROMAN_NUMERAL, "A, B, C, D, E, F, G#",
            "The diatonic seventh chords of A minor are i7 Am7 (A, C, E, G), iiø7 Bm7b5 (B, D, F, A), III7 Cmaj7 (C, E,"
                + " G, B), iv7 Dm7 (D, F, A, C), V7 E7 (E, G#, B, D), VI7 Fmaj7 (F, A, C, E), vii°7 G#dim7 (G#, B, D, F)."
                + " Convention: V7 and vii°7 use the raised seventh of harmonic minor."),
        arguments("what are the diatonic 7th chords of Eb major?", Intent.ROMAN_NUMERAL, "Eb, F, G, Ab, Bb, C, D",
            "I7 Ebmaj7 (Eb, G, Bb, D), ii7 Fm7 (F, Ab, C, Eb), iii7 Gm7 (G, Bb, D, F), IV7 Abmaj7 (Ab, C, Eb, G), V7 Bb7"
                + " (Bb, D, F, Ab), vi7 Cm7 (C, Eb, G, Bb), viiø7 Dm7b5 (D, F, Ab, C)."),
        arguments("gimme the 7th chords in e minor", Intent.ROMAN_NUMERAL, "E, F#, G, A, B, C, D#",
            "The diatonic seventh chords of E minor are i7 Em7 (E, G, B, D), iiø7 F#m7b5 (F#, A, C, E)"),
        arguments("what is a diminished seventh chord on C#?", Intent.CHORD_SPELLING, "C#, E, G, Bb", "(C#dim7)"),
        arguments("what is a Cmaj7 chord?", Intent.CHORD_SPELLING, "C, E, G, B", "(Cmaj7) is spelled C, E, G, B"),
        arguments("what's an F#m7b5?", Intent.CHORD_SPELLING, "F#, A, C, E", "(F#m7b5) is spelled F#, A, C, E"),
        arguments("parallel minor of D major", Intent.KEY_SIGNATURE, "D, E, F, G, A, Bb, C",
            "The parallel minor of D major is D minor, on the same tonic"), // parallel key
        arguments("notes of B lydian", Intent.SCALE, "B, C#, D#, E#, F#, G#, A#",
            "B lydian scale is spelled B, C#, D#, E#, F#, G#, A# (1 2 3 #4 5 6 7)."), // mode
        // A scale named before its tonic, as a chord before its root ("a diminished seventh chord on C#").
        arguments("wat notes r in lydian on C and why does it sound brighter", Intent.SCALE, "C, D, E, F#, G, A, B",
            "C lydian scale"),
        arguments("dorian starting on E", Intent.SCALE, "E, F#, G, A, B, C#, D", "E dorian scale"),
        arguments("notes of the major scale on D", Intent.SCALE, "D, E, F#, G, A, B, C#", "D major scale"),
        arguments("harmonic minor from G#", Intent.SCALE, "G#, A#, B, C#, D#, E, F##", "G# harmonic minor scale"),
        arguments("what is V7 of Ab major?", Intent.ROMAN_NUMERAL, "Eb, G, Bb, Db",
            "In Ab major, V7 is Eb7: Eb, G, Bb, Db. Function: dominant."), // numeral realisation
        arguments("what is V/V in G?", Intent.ROMAN_NUMERAL, "A, C#, E",
            "In G major, V/V is A: A, C#, E. Function: secondary dominant of V (D major)."), // secondary
        arguments("what is the dominant of the dominant in G", Intent.ROMAN_NUMERAL, "A, C#, E",
            "In G major, V/V is A: A, C#, E. Function: secondary dominant of V (D major)."), // secondary named by functions
        arguments("leading tone seventh of the dominant in C minor", Intent.ROMAN_NUMERAL, "F#, A, C, Eb",
            "In C minor, vii°7/V is F#dim7: F#, A, C, Eb. Function: secondary leading-tone chord of V (G major)."),
        arguments("dominant of the submediant in A minor", Intent.ROMAN_NUMERAL, "C, E, G",
            "In A minor, V/VI is C: C, E, G. Function: secondary dominant of VI (F major)."), // VI in minor
        arguments("is E4 in the C major seventh chord?", Intent.CHORD_SPELLING, "C4, E4, G4, B4",
            "Yes: E is the major 3rd of a C major 7th chord (Cmaj7). E4 is in the chord stacked upward from C4"),
        arguments("is E5 in the C major seventh chord?", Intent.CHORD_SPELLING, "C4, E4, G4, B4",
            "pitch-class membership holds in any octave"), // other octave: still a chord tone
        arguments("is Fb in a C major seventh chord?", Intent.CHORD_SPELLING, "C4, E4, G4, B4",
            "No: Fb is not in a C major 7th chord (Cmaj7)"), // spelling matters
        arguments("which chord is C E G A?", Intent.CHORD_IDENTIFICATION, "C, E, G, A",
            "Other readings: Am7/C"), // ambiguous set
        arguments("what is a major third above C?", Intent.INTERVAL, "C, E", "is E."), // note by interval
        arguments("what chord do MIDI notes 60 64 67 70 make?", Intent.CHORD_IDENTIFICATION, "C, E, G, Bb",
            "(C7)"), // MIDI numbers
        arguments("how many sharps in D# major?", Intent.KEY_SIGNATURE, "F##, C##, G#, D#, A#, E#, B#",
            "D# major is a theoretical key: its signature would need 9 sharps"), // theoretical key
        arguments("What is the key signature of Fb major?", Intent.KEY_SIGNATURE, "Bbb, Eb, Ab, Db, Gb, Cb, Fb",
            "Fb major is a theoretical key: its signature would need 8 flats"), // not the e of "the"
        arguments("what is the Ger+6 in C minor?", Intent.ROMAN_NUMERAL, "Ab, C, Eb, F#",
            "Ger+6 is Ab, C, Eb, F#"), // augmented sixth
        arguments("spell E-diminished-major ninth", Intent.CHORD_SPELLING, "E, G, Bb, D#, F#",
            "root, minor 3rd, diminished 5th, major 7th, major 9th"), // dataset form
        arguments("notes of the C blues scale", Intent.SCALE, "C, Eb, F, F#, G, Bb",
            "Convention: the hexatonic minor blues scale"), // convention stated
        arguments("what is Am in C major?", Intent.ROMAN_NUMERAL, "A, C, E", "is vi"), // analysis
        arguments("roman numeral of the chord D F A in Bb major", Intent.ROMAN_NUMERAL, "D, F, A",
            "In Bb major, Dm (D, F, A) is iii"), // one chord by its notes, not three roots
        arguments("analyze C E G Bb in F major", Intent.ROMAN_NUMERAL, "C, E, G, Bb", "C7 (C, E, G, Bb) is V7"),
        arguments("what is F A D in Bb major", Intent.ROMAN_NUMERAL, "F, A, D", "is iii6"), // inverted, in thirds
        arguments("roman numerals for C F G in C major", Intent.ROMAN_NUMERAL, "C, E, G, F, A, C, G, B, D",
            "C is I, F is IV, G is V"), // not a stack of thirds: roots of a progression
        arguments("is B E# an augmented 4th", Intent.INTERVAL, "B, E#", "From B up to E# is an augmented fourth (A4)"),
        arguments("is B-E# a perfect fourth", Intent.INTERVAL, "B, E#", "is an augmented fourth (A4)"), // claim corrected
        arguments("what key signature has G# as the last sharp", Intent.KEY_SIGNATURE, "F#, C#, G#", "A major"),
        arguments("which minor key has Db as its last flat", Intent.KEY_SIGNATURE, "Bb, Eb, Ab, Db", "F minor"),
        arguments("which mode starts on the sixth degree of the major scale", Intent.SCALE, "A, B, C, D, E, F, G",
            "The mode on degree 6 of any major scale is natural minor; in C major it is A natural minor"), // no key
        arguments("what mode is built on the 6th degree of C major", Intent.SCALE, "A, B, C, D, E, F, G",
            "The mode on degree 6 of C major is A natural minor"), // the key named
        arguments("analyse C E G and A C E in C major", Intent.ROMAN_NUMERAL, "C, E, G, A, C, E", "C is I, Am is vi"),
        arguments("C up to G?", Intent.INTERVAL, "C, G", "perfect fifth (P5)")); // not the C major chord
  }

  @ParameterizedTest
  @MethodSource("questions")
  void answersEachComputableQuestionExactly(String question, Intent intent, String notes, String excerpt) {
    TheoryAnswer answer = qa.answer(question).orElseThrow();
    assertThat(answer.intent()).isEqualTo(intent);
    assertThat(String.join(", ", answer.notes())).isEqualTo(notes);
    assertThat(answer.answer()).contains(excerpt);
  }

  @Test
  void spellsTheThirteenthChordInTheDocumentedSentence() {
    assertThat(qa.answer("what notes are in a D# major 13th chord?").orElseThrow().answer()).isEqualTo(
        "A D# major 13th chord (D#maj13) is spelled D#, F##, A#, C##, E#, G#, B#: root, major 3rd, perfect 5th,"
            + " major 7th, major 9th, perfect 11th, major 13th. The 11th (G#) is usually omitted in practice"
            + " because it clashes with the major 3rd; the 5th (A#) and the 9th (E#) may also be left out.");
  }

  @Test
  void twoNotesSaidToBeTheSameAreAskedAboutAsEnharmonics() {
    assertThat(qa.answer("is Gb the same as F#").orElseThrow().answer())
        .isEqualTo("Gb is enharmonically equivalent to F# and E##: the same pitch spelled with another letter.");
    assertThat(qa.answer("is C# the same note as Db?").orElseThrow().answer()).startsWith("C# is enharmonically equivalent to");
    assertThat(qa.answer("why is B#3 called octave 3 when it sounds the same as middle C")).isEmpty();
  }

  @Test
  void aComparisonOfTwoChordsSaysWhatTellsThemApart() {
    assertThat(qa.answer("cadd9 vs c9 whats the difference").orElseThrow().answer())
        .endsWith("C9 has Bb (its minor 7th) and Cadd9 has no 7th; both have C, E, G and D.");
    assertThat(qa.answer("csus4 vs c major chord difference").orElseThrow().answer())
        .endsWith("C has E (its major 3rd) and Csus4 has no 3rd; Csus4 has F (its perfect 4th) and C has no 4th; both"
            + " have C and G.");
    assertThat(qa.answer("difference between Cmaj7 and C7").orElseThrow().answer())
        .endsWith("Cmaj7 has B (its major 7th) where C7 has Bb (its minor 7th); both have C, E and G.");
    assertThat(qa.answer("how is C6 different from Am7").orElseThrow().answer())
        .endsWith("C6 and Am7 have the same notes, C, E, G and A: they differ only in which note is heard as the root.");
    // Spelled notes: Db is not C#, as a chord member.
    assertThat(qa.answer("Dbmaj7 vs C#m7 whats the difference").orElseThrow().answer())
        .endsWith("Dbmaj7 has Db (its root), F (its major 3rd), Ab (its perfect 5th) and C (its major 7th) where C#m7 has"
            + " C# (its root), E (its minor 3rd), G# (its perfect 5th) and B (its minor 7th); they have no note in common.");
    assertThat(qa.answer("spell Cmaj7 and C7").orElseThrow().answer()).doesNotContain("where");
  }

  @Test
  void putsStructuredFactsInTheDetails() {
    TheoryAnswer answer = qa.answer("what notes are in a D# major 13th chord?").orElseThrow();
    assertThat(answer.details()).containsEntry("symbol", "D#maj13")
        .containsEntry("intervals", List.of("P1", "M3", "P5", "M7", "M9", "P11", "M13"))
        .containsEntry("pitches", List.of("D#4", "F##4", "A#4", "C##5", "E#5", "G#5", "B#5"));
    assertThat(qa.answer("what is V7 of Ab major?").orElseThrow().details())
        .containsEntry("numeral", "V7").containsEntry("key", "Ab major").containsEntry("symbol", "Eb7");
  }

  @Test
  void returnsNothingForConceptualQuestions() {
    assertThat(qa.answer("why do we use roman numerals?")).isEmpty();
    // "a" after "on" is the article before a word no note takes: "on a piano" names no tonic.
    assertThat(qa.answer("how do i play the major scale on a piano")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"why does a minor chord sound sad", "why does a major chord sound happy",
      "what makes a diminished chord unstable", "how does a major key differ from a minor key"})
  void readsTheArticleBeforeAQualityAsNoNoteA(String question) {
    assertThat(qa.answer(question)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"what is a chord?", "tell me about sonata form", "how do I practise scales?",
      "which key has 9 sharps?", "what is a dominant seventh chord?"})
  void returnsNothingWhenNoArgumentsCanBeParsed(String question) {
    assertThat(qa.answer(question)).isEmpty();
  }
}
