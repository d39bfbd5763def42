package dev.cadenza.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deliberately wrong variants of an oracle note list, made by string arithmetic on letters and
 * accidentals (never by the engine): the same pitch on a neighbouring letter, or one note a semitone off.
 */
public final class Spellings {
  private static final String LETTERS = "CDEFGAB";
  private static final int[] PITCH_CLASSES = {0, 2, 4, 5, 7, 9, 11};

  private Spellings() {}

  /** The list with note {@code index} written on the next letter up or, failing that, down: same sound, wrong name. */
  public static List<String> respelled(List<String> notes, int index) {
    String note = notes.get(index);
    String other = onLetter(note, +1).or(() -> onLetter(note, -1))
        .orElseThrow(() -> new IllegalArgumentException("no enharmonic spelling of " + note));
    return replaced(notes, index, other);
  }

  /** The list with note {@code index} a semitone higher on the same letter, or lower when it is already ##. */
  public static List<String> altered(List<String> notes, int index) {
    String note = notes.get(index);
    int accidental = accidental(note);
    return replaced(notes, index, spell(note.charAt(0), accidental == 2 ? 1 : accidental + 1));
  }

  /** "F##" is 2, "Bb" is -1, "C" is 0. */
  public static int accidental(String note) {
    String marks = note.substring(1).replaceAll("\\d", "");
    return marks.chars().map(c -> c == '#' ? 1 : -1).sum();
  }

  private static Optional<String> onLetter(String note, int step) {
    int letter = LETTERS.indexOf(note.charAt(0));
    int pitch = PITCH_CLASSES[letter] + accidental(note);
    int target = Math.floorMod(letter + step, 7);
    int accidental = Math.floorMod(pitch - PITCH_CLASSES[target] + 6, 12) - 6;
    return Math.abs(accidental) <= 2 ? Optional.of(spell(LETTERS.charAt(target), accidental)) : Optional.empty();
  }

  private static String spell(char letter, int accidental) {
    return letter + (accidental < 0 ? "b".repeat(-accidental) : "#".repeat(accidental));
  }

  private static List<String> replaced(List<String> notes, int index, String note) {
    List<String> copy = new ArrayList<>(notes);
    copy.set(index, note);
    return List.copyOf(copy);
  }
}
