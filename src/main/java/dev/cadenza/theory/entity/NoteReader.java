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
  /** Instruments named with their key: "a bb clarinet", "an eb alto sax". */
  private static final String[] INSTRUMENTS = {"clarinet", "trumpet", "cornet", "flugelhorn", "horn", "alto", "tenor",
      "soprano", "baritone", "bari", "sax", "saxophone"};
  /** Words other than qualities that may follow a note letter: accidentals, modes, "to", "and". */
  private static final String[] NOTE_FOLLOWERS = {"m", "sharp", "flat", "double", "dorian", "lydian", "phrygian",
      "mixolydian", "locrian", "aeolian", "ionian", "harmonic", "melodic", "natural", "to", "and", "up", "down"};
  /** Words that begin a chord's quality after its root. */
  private static final String[] QUALITY_WORDS = {"major", "minor", "dominant", "diminished", "augmented", "half", "sus",
      "add", "min", "maj", "min7", "maj7", "dom7", "6th", "sixth", "7th", "seventh", "9th", "ninth", "11th", "eleventh",
      "13th", "thirteenth", "chord", "triad"};

  /** A note and the index just after its last token. */
  record Read(Note note, int end) {}

  private NoteReader() {}

  static Optional<Read> read(Tokens t, int i) {
    String word = t.at(i);
    // G7 and C9 are read as chords: octaves 7 and 9 are rare in questions, the chords common. C6 is a chord
    // too unless another note has an octave or an interval word leads to it ("from C6").
    if (!SPELLED.matcher(word).matches() || word.endsWith("7") || word.endsWith("9") || sixthChord(t, i) || !plausible(t, i)) {
      return Optional.empty();
    }
    String spelled = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    // Middle C is C4, the convention every octave number here follows.
    if (word.equalsIgnoreCase("c") && t.is(i - 1, "middle")) spelled = "C4";
    int end = i + 1;
    if (LETTER_ONLY.matcher(word).matches()) {
      int at = t.is(end, "-") ? end + 1 : end;
      int second = t.is(at + 1, "-") ? at + 2 : at + 1;
      if (t.is(at, "double") && t.is(second, "sharp", "flat")) {
        spelled += t.lower(second).equals("sharp") ? "##" : "bb";
        end = second + 1;
      } else if (t.is(at, "sharp", "flat")) {
        spelled += t.lower(at).equals("sharp") ? "#" : "b";
        end = at + 1;
      }
      if (end > i + 1 && writtenOctave(t, end)) spelled += t.at(end++);
    }
    try {
      return Optional.of(new Read(Note.parse(spelled), end));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  /**
   * Whether the token at {@code i}, after a note with its accidental in words, is the note's octave: "B flat 3", "F
   * sharp 2". Not 6, 7 or 9, which name chords ("E flat 7"), nor a count of something ("B flat 3 times").
   */
  private static boolean writtenOctave(Tokens t, int i) {
    return t.at(i).matches("[0-58]") && !t.is(i + 1, QUALITY_WORDS) && !t.is(i + 1, COUNTED);
  }

  /** Words counted by a number after a note: "F sharp 2 times", "E flat 3 flats". */
  private static final String[] COUNTED = {"times", "beats", "bars", "measures", "notes", "sharps", "flats", "semitones",
      "steps", "half", "whole", "octaves", "x"};

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
    // After an article or "in" the letter is the note: "an A major 7th chord", "notes in A minor 7th", "the a
    // minor scale".
    if (word.equals("A") && t.is(i - 1, "a", "an", "the", "in", "of") || t.is(i - 1, "the")) {
      return true;
    }
    // "whats in a a minor chord": the article, then the note.
    if (word.equals("a") && t.is(i + 1, "a")) {
      return false;
    }
    if (word.equals("a") && t.is(i - 1, "a")) {
      return true;
    }
    // "is a b flat in a g minor chord": the article before a note whose accidental is written in words.
    if (word.equals("a") && isNoteWord(t.at(i + 1)) && t.is(i + 2, "flat", "sharp", "double")) {
      return false;
    }
    if (IntervalReader.read(t, i + 1).isPresent() || t.is(i + 1, "chord", "note", "triad", "scale", "key", "few",
        "lot", "little", "semitone", "tone", "fifth", "fourth", "third", "second", "sixth", "seventh", "octave", "tritone")) {
      return false;
    }
    // "a G major triad", "a b7 chord", "a e minor sixth", "a e flat diminished seventh", "a major key with four
    // flats": the article before a chord or key.
    if (word.equals("a") && (isNoteWord(t.at(i + 1)) && t.at(i + 1).matches("[A-G].*") || isSymbol(t.at(i + 1))
        || (isNoteWord(t.at(i + 1)) || t.is(i + 1, "a")) && read(t, i + 1).filter(next -> t.is(next.end(), QUALITY_WORDS)).isPresent()
        || t.is(i + 1, "major", "minor") && t.is(i + 2, "key") && t.is(i + 3, "with", "that", "which", "has", "having"))) {
      return false;
    }
    if (word.equals("a") && (ArticleBeforeQuality.generic(t, i + 1) || ArticleAfterOpener.article(t, i))) {
      return false;
    }
    // "a bb clarinet plays ...": before a note that names an instrument's key, "a" is the article.
    if (word.equals("a") && isNoteWord(t.at(i + 1)) && t.is(i + 2, INSTRUMENTS)) {
      return false;
    }
    // "the chords of a 12 bar blues", "a 4-3 suspension": a lower-case "a" before a number is the article.
    if (word.equals("a") && t.at(i + 1).matches("\\d.*")) {
      return false;
    }
    if (word.equals("A")) {
      return true;
    }
    // "a-flat", "d# - b": a letter joined to its accidental or to the note before it.
    if (t.is(i + 1, "-") && t.is(i + 2, "sharp", "flat", "double") || t.is(i - 1, "-") && isNoteWord(t.at(i - 2))) {
      return true;
    }
    boolean noteWordFollows = t.is(i + 1, QUALITY_WORDS) || t.is(i + 1, NOTE_FOLLOWERS);
    // "between a motive and a phrase": a word that no note takes after it makes the letter the article.
    if (word.equals("a") && !noteWordFollows && t.lower(i + 1).matches("[a-z]{3,}")) {
      return false;
    }
    return noteWordFollows || t.is(i - 1, "from", "between", "to", "and", "in", "of", "on", "above", "below", "under")
        || isNoteWord(t.at(i - 1)) || isNoteWord(t.at(i + 1));
  }

  private static boolean sixthChord(Tokens t, int i) {
    if (!t.at(i).endsWith("6") || t.at(i).endsWith("-6")) {
      return false;
    }
    boolean otherOctave = t.words().stream().anyMatch(w -> !w.equals(t.at(i)) && w.matches("[A-Ga-g](##|#|bb|b)?[0-8]"));
    // "between Am7 and C6": beside another chord symbol, a chord; "between C4 and C6" has another octave.
    boolean otherChord = t.words().stream().anyMatch(w -> !w.equals(t.at(i)) && isSymbol(w));
    return !otherOctave && (otherChord || !t.is(i - 1, "from", "to", "between", "above", "below", "and"));
  }

  private static boolean isNoteWord(String word) {
    return SPELLED.matcher(word).matches() && !word.equals("a") && !word.endsWith("7") && !word.endsWith("9");
  }

  /** A chord symbol that is more than a note: "b7", "Cmaj7", "f#m". */
  private static boolean isSymbol(String word) {
    return !isNoteWord(word) && word.matches("[A-Ga-g](##|#|bb|b)?(m|maj|min|dim|aug|sus|\\d|\\+|/).*");
  }
}
