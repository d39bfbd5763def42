package dev.cadenza.theory.entity;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the music named in a sentence: notes, chords (symbols and names in words), keys, scales and modes,
 * intervals, Roman numerals, counts and directions. It reads left to right and takes, at each token, the
 * longest entity that starts there, so "C-major seventh" is one chord and "C minor" one key.
 */
public final class EntityRecogniser {
  private static final int LONGEST_NAME = 8;
  /** Texts located lately, for {@link #locate}; emptied when full. */
  private static final Map<String, List<Located>> LOCATED = new ConcurrentHashMap<>();
  private static final int MAX_LOCATED = 8192;
  private static final Set<String> MODE_WORDS = Set.of("major", "minor", "maj", "min");
  private static final Set<String> CHORD_WORDS = Set.of("chord", "triad", "chords", "triads");
  private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  /** A root followed by something that starts a chord suffix, so "do" and "be" are never read as chords. */
  private static final Pattern SYMBOL = Pattern.compile(
      "[A-Ga-g](##|#|bb|b|x)?(m|M|maj|min|dim|aug|sus|add|alt|\\d|\\+|°|ø|/|\\(|-).*");
  private static final Pattern SLASH_BASS = Pattern.compile("/([a-g])(?=(##|#|bb|b)?$)");
  /** A flat degree or tension as lead sheets write it ("b6", "b9", "b13"), which a chord reader would take for B6, B9. */
  private static final Pattern FLAT_DEGREE = Pattern.compile("b\\d{1,2}");
  /** Lower-case words that a chord symbol reader would take but that are English: "I am". */
  private static final Set<String> ENGLISH = Set.of("am", "add", "be", "bad", "bed", "cab", "dab", "fab", "ed");

  /** Words that never occur inside a chord or scale name, so a name read after a note stops before them. */
  private static final Set<String> NAME_STOPS = Set.of(",", "and", "in", "of", "is", "the", "what", "to", "a", "an",
      "with", "for", "are", "has", "have", "from", "up", "down", "above", "below", "under", "beneath", "or", "which", "how",
      "it", "its");

  private EntityRecogniser() {}

  /** An entity found in a text, with the character offsets its tokens cover ({@code end} exclusive). */
  public record Located(MusicEntity entity, int start, int end) {}

  /** The entities of a text, left to right, with their character offsets (the verifier's spans). */
  public static List<Located> locate(String text) {
    // The verifier reads the same stretches of text again and again: answers quote the same library sentences.
    if (LOCATED.size() >= MAX_LOCATED) LOCATED.clear();
    return LOCATED.computeIfAbsent(text, EntityRecogniser::locateAnew);
  }

  private static List<Located> locateAnew(String text) {
    Tokens t = Tokens.of(text);
    return recognise(t).stream()
        .map(e -> new Located(e, t.starts().get(e.first()), t.endOffset(e.end() - 1))).toList();
  }

