package dev.cadenza.theory.entity;

import dev.cadenza.theory.Note;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one spelled note starting at a token: "C#", "Eb4", "Fx", "f##", or a letter followed by accidental
 * words ("E flat", "D-flat", "G double sharp"). The article "a" and the pronoun-like "A" are told from the
 * note A by the tokens around them.
 */
final class NoteReader {
  private static final Pattern SPELLED = Pattern.compile("[A-Ga-g](##|#|bb|b|x)?(-?\\d)?");
  private static final Pattern LETTER_ONLY = Pattern.compile("[A-Ga-g]");

  /** A note and the index just after its last token. */
  record Read(Note note, int end) {}

  private NoteReader() {}

  static Optional<Read> read(Tokens t, int i) {
    String word = t.at(i);
    // G7 and C9 are read as chords: octaves 7 and 9 are rare in questions, the chords common.
    if (!SPELLED.matcher(word).matches() || word.endsWith("7") || word.endsWith("9") || !plausible(t, i)) {
      return Optional.empty();
    }
    String spelled = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    int end = i + 1;
    if (LETTER_ONLY.matcher(word).matches()) {
      int at = t.is(end, "-") ? end + 1 : end;
      if (t.is(at, "double") && t.is(at + 1, "sharp", "flat")) {
        spelled += t.lower(at + 1).equals("sharp") ? "##" : "bb";
        end = at + 2;
      } else if (t.is(at, "sharp", "flat")) {
        spelled += t.lower(at).equals("sharp") ? "#" : "b";
        end = at + 1;
      }
    }
    try {
      return Optional.of(new Read(Note.parse(spelled), end));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  /**
   * Whether a letter that is also an English word is meant as a note. Lower-case "a" and "b" are notes only
   * next to other notes or before a mode or accidental word; "A"/"a" before an interval ("a major third")
   * or before "chord"/"note" is the article.
   */
  private static boolean plausible(Tokens t, int i) {
    String word = t.at(i);
    if (!word.equalsIgnoreCase("a") && !word.equals("b")) {
      return true;
    }
    if (IntervalReader.read(t, i + 1).isPresent() || t.is(i + 1, "chord", "note", "triad", "scale", "key", "few",
        "lot", "little", "whole", "half", "step", "semitone", "tone", "fifth", "fourth", "third", "second", "sixth",
        "seventh", "octave", "tritone")) {
      return false;
    }
    if (word.equals("A")) {
      return true;
    }
    return t.is(i + 1, "major", "minor", "maj", "min", "m", "sharp", "flat", "double", "dorian", "lydian",
        "phrygian", "mixolydian", "locrian", "aeolian", "ionian", "harmonic", "melodic", "natural", "to", "and", "up", "down")
        || t.is(i - 1, "from", "between", "to", "and", "in", "of", "on", "above", "below")
        || isNoteWord(t.at(i - 1)) || isNoteWord(t.at(i + 1));
  }

  private static boolean isNoteWord(String word) {
    return SPELLED.matcher(word).matches() && !word.equals("a");
  }
}
