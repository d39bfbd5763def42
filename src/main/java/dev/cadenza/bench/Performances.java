package dev.cadenza.bench;

import dev.cadenza.compose.ComposeRequest;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Composition;
import dev.cadenza.compose.Style;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Key finding on exercises played as a person plays them. Each exercise is a melody the composer writes over a
 * cadential progression, with its chords in the left hand; the quantised version is exact and carries the right key
 * signature, the humanised one is played by the {@link Humaniser}.
 */
public final class Performances {

  private static final String MAJOR_PLAN = "I vi IV ii V I IV V I";
  private static final String MINOR_PLAN = "i iv VI iio V i iv V i";
  private static final Style[] STYLES = Style.values();

  /** Right answers for one key, quantised and humanised, of {@code pieces}. */
  public record Row(String key, int pieces, int quantisedRight, int humanisedRight) {}

  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
  private final Composer composer = new Composer();

  /** Every major and minor key with at most six sharps or flats, {@code perKey} exercises each. */
  public List<Row> run(long seed, int perKey) {
    List<Row> rows = new ArrayList<>();
    for (int fifths = -6; fifths <= 5; fifths++) {
      Key major = Key.majorAtFifths(fifths);
      for (Key key : List.of(major, major.relative())) {
        int quantised = 0;
        int humanised = 0;
        for (int i = 0; i < perKey; i++) {
          long pieceSeed = seed * 1_000 + (fifths + 6) * 40L + (key == major ? 0 : 20) + i;
          Composition piece = composer.compose(new ComposeRequest(null, key.mode() == Key.Mode.MAJOR ? MAJOR_PLAN : MINOR_PLAN,
              key.name(), 1, pieceSeed, STYLES[i % STYLES.length]));
          if (found(key, exact(piece, key))) quantised++;
          if (found(key, played(piece, new SplittableRandom(pieceSeed)))) humanised++;
        }
        rows.add(new Row(key.name(), perKey, quantised, humanised));
      }
    }
    return rows;
  }

  private boolean found(Key expected, byte[] midi) {
    KeyResult key = analyzer.analyze(midi).key();
    return Note.parse(key.tonic()).pitchClass() == expected.tonic().pitchClass()
        && key.mode().equals(expected.mode() == Key.Mode.MAJOR ? "major" : "minor");
  }

  /** The exercise as written: exact times, even loudness, the key's own signature. */
  private static byte[] exact(Composition piece, Key key) {
    MidiSong song = MidiSong.of(piece.key(), List.of(MidiPart.piano("melody", melody(piece)),
        MidiPart.piano("chords", chords(piece))));
    return MidiWriter.write(song.withKeySignature(key.fifths(), key.mode() == Key.Mode.MINOR));
  }

  /** The exercise as played, by the {@link Humaniser}. */
  private static byte[] played(Composition piece, SplittableRandom random) {
    return Humaniser.perform(piece.key(), melody(piece), chords(piece), random);
  }

  private static List<MidiNote> melody(Composition piece) {
    List<MidiNote> melody = new ArrayList<>();
    for (Composition.NoteEntry note : piece.melody()) {
      melody.add(MidiNote.of(note.midi(), start(note), note.quarters()));
    }
    return melody;
  }

  private static List<MidiNote> chords(Composition piece) {
    List<MidiNote> chords = new ArrayList<>();
    for (Composition.ChordEntry chord : piece.chords()) {
      for (int pitch : leftHand(chord)) {
        chords.add(MidiNote.of(pitch, (chord.firstBar() - 1) * 4.0, chord.bars() * 4.0));
      }
    }
    return chords;
  }

  /** The chord in close position from the octave below middle C, as a left hand plays it. */
  private static List<Integer> leftHand(Composition.ChordEntry chord) {
    List<Integer> pitches = new ArrayList<>();
    int previous = 47;
    for (String name : chord.notes()) {
      int pitch = 48 + Note.parse(name).pitchClass();
      while (pitch <= previous && !pitches.isEmpty()) pitch += 12;
      if (pitches.isEmpty() && pitch > 59) pitch -= 12;
      pitches.add(pitch);
      previous = pitch;
    }
    return pitches;
  }

  private static double start(Composition.NoteEntry note) {
    return (note.bar() - 1) * 4.0 + note.beat() - 1;
  }
}
