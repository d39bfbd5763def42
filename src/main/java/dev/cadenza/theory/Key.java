package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A major or minor key. Its signature is computed from its place on the circle of fifths, so
 * theoretical keys such as D# major (9 sharps: F## and C## among them) and Fb major (8 flats, with
 * Bbb) come out with double accidentals. Keys needing triple accidentals in the signature are refused.
 */
public record Key(Note tonic, Mode mode) {
  /** The most sharps or flats a signature can hold with double accidentals: 14. */
  public static final int MAX_FIFTHS = 14;

  private static final List<Letter> SHARP_ORDER =
      List.of(Letter.F, Letter.C, Letter.G, Letter.D, Letter.A, Letter.E, Letter.B);
  private static final int[] LETTER_FIFTHS = {0, 2, 4, -1, 1, 3, 5};
  private static final Pattern KEY = Pattern.compile(
      "([A-Ga-g]" + Accidentals.REGEX + "?)\\s*(?:-\\s*)?((?i:major|minor|maj|min)|m)?(?:\\s+(?i:key))?");

  /** Major or minor. */
  public enum Mode {
    MAJOR,
    MINOR;

    /** "major" or "minor". */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Key {
    Objects.requireNonNull(mode, "mode");
    tonic = Objects.requireNonNull(tonic, "tonic").withoutOctave();
    int fifths = fifthsOf(tonic, mode);
    if (Math.abs(fifths) > MAX_FIFTHS) {
      throw new IllegalArgumentException(tonic + " " + mode.label() + " would need " + Math.abs(fifths)
          + (fifths > 0 ? " sharps" : " flats") + ": its signature needs triple accidentals");
    }
  }

  public static Key major(String tonic) {
    return new Key(Note.parse(tonic), Mode.MAJOR);
  }

  public static Key minor(String tonic) {
    return new Key(Note.parse(tonic), Mode.MINOR);
  }

  /** Parses "Db major", "F# minor", "f# min", "E-flat major", "Am", "C" (major when no mode is given). */
  public static Key parse(String text) {
    String ascii = Accidentals.asciify(text.strip());
    Matcher m = KEY.matcher(ascii);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a key: '" + text + "'");
    }
    String modeWord = m.group(2) == null ? "major" : m.group(2).toLowerCase(Locale.ROOT);
    Mode mode = modeWord.startsWith("mi") || modeWord.equals("m") ? Mode.MINOR : Mode.MAJOR;
    return new Key(Note.parse(m.group(1)), mode);
  }

  /** The key a phrase names, or empty when it names none (or one that needs triple accidentals). */
  public static Optional<Key> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException notAKey) {
      return Optional.empty();
    }
  }

  /** The major key at {@code fifths} on the circle (0 = C, 1 = G, -1 = F, 9 = D#). */
  public static Key majorAtFifths(int fifths) {
    int index = fifths + 1;
    return new Key(Note.of(SHARP_ORDER.get(Math.floorMod(index, 7)), Math.floorDiv(index, 7)), Mode.MAJOR);
  }

  private static int fifthsOf(Note tonic, Mode mode) {
    int major = LETTER_FIFTHS[tonic.letter().ordinal()] + 7 * tonic.accidental();
    return mode == Mode.MAJOR ? major : major - 3;
  }

  /** Place on the circle of fifths: sharps positive, flats negative (A major 3, Eb minor -6). */
  public int fifths() {
    return fifthsOf(tonic, mode);
  }

  /** Sharp signs in the signature, a double sharp counting two: 9 for D# major. */
  public int sharps() {
    return Math.max(fifths(), 0);
  }

  /** Flat signs in the signature, a double flat counting two: 8 for Fb major. */
  public int flats() {
    return Math.max(-fifths(), 0);
  }

  /** More than seven sharps or flats: written in practice as its enharmonic key. */
  public boolean isTheoretical() {
    return Math.abs(fifths()) > 7;
  }

  /**
   * The altered letters in signature order: sharps F C G D A E B, flats B E A D G C F. A letter
   * altered twice carries a double accidental: D# major gives F##, C##, G#, D#, A#, E#, B#.
   */
  public List<Note> signature() {
    int n = Math.abs(fifths());
    int sign = Integer.signum(fifths());
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < Math.min(n, 7); i++) {
      Letter letter = SHARP_ORDER.get(sign > 0 ? i : 6 - i);
      notes.add(Note.of(letter, sign * ((n - i - 1) / 7 + 1)));
    }
    return List.copyOf(notes);
  }

  /** The major or natural minor scale. */
  public Scale scale() {
    return new Scale(tonic, mode == Mode.MAJOR ? ScaleType.MAJOR : ScaleType.NATURAL_MINOR);
  }

  /** The scale notes plus, in minor, the raised sixth and seventh of melodic and harmonic minor. */
  List<Note> spellingNotes() {
    List<Note> notes = new ArrayList<>(scale().notes());
    if (mode == Mode.MINOR) {
      notes.add(tonic.transpose(Interval.parse("M6")));
      notes.add(tonic.transpose(Interval.parse("M7")));
    }
    return notes;
  }

  /** A major's relative minor is a minor third below (C major, A minor), and the other way round. */
  public Key relative() {
    return mode == Mode.MAJOR
        ? new Key(tonic.transposeDown(Interval.parse("m3")), Mode.MINOR)
        : new Key(tonic.transpose(Interval.parse("m3")), Mode.MAJOR);
  }

  /** Same tonic, other mode: C major and C minor. */
  public Key parallel() {
    return new Key(tonic, mode == Mode.MAJOR ? Mode.MINOR : Mode.MAJOR);
  }

  /** The neighbour a fifth above on the circle, one more sharp: G major from C major. */
  public Key dominantKey() {
    return new Key(tonic.transpose(Interval.parse("P5")), mode);
  }

  /** The neighbour a fourth above on the circle, one more flat: F major from C major. */
  public Key subdominantKey() {
    return new Key(tonic.transpose(Interval.parse("P4")), mode);
  }

  /** The same-sounding key written with at most seven sharps or flats, when that is another key. */
  public Optional<Key> enharmonic() {
    int other = fifths() - 12 * Integer.signum(fifths());
    if (fifths() == 0 || Math.abs(other) > 7) {
      return Optional.empty();
    }
    Key major = majorAtFifths(other);
    return Optional.of(mode == Mode.MAJOR ? major : major.relative());
  }

  /** "D# major", "F# minor". */
  public String name() {
    return tonic + " " + mode.label();
  }

  @Override
  public String toString() {
    return name();
  }
}