  public static List<MusicEntity> recognise(Tokens t) {
    List<MusicEntity> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Optional<MusicEntity> entity = at(t, i);
      if (entity.isPresent()) {
        found.add(entity.get());
        i = entity.get().end();
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  private static Optional<MusicEntity> at(Tokens t, int i) {
    Optional<NumeralReader.Read> numeral = NumeralReader.read(t, i);
    if (numeral.isPresent() && !t.at(i).matches("[A-G]|[A-G]b|Cad64")) {
      return Optional.of(new MusicEntity.Numeral(numeral.get().numeral(), i, numeral.get().end()));
    }
    Optional<MusicEntity> onRoot = chordOnRoot(t, i).or(() -> scaleOnTonic(t, i));
    if (onRoot.isPresent()) {
      return onRoot;
    }
    Optional<IntervalReader.Read> interval = IntervalReader.read(t, i);
    if (interval.isPresent() && !noteOrChordNotInterval(t, i)) {
      return Optional.of(new MusicEntity.IntervalName(interval.get().interval(), i, interval.get().end()));
    }
    Optional<MusicEntity> musical = noteBased(t, i);
    if (musical.isPresent()) {
      return musical;
    }
    if (t.is(i, "above", "up", "higher")) return Optional.of(new MusicEntity.Direction(true, i, i + 1));
    if (t.is(i, "below", "down", "lower", "under", "beneath")) {
      return Optional.of(new MusicEntity.Direction(false, i, i + 1));
    }
    return count(t, i);
  }

  /**
   * "A4" is an augmented fourth or the note A4, "A7" an augmented seventh or the chord: a chord when a chord
   * symbol reading exists and the number is not an octave, a note when another note with an octave is named.
   */
  private static boolean noteOrChordNotInterval(Tokens t, int i) {
    String word = t.at(i);
    // "tones of d7": a chord typed in lower case, unless an article or a direction makes it an interval.
    if (word.matches("d(6|7|9|11|13)")) {
      return !t.is(i - 1, "a", "an", "the") && !t.is(i + 1, "above", "below", "up", "down");
    }
    if (!word.matches("A\\d{1,2}")) {
      return false;
    }
    if (word.matches("A(6|7|9|11|13)")) {
      return true;
    }
    return t.words().stream().anyMatch(w -> !w.equals(word) && w.matches("[A-Ga-g](##|#|bb|b)?[0-8]"));
  }

  private static Optional<MusicEntity> count(Tokens t, int i) {
    String w = t.lower(i);
    if (DIGITS.matcher(w).matches()) {
      return Optional.of(new MusicEntity.Count(Integer.parseInt(w), i, i + 1));
    }
    if (COUNT_WORDS.contains(w)) {
      return Optional.of(new MusicEntity.Count(COUNT_WORDS.indexOf(w), i, i + 1));
    }
    if (w.equals("no") && t.is(i + 1, "sharps", "flats", "accidentals", "sharp", "flat")) {
      return Optional.of(new MusicEntity.Count(0, i, i + 1));
    }
    return Optional.empty();
  }

  /** A key, scale, chord or plain note that begins with a note name, or a chord symbol in one token. */
  private static Optional<MusicEntity> noteBased(Tokens t, int i) {
    if (LetterLabels.label(t, i)) {
      return Optional.empty();
    }
    Optional<NoteReader.Read> read = NoteReader.read(t, i);
    if (read.isEmpty()) {
      return symbol(t, i);
    }
    Note note = read.get().note();
    int after = t.is(read.get().end(), "-") ? read.get().end() + 1 : read.get().end();
    // "C altered scale" is a scale although "C altered" alone is a chord.
    Optional<MusicEntity> scale = scaleName(t, i, note, after, true);
    if (scale.isPresent()) {
      return scale;
    }
    Optional<MusicEntity> named = chordInWords(t, i, note.withoutOctave(), after);
    if (named.isPresent()) {
      return named;
    }
    scale = scaleName(t, i, note, after, false);
    if (scale.isPresent()) {
      return scale;
    }
    if (MODE_WORDS.contains(t.lower(after))) {
      return key(note, t.lower(after).startsWith("min") ? Key.Mode.MINOR : Key.Mode.MAJOR, i, after + 1);
    }
    if (t.is(i - 1, "of") && t.is(i - 2, "key")) {
      return key(note, Key.Mode.MAJOR, i, read.get().end());
    }
    return Optional.of(new MusicEntity.NoteName(note, i, read.get().end()));
  }

  /**
   * "B lydian", "A harmonic minor", "C major pentatonic scale"; with {@code saidScale}, only a name that ends in
   * "scale" or "mode". Plain major and minor are keys, not scales.
   */
  private static Optional<MusicEntity> scaleName(Tokens t, int first, Note tonic, int after, boolean saidScale) {
    for (int k = nameLength(t, after); k >= 1; k--) {
      boolean noun = t.is(after + k - 1, "scale", "mode", "scales", "modes");
      if (saidScale && (!noun || k == 1)) continue;
      Optional<ScaleType> type = ScaleType.parse(phrase(t, after, saidScale ? after + k - 1 : after + k));
      boolean plainKey = MODE_WORDS.contains(t.lower(after))
          && type.filter(s -> s == ScaleType.MAJOR || s == ScaleType.NATURAL_MINOR).isPresent();
      if (type.isPresent() && !plainKey) {
        try {
          return Optional.of(new MusicEntity.ScaleName(new Scale(tonic.withoutOctave(), type.get()), first, after + k));
        } catch (IllegalArgumentException tripleAccidentals) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** "a diminished seventh chord on C#", "minor triad built on F": the chord named before its root. */
  private static Optional<MusicEntity> chordOnRoot(Tokens t, int i) {
    for (int k = LONGEST_NAME - 1; k >= 1; k--) {
      int chordWord = i + k;
      // "a dominant 7th on A": no interval is dominant, so the chord word may go unsaid.
      boolean unsaid = t.is(i, "dominant") && t.is(chordWord, "on", "from", "built");
      if (!CHORD_WORDS.contains(t.lower(chordWord)) && !unsaid) continue;
      int after = unsaid ? chordWord : chordWord + 1;
      int on = t.is(after, "built") ? after + 1 : after;
      if (!t.is(on, "on", "from")) continue;
      Optional<NoteReader.Read> root = NoteReader.read(t, on + 1);
      Optional<Chord> chord = root.flatMap(r -> parse(r.note().withoutOctave() + " " + phrase(t, i, chordWord)));
      if (chord.isPresent()) {
        return Optional.of(new MusicEntity.ChordName(chord.get(), i, root.get().end()));
      }
    }
    return Optional.empty();
  }

  /** "lydian on C", "the major scale starting on D", "dorian mode from E": the scale named before its tonic. */
  private static Optional<MusicEntity> scaleOnTonic(Tokens t, int i) {
    for (int k = LONGEST_NAME - 1; k >= 1; k--) {
      Optional<ScaleType> type = ScaleType.parse(phrase(t, i, i + k));
      if (type.isEmpty()) continue;
      int on = t.is(i + k, "scale", "mode") ? i + k + 1 : i + k;
      if (t.is(on, "starting", "starts", "beginning", "begins", "built", "based")) on++;
      if (!t.is(on, "on", "from")) continue;
      Optional<NoteReader.Read> tonic = NoteReader.read(t, on + 1);
      if (tonic.isEmpty()) continue;
      try {
        return Optional.of(new MusicEntity.ScaleName(new Scale(tonic.get().note().withoutOctave(), type.get()), i,
            tonic.get().end()));
      } catch (IllegalArgumentException tripleAccidentals) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "C-major seventh", "Eb dominant seventh chord", "Ab minor triad"; a bare "C minor" is a key, not a chord. */
  private static Optional<MusicEntity> chordInWords(Tokens t, int first, Note root, int after) {
    for (int k = nameLength(t, after); k >= 1; k--) {
      if (after + k > t.size()) continue;
      boolean modeOnly = k == 1 && MODE_WORDS.contains(t.lower(after));
      boolean chordWordFollows = CHORD_WORDS.contains(t.lower(after + k));
      if (modeOnly && !chordWordFollows || CHORD_WORDS.contains(t.lower(after))) continue;
      Optional<Chord> chord = parse(root + " " + phrase(t, after, after + k));
      if (chord.isPresent()) {
        int end = chordWordFollows ? after + k + 1 : after + k;
        return Optional.of(new MusicEntity.ChordName(chord.get(), first, end));
      }
    }
    return Optional.empty();
  }

  private static Optional<MusicEntity> symbol(Tokens t, int i) {
    String word = t.at(i);
    if (!SYMBOL.matcher(word).matches() || ENGLISH.contains(word)
        && !CHORD_WORDS.contains(t.lower(i + 1)) || flatDegree(t, i)) {
      return Optional.empty();
    }
    // "g#11/a" typed in lower case: both the root and the bass are note letters.
    String spelled = Character.toUpperCase(word.charAt(0)) + SLASH_BASS.matcher(word.substring(1))
        .replaceFirst(m -> "/" + m.group(1).toUpperCase(Locale.ROOT));
    Optional<Chord> chord = parse(spelled);
    int end = CHORD_WORDS.contains(t.lower(i + 1)) ? i + 2 : i + 1;
    return chord.map(c -> new MusicEntity.ChordName(c, i, end));
  }

  /**
   * "why is b6 the most common borrowed note", "the b9 of a dominant": a lower-case b before a number is a lowered
   * degree, unless the word "chord" follows or a verb or preposition that takes a chord comes before ("spell b7").
   */
  private static boolean flatDegree(Tokens t, int i) {
    return FLAT_DEGREE.matcher(t.at(i)).matches() && !CHORD_WORDS.contains(t.lower(i + 1))
        && !t.is(i - 1, "spell", "play", "voice", "build", "of", "in", "on", "over");
  }

  private static Optional<MusicEntity> key(Note tonic, Key.Mode mode, int first, int end) {
    try {
      return Optional.of(new MusicEntity.KeyName(new Key(tonic, mode), first, end));
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.empty();
    }
  }

  private static Optional<Chord> parse(String text) {
    try {
      return ChordParser.parse(text);
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.empty();
    }
  }

  /** How many tokens from {@code after} could belong to a chord or scale name: up to a stop word or a note name. */
  private static int nameLength(Tokens t, int after) {
    int k = 0;
    while (k < LONGEST_NAME && after + k < t.size() && !NAME_STOPS.contains(t.lower(after + k))
        && !t.at(after + k).matches("[A-G](##|#|bb|b|x)?\\d?")) {
      k++;
    }
    return k;
  }

  /** Tokens from {@code from} to {@code to} as words, hyphens kept inside ("half-diminished"). */
  private static String phrase(Tokens t, int from, int to) {
    if (from >= t.size() || to > t.size() || t.words().subList(from, to).contains(",") || t.is(to - 1, "-")) {
      return "\u0000";
    }
    return t.join(from, to).replace(" - ", "-");
  }
}
