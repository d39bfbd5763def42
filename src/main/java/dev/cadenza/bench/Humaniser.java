package dev.cadenza.bench;

import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays written music as a person plays it, for testing the analyser on what real piano files look like: an
 * upbeat (the first melody note a beat early), onsets up to about a 32nd note early or late, melody notes
 * released a little early, chords held with the pedal into the next one, loudness swelling towards the middle
 * of the phrase and fading, and the placeholder C-major key signature that many exports write.
 */
public final class Humaniser {

  private static final double PICKUP = 1.0;

  private Humaniser() {}

  /**
   * @param melody the right hand as written, in onset order
   * @param chords the left hand as written, in onset order; notes struck together are pedalled together
   */
  public static byte[] perform(String title, List<MidiNote> melody, List<MidiNote> chords, SplittableRandom random) {
    int total = melody.size();
    List<MidiNote> played = new ArrayList<>();
    played.add(new MidiNote(melody.getFirst().pitch(), jitter(random, 0), 0.9, 62));
    for (int i = 0; i < total; i++) {
      MidiNote note = melody.get(i);
      double arch = Math.sin(Math.PI * (i + 0.5) / total);
      played.add(new MidiNote(note.pitch(), jitter(random, PICKUP + note.onset()),
          note.duration() * (0.8 + 0.15 * random.nextDouble()), (int) Math.round(55 + 45 * arch + random.nextInt(-6, 7))));
    }
    List<MidiNote> pedalled = new ArrayList<>();
    double pedal = 0;
    for (int i = 0; i < chords.size(); i++) {
      MidiNote note = chords.get(i);
      if (i == 0 || note.onset() != chords.get(i - 1).onset()) {
        pedal = 0.25 + 0.25 * random.nextDouble();
      }
      pedalled.add(new MidiNote(note.pitch(), jitter(random, PICKUP + note.onset()), note.duration() + pedal,
          45 + random.nextInt(20)));
    }
    MidiSong song = MidiSong.of(title, List.of(MidiPart.piano("melody", played), MidiPart.piano("chords", pedalled)));
    return MidiWriter.write(song.withKeySignature(0, false));
  }

  /** Up to about a 32nd note early or late, as an unquantised player is. */
  private static double jitter(SplittableRandom random, double onset) {
    return Math.max(0, onset + (random.nextDouble() - 0.5) * 0.12);
  }
}
