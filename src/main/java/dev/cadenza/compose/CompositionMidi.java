package dev.cadenza.compose;

import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.midi.TimeSignature;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The melody and its chords as a type 1 MIDI file through the project's {@link MidiWriter}: track 1 the
 * melody, track 2 a block chord per bar, its bass between C2 and B2 and the other tones in close position
 * from C3 up, with the key signature of the melody's key.
 */
final class CompositionMidi {

  /** The melody's track in the written file (track 0 is the conductor track). */
  static final int MELODY_TRACK = 1;
  private static final int LOWEST_BASS = 36;
  private static final int LOWEST_UPPER = 48;
  private static final int CHORD_VELOCITY = 60;
  private static final double QUARTERS_PER_EIGHTH = 0.5;
  private static final double QUARTERS_PER_BAR = 4;

  private CompositionMidi() {}

  static byte[] write(String title, Key key, int bpm, List<MelodyNote> melody, List<ProgressionChord> barChords) {
    List<MidiNote> tune = melody.stream()
        .map(n -> MidiNote.of(n.pitch().midi(), n.start() * QUARTERS_PER_EIGHTH, n.eighths() * QUARTERS_PER_EIGHTH))
        .toList();
    List<MidiNote> chords = new ArrayList<>();
    for (int bar = 0; bar < barChords.size(); bar++) {
      for (int pitch : voicing(barChords.get(bar))) {
        chords.add(new MidiNote(pitch, bar * QUARTERS_PER_BAR, QUARTERS_PER_BAR, CHORD_VELOCITY));
      }
    }
    MidiSong song = new MidiSong(title, bpm, TimeSignature.COMMON_TIME, key.fifths(), key.mode() == Key.Mode.MINOR,
        List.of(MidiPart.piano("Melody", tune), new MidiPart("Chords", 1, 0, chords)));
    return MidiWriter.write(song);
  }

  /** The bass, then the tones in close position above C3. */
  static List<Integer> voicing(ProgressionChord chord) {
    List<Integer> pitches = new ArrayList<>();
    pitches.add(LOWEST_BASS + Math.floorMod(chord.bass().pitchClass() - LOWEST_BASS, 12));
    int previous = LOWEST_UPPER - 1;
    for (Note tone : chord.tones()) {
      int pitch = previous + 1 + Math.floorMod(tone.pitchClass() - (previous + 1), 12);
      pitches.add(pitch);
      previous = pitch;
    }
    return pitches;
  }
}
