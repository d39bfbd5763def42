package dev.cadenza.abc;

import dev.cadenza.midi.key.Mode;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a K: field: a tonic with an optional mode ("G", "F#m", "Amix", "D dorian"),
 * "none", the bagpipe keys HP and Hp, explicit accidentals that change the signature ("D ^g") or,
 * after "exp", replace it ("D exp ^f ^c"), and clef or transposition settings, which are ignored.
 * A field with no tonic keeps the previous key's tonic and signature (K:clef=bass in the body).
 */
final class KeyField {

  private static final Pattern TONIC = Pattern.compile("([A-G])([#b]?)(.*)");
  private static final Pattern ACCIDENTAL = Pattern.compile("(\\^\\^|\\^|__|_|=)([a-gA-G])");
  private static final Pattern CLEF =
      Pattern.compile("(treble|bass|alto|tenor|baritone|soprano|mezzosoprano|perc|none)\\d?([+-]8)?");

  private KeyField() {}

  /**
   * @param value the field's text after "K:"
   * @param column where the value starts on its line, for errors
   */
  static WrittenKey parse(String value, int line, int column, WrittenKey previous) {
    List<Word> words = words(value, column);
    if (words.isEmpty()) {
      return previous;
    }
    WrittenKey key = previous;
    int next = 0;
    Word first = words.getFirst();
    Matcher tonic = TONIC.matcher(first.text());
    if (first.text().equals("none") || first.text().equals("HP")) {
      key = WrittenKey.NONE;
      next = 1;
    } else if (first.text().equals("Hp")) {
      key = named("A", Mode.MIXOLYDIAN, line, first.column());
      next = 1;
    } else if (tonic.matches()) {
      Mode mode = Mode.MAJOR;
      if (!tonic.group(3).isEmpty()) {
        mode = mode(tonic.group(3), line, first.column() + tonic.start(3));
      } else if (words.size() > 1 && Mode.parse(words.get(1).text()).isPresent()) {
        mode = Mode.parse(words.get(1).text()).get();
        next = 1;
      }
      key = named(tonic.group(1) + tonic.group(2), mode, line, first.column());
      next++;
    }
    return withAccidentals(key, words.subList(next, words.size()), line);
  }

  private static WrittenKey withAccidentals(WrittenKey key, List<Word> words, int line) {
    List<Integer> alterations = new ArrayList<>(key.alterations());
    for (Word word : words) {
      Matcher accidental = ACCIDENTAL.matcher(word.text());
      if (word.text().equals("exp")) {
        alterations.replaceAll(alteration -> 0);
      } else if (accidental.matches()) {
        Letter letter = MusicScanner.letter(accidental.group(2).charAt(0));
        alterations.set(letter.ordinal(), Accidental.semitones(accidental.group(1)));
      } else if (!word.text().contains("=") && !isClef(word.text())) {
        throw new AbcException(line, word.column(), "the K: field has '" + word.text()
            + "', which is not a mode, an accidental such as ^f, a clef or a setting such as clef=bass");
      }
    }
    return new WrittenKey(key.name(), key.tonic(), key.mode(), key.fifths(), alterations);
  }

  private static WrittenKey named(String tonicText, Mode mode, int line, int column) {
    Note tonic = Note.parse(tonicText);
    int fifths = Key.major(tonicText).fifths() + fifthsAboveParent(mode);
    if (Math.abs(fifths) > 7) {
      throw new AbcException(line, column, "the key " + tonicText + " " + mode.label() + " would need "
          + Math.abs(fifths) + (fifths > 0 ? " sharps" : " flats") + "; an ABC key signature has at most 7");
    }
    List<Integer> alterations = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0));
    Key.majorAtFifths(fifths).signature().forEach(note -> alterations.set(note.letter().ordinal(), note.accidental()));
    return new WrittenKey(tonicText + " " + mode.label(), tonic.pitchClass(), mode, fifths, alterations);
  }

  /**
   * How far round the circle of fifths a mode's signature lies from the major key on its tonic: D
   * dorian has two fewer sharps than D major, F lydian one more than F major.
   */
  static int fifthsAboveParent(Mode mode) {
    int offset = -Math.floorMod(mode.aboveParent() * 7, 12);
    return offset < -5 ? offset + 12 : offset;
  }

  private static Mode mode(String text, int line, int column) {
    Optional<Mode> mode = Mode.parse(text);
    if (mode.isEmpty()) {
      throw new AbcException(line, column, "'" + text + "' is not a mode; write m, dor, phr, lyd, mix, aeo, loc,"
          + " maj or the whole name");
    }
    return mode.get();
  }

  private static boolean isClef(String text) {
    return CLEF.matcher(text.toLowerCase(Locale.ROOT)).matches();
  }

  private record Word(String text, int column) {}

  private static List<Word> words(String value, int column) {
    List<Word> words = new ArrayList<>();
    Matcher word = Pattern.compile("\\S+").matcher(value);
    while (word.find()) {
      words.add(new Word(word.group(), column + word.start()));
    }
    return words;
  }
}
