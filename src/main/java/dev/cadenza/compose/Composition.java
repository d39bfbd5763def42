package dev.cadenza.compose;

import java.util.List;

/**
 * A composed melody as the API returns it (field order is the JSON order); docs/piano.md describes each field.
 *
 * @param abc the melody and chord symbols in ABC 2.1
 * @param nonChordTones how many passing and neighbour tones the melody uses
 * @param midi the MIDI file of melody and chords
 * @param check the MIDI analyser's reading of that file compared with the request
 */
public record Composition(String kind, String abc, String key, String meter, String style, long seed, int barsPerChord,
    List<ChordEntry> chords, List<NoteEntry> melody, Range range, int nonChordTones, Midi midi, Check check,
    String explanation) {

  /** A chord of the progression and the bars it covers. */
  public record ChordEntry(String symbol, String name, List<String> notes, int firstBar, int bars) {}

  /** A melody note; {@code beat} is 1-based in quarter notes, {@code quarters} its length. */
  public record NoteEntry(int bar, double beat, String note, int midi, double quarters, String role) {}

  /** The lowest and highest notes and the semitones between them. */
  public record Range(String lowest, String highest, int semitones) {}

  /** A MIDI file for the browser: its content type and the bytes in base64. */
  public record Midi(String contentType, String base64) {}

  /** The analyser's key and the chord it hears in each bar, each compared with the request. */
  public record Check(boolean passed, KeyCheck key, List<BarCheck> bars) {}

  public record KeyCheck(String expected, String found, boolean agrees) {}

  /** One bar: the chord asked for, the one heard, and whether the melody's strong beats are its tones. */
  public record BarCheck(int bar, String expected, String found, boolean agrees, boolean melodyOnChordTones) {}
}
