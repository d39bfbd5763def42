package dev.cadenza.midi;

import dev.cadenza.midi.harmony.CadenceDetector;
import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders teaching examples as type 1 MIDI files (a conductor track with title, tempo and 4/4, then
 * one piano track) so the web page can play them: chords given as MIDI numbers or spelled notes, a
 * chord symbol, a scale, a Roman-numeral progression in a key, and each cadence type. Spelling,
 * scales and Roman numerals come from the theory engine.
 *
 * <p>Every method throws {@link IllegalArgumentException} naming the part of its input it cannot read.
 */
public final class MidiExamples {

  /** Quarter notes each chord lasts: a whole note in 4/4. */
  static final double CHORD_QUARTERS = 4;
  private static final int SCALE_OCTAVE = 4;
  /** The progressions that demonstrate each cadence type, in major and in minor. */
  private static final Map<String, String[]> CADENCES = Map.of(
      CadenceDetector.PAC, new String[] {"I IV V7 I", "i iv V7 i"},
      CadenceDetector.IAC, new String[] {"I IV V I6", "i iv V i6"},
      CadenceDetector.HC, new String[] {"I vi ii6 V", "i iv i V"},
      CadenceDetector.PLAGAL, new String[] {"I V I IV I", "i V i iv i"},
      CadenceDetector.DECEPTIVE, new String[] {"I IV V vi", "i iv V VI"});

  private static final Pattern NUMERAL_SEPARATORS = Pattern.compile("[\\s,–—-]+");

  private MidiExamples() {}

  /** Block chords of MIDI numbers, each a whole note. */
  public static byte[] chords(String title, List<List<Integer>> chords) {
    List<MidiNote> notes = new ArrayList<>();
    for (int i = 0; i < chords.size(); i++) {
      for (int pitch : chords.get(i)) {
        notes.add(MidiNote.of(pitch, i * CHORD_QUARTERS, CHORD_QUARTERS));
      }
    }
    return song(title, notes);
  }

  /** Block chords of spelled notes with octaves, e.g. [["C4", "E4", "G4"], ["B3", "D4", "G4"]]. */
  public static byte[] spelledChords(String title, List<List<String>> chords) {
    return chords(title, chords.stream()
        .map(chord -> chord.stream().map(note -> Note.parse(note).midi()).toList())
        .toList());
  }

  /** One chord from its symbol or name, e.g. "Cmaj7" or "F# minor", in root position from octave 4. */
  public static byte[] chord(String symbol) {
    return chords(symbol, List.of(Chord.parse(symbol).pitches(SCALE_OCTAVE).stream().map(Note::midi).toList()));
  }

  /** A scale up an octave from octave 4 and down again, e.g. "D dorian", in quarter notes. */
  public static byte[] scale(String name) {
    Scale parsed = Scale.parse(name);
    Note tonic = parsed.tonic().withOctave(SCALE_OCTAVE);
    List<Integer> up = new ArrayList<>(new Scale(tonic, parsed.type()).notes().stream().map(Note::midi).toList());
    up.add(tonic.midi() + 12);
    List<MidiNote> notes = new ArrayList<>();
    for (int i = 0; i < 2 * up.size() - 1; i++) {
      int pitch = up.get(i < up.size() ? i : 2 * up.size() - 2 - i);
      notes.add(MidiNote.of(pitch, i, i == 2 * up.size() - 2 ? 2 : 1));
    }
    return song(parsed.name(), notes);
  }

  /** Roman numerals in a key, e.g. ("ii-V-I", "Bb"), voiced for keyboard with smooth upper voices. */
  public static byte[] progression(String numerals, String key) {
    return voiced(numerals, Key.parse(key), false);
  }

  /**
   * A short progression ending in a cadence: "PAC", "IAC", "HC", "plagal" or "deceptive" (case
   * ignored), in a key such as "D minor".
   */
  public static byte[] cadence(String type, String key) {
    Key parsed = Key.parse(key);
    String numerals = cadenceProgression(type, parsed);
    return voiced(numerals, parsed, isPac(type));
  }

  /** Like {@link #cadence} under a title that names neither the chords nor the cadence: a listening test's example. */
  public static byte[] unnamedCadence(String type, Key key) {
    return voiced(cadenceProgression(type, key), key, isPac(type), "Listening example");
  }

  /** The numerals ("I IV V7 I") of the example of a cadence type in a key. */
  public static String cadenceProgression(String type, Key key) {
    String known = CADENCES.keySet().stream().filter(name -> name.equalsIgnoreCase(type.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown cadence type '" + type + "'; use one of "
            + String.join(", ", CADENCES.keySet().stream().sorted().toList())));
    return CADENCES.get(known)[key.mode() == Key.Mode.MINOR ? 1 : 0];
  }

  private static boolean isPac(String type) {
    return type.strip().equalsIgnoreCase(CadenceDetector.PAC);
  }

  private static byte[] voiced(String numerals, Key key, boolean tonicOnTop) {
    String title = String.join("–", NUMERAL_SEPARATORS.split(numerals.strip())) + " in " + key.name();
    return voiced(numerals, key, tonicOnTop, title);
  }

  private static byte[] voiced(String numerals, Key key, boolean tonicOnTop, String title) {
    String[] parts = NUMERAL_SEPARATORS.split(numerals.strip());
    Voicer voicer = new Voicer();
    List<List<Integer>> chords = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      List<Note> notes = RomanNumerals.realise(parts[i], key).notes();
      boolean last = i == parts.length - 1;
      chords.add(voicer.voice(notes, tonicOnTop && last ? key.tonic().pitchClass() : -1));
    }
    return chords(title, chords);
  }

  private static byte[] song(String title, List<MidiNote> notes) {
    return MidiWriter.write(MidiSong.of(title, List.of(MidiPart.piano("Piano", notes))));
  }
}
