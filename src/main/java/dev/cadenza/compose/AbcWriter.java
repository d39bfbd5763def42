package dev.cadenza.compose;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a melody as ABC 2.1 with L:1/8 in 4/4. An accidental is written when a note differs from what
 * the key signature, or an accidental earlier in the bar, already gives it. ABC readers differ on
 * whether an accidental carries to other octaves of the letter in the bar, so where the two readings
 * would differ the accidental is written out (a natural sign included): every reader gets the same notes.
 */
final class AbcWriter {

  private static final int BARS_PER_LINE = 4;

  private AbcWriter() {}

  /**
   * @param chordSymbols the symbol over each bar, or null where the chord of the bar before goes on
   */
  static String write(String title, String composer, Key key, int bpm, List<MelodyNote> melody,
      List<String> chordSymbols) {
    StringBuilder abc = new StringBuilder();
    abc.append("X:1\n").append("T:").append(title).append('\n').append("C:").append(composer).append('\n')
        .append("M:4/4\n").append("L:1/8\n").append("Q:1/4=").append(bpm).append('\n')
        .append("K:").append(keyField(key)).append('\n');
    int bars = chordSymbols.size();
    int n = 0;
    for (int bar = 1; bar <= bars; bar++) {
      Map<Letter, Integer> byLetter = new HashMap<>();
      Map<String, Integer> byPitch = new HashMap<>();
      if (chordSymbols.get(bar - 1) != null) {
        abc.append('"').append(chordSymbols.get(bar - 1)).append('"');
      }
      boolean first = true;
      while (n < melody.size() && melody.get(n).bar() == bar) {
        MelodyNote note = melody.get(n++);
        if (!first) {
          abc.append(' ');
        }
        first = false;
        abc.append(note(note, key, byLetter, byPitch));
      }
      abc.append(bar == bars ? " |]\n" : bar % BARS_PER_LINE == 0 ? " |\n" : " | ");
    }
    return abc.toString();
  }

  /** "C", "Am", "F#", "Ebm": the K: field. */
  static String keyField(Key key) {
    return key.tonic().toString() + (key.mode() == Key.Mode.MINOR ? "m" : "");
  }

  private static String note(MelodyNote note, Key key, Map<Letter, Integer> byLetter, Map<String, Integer> byPitch) {
    Note pitch = note.pitch();
    Letter letter = pitch.letter();
    String place = letter.name() + pitch.octave().getAsInt();
    int signature = signature(key, letter);
    int sameOctave = byPitch.getOrDefault(place, signature);
    int anyOctave = byLetter.getOrDefault(letter, signature);
    StringBuilder text = new StringBuilder();
    if (pitch.accidental() != sameOctave || pitch.accidental() != anyOctave) {
      text.append(accidental(pitch.accidental()));
      byPitch.put(place, pitch.accidental());
      byLetter.put(letter, pitch.accidental());
    }
    text.append(letterAndOctave(letter, pitch.octave().getAsInt()));
    if (note.eighths() != 1) {
      text.append(note.eighths());
    }
    return text.toString();
  }

  /** The accidental the key signature gives a letter: -1 for B in F major. */
  static int signature(Key key, Letter letter) {
    return key.signature().stream().filter(n -> n.letter() == letter).findFirst().map(Note::accidental).orElse(0);
  }

  private static String accidental(int accidental) {
    return switch (accidental) {
      case -2 -> "__";
      case -1 -> "_";
      case 0 -> "=";
      case 1 -> "^";
      case 2 -> "^^";
      default -> throw new IllegalArgumentException("no ABC accidental for " + accidental);
    };
  }

  /** C4 is "C", C5 "c", C6 "c'", C3 "C,". */
  private static String letterAndOctave(Letter letter, int octave) {
    if (octave >= 5) {
      return letter.name().toLowerCase(Locale.ROOT) + "'".repeat(octave - 5);
    }
    return letter.name() + ",".repeat(4 - octave);
  }
}
