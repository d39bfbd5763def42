package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.TransposingInstrument;
import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notes on transposing instruments: the note a player reads for a concert pitch, and the pitch a written note sounds.
 * Concert pitch is what sounds (what a piano would play); written pitch is what the part shows.
 */
class InstrumentTranspositionTest {
  private static final TheoryQa QA = new TheoryQa();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "what note does an alto sax player read to sound a concert C | The Eb alto saxophone sounds a major sixth lower than"
          + " written: to sound concert C its player reads A, a major sixth higher.",
      "a Bb clarinet plays a written D, what note comes out | The Bb clarinet sounds a major second lower than written: a"
          + " written D sounds as concert C.",
      "A clarinet plays a written D, what note comes out | The Bb clarinet sounds a major second lower than written: a"
          + " written D sounds as concert C.",
      "clarinet in A written C sounds? | The A clarinet sounds a minor third lower than written: a written C sounds as"
          + " concert A.",
      "written C on tenor sax sounds as what | The Bb tenor saxophone sounds a major ninth (an octave and a major second)"
          + " lower than written: a written C sounds as concert Bb.",
      "what is concert Eb for Bb trumpet | The Bb trumpet sounds a major second lower than written: to sound concert Eb"
          + " its player reads F, a major second higher.",
      "what does a french horn in F sound when it reads G4 | The horn in F sounds a perfect fifth lower than written: a"
          + " written G4 sounds as concert C4.",
      "piccolo written C5 sounds what | The piccolo sounds a perfect octave higher than written: a written C5 sounds as"
          + " concert C6.",
      "what note does a bari sax read for concert F# | The Eb baritone saxophone sounds a major thirteenth (an octave and"
          + " a major sixth) lower than written: to sound concert F# its player reads D#, a major thirteenth (an octave"
          + " and a major sixth) higher.",
      // spelled by letters: a sixth above B# is G##, not A
      "concert B# on alto sax | The Eb alto saxophone sounds a major sixth lower than written: to sound concert B# its"
          + " player reads G##, a major sixth higher.",
      // the piano plays concert pitch; an instrument plays what is written for it
      "if the piano plays A what do i play on english horn | The English horn sounds a perfect fifth lower than written:"
          + " to sound concert A its player reads E, a perfect fifth higher.",
      "if my clarinet plays an E what note does the piano hear | The Bb clarinet sounds a major second lower than written:"
          + " a written E sounds as concert D.",
      "Eb clarinet, written E, what sounds | The Eb clarinet sounds a minor third higher than written: a written E sounds"
          + " as concert G.",
      // typed in lower case, the instrument's letter still picks it
      "eb clarinet plays a B, what do we hear | The Eb clarinet sounds a minor third higher than written: a written B"
          + " sounds as concert D.",
      // "concert" before the note, however far, once nothing nearer says "written"
      "tenor sax: the concert note is G, what should i read | The Bb tenor saxophone sounds a major ninth (an octave and a"
          + " major second) lower than written: to sound concert G its player reads A, a major ninth (an octave and a major"
          + " second) higher.",
  })
  void readsTheNoteGivenAndSpellsTheOtherByLetters(String question, String expected) {
    assertThat(QA.answer(question).map(TheoryAnswer::answer)).contains(expected);
    assertThat(QA.answer(question).map(TheoryAnswer::intent)).contains(Intent.INTERVAL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the band plays in concert Bb major, what key is the alto sax in | The Eb alto saxophone sounds a major sixth lower"
          + " than written: music in concert Bb major (2 flats) is written a major sixth higher, in G major (1 sharp).",
      // a song's key is concert pitch
      "what key is the alto sax in for a song in F major | The Eb alto saxophone sounds a major sixth lower than written:"
          + " music in concert F major (1 flat) is written a major sixth higher, in D major (2 sharps).",
      "alto sax part is in G major, what's the concert key | The Eb alto saxophone sounds a major sixth lower than"
          + " written: a part written in G major (1 sharp) sounds in concert Bb major (2 flats).",
      // the key given is the part's when the question asks what sounds
      "my trumpet part is in D major, what does that sound in | The Bb trumpet sounds a major second lower than written:"
          + " a part written in D major (2 sharps) sounds in concert C major (no sharps or flats).",
      "concert D minor on Bb clarinet | The Bb clarinet sounds a major second lower than written: music in concert D minor"
          + " (1 flat) is written a major second higher, in E minor (1 sharp).",
      // C# major has seven sharps; Db major five flats
      "concert E major for alto sax, what key do i write the part in | The Eb alto saxophone sounds a major sixth lower"
          + " than written: music in concert E major (4 sharps) is written a major sixth higher, in C# major (7 sharps), or"
          + " in its enharmonic equivalent Db major (5 flats), which many arrangers prefer.",
      // F# major and Gb major have six each: nothing gained
      "concert E major for Bb clarinet | The Bb clarinet sounds a major second lower than written: music in concert E"
          + " major (4 sharps) is written a major second higher, in F# major (6 sharps).",
      // G# major would need eight sharps
      "concert B major for alto sax | The Eb alto saxophone sounds a major sixth lower than written: music in concert B"
          + " major (5 sharps) is written a major sixth higher, in G# major (8 sharps), a theoretical key usually written as"
          + " Ab major (4 flats).",
  })
  void givesTheKeyAPartIsWrittenInAndItsSignature(String question, String expected) {
    assertThat(QA.answer(question).map(TheoryAnswer::answer)).contains(expected);
    assertThat(QA.answer(question).map(TheoryAnswer::intent)).contains(Intent.KEY_SIGNATURE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "why do transposing instruments even exist",
      "how does the alto sax work in transposing instruments",
      "what's the range of a Bb clarinet",
      "is the guitar a transposing instrument",
  })
  void leavesQuestionsWithoutANoteToThePassages(String question) {
    assertThat(QA.answer(question)).isEmpty();
  }

  /**
   * Checked against a second construction for every instrument: the written note, the sounding note and the
   * instrument's interval must agree in semitones (MIDI numbers) and in letter steps.
   */
  @Test
  void everyInstrumentAgreesInSemitonesAndLetters() {
    for (TransposingInstrument instrument : TransposingInstrument.ALL) {
      for (String given : new String[] {"C4", "F#4", "Bb3", "E5"}) {
        var result = (QueryResult.TranspositionResult) QueryExecutor.execute(
            new TheoryQuery.InstrumentTransposition(instrument, Note.parse(given), false));
        Note written = Note.parse(result.written());
        Note concert = Note.parse(result.concert());
        int semitones = instrument.sounds().semitones();
        int steps = instrument.sounds().number() - 1;
        int sign = instrument.lower() ? -1 : 1;
        assertThat(concert.midi() - written.midi()).as(instrument.name() + " " + given).isEqualTo(sign * semitones);
        assertThat(concert.diatonicIndex() - written.diatonicIndex()).as(instrument.name() + " " + given)
            .isEqualTo(sign * steps);
      }
    }
  }
}
