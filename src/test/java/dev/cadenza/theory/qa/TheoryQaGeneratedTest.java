package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.text.ChordProse;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions generated for every chord type and scale: the parser must find exactly what was asked. */
class TheoryQaGeneratedTest {
  private static final List<String> ROOTS = List.of("C", "C#", "Db", "D", "Eb", "E", "F", "F#", "Gb", "G", "Ab",
      "A", "Bb", "B", "D#", "Cb");
  private final TheoryQa qa = new TheoryQa();

  @Test
  void spellsEveryChordTypeAskedByNameOrSymbol() {
    for (ChordType type : ChordType.values()) {
      for (String root : ROOTS) {
        Chord chord;
        try {
          chord = Chord.of(Note.parse(root), type);
        } catch (IllegalArgumentException tripleAccidental) {
          continue;
        }
        String byName = "What notes are in " + ChordProse.described(chord) + "?";
        String bySymbol = "spell " + chord.symbol();
        for (String question : List.of(byName, bySymbol)) {
          TheoryAnswer answer = qa.answer(question).orElseThrow(() -> new AssertionError(question));
          assertThat(answer.details().get("symbol")).as(question).isEqualTo(chord.symbol());
          assertThat(answer.notes()).as(question).isEqualTo(Prose.strings(chord.tones()));
        }
      }
    }
  }

  @Test
  void spellsEveryScaleAskedByName() {
    for (ScaleType type : ScaleType.values()) {
      for (String tonic : ROOTS) {
        Scale scale;
        try {
          scale = new Scale(Note.parse(tonic), type);
        } catch (IllegalArgumentException tripleAccidental) {
          continue;
        }
        String question = "What are the notes of the " + scale.name() + " scale?";
        TheoryAnswer answer = qa.answer(question).orElseThrow(() -> new AssertionError(question));
        assertThat(answer.intent()).as(question).isEqualTo(Intent.SCALE);
        assertThat(answer.notes()).as(question).isEqualTo(Prose.strings(scale.notes()));
      }
    }
  }
}
