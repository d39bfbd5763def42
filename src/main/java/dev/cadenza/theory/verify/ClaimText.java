package dev.cadenza.theory.verify;

import dev.cadenza.theory.Accidentals;
import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.text.SentenceBounds;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared text handling for claim extractors: sentence bounds and the phrase right before a verb. */
final class ClaimText {
  /** The characters {@code \\s} matches. */
  private static final String REGEX_SPACE = " \t\n\u000B\f\r";
  /** The longest phrase read before a verb. */
  private static final int LONGEST_PHRASE = 60;
  /** The longest lead-in word ("example") with room for "and so". */
  private static final int LEAD_IN_WINDOW = 16;
  private static final Pattern OMISSION = Pattern.compile(
      "(?i)\\b(omit|omits|omitted|omitting|without|leave\\s+out|leaves\\s+out|left\\s+out|drop|drops|dropped"
          + "|no\\s+\\d|no\\s+(?:3rd|5th|9th|11th|13th|third|fifth|ninth|eleventh|thirteenth)|shell|incomplete"
          + "|rootless|voicing|voicings|voiced|upper\\s+structure|guide\\s+tones|partial|some\\s+of)\\b");
  private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:[,(:;\"'\\u2014\\u2013]"
      + "|\\b(?:a|an|the|of|in|this|that"
      + "|its|chord|triad|scale|mode|example|e\\.g\\.|say|so|thus|here|now|then|and\\s+so))$");

  private ClaimText() {}

  /**
   * Length-preserving clean-up so offsets stay valid: ASCII accidentals (♯ to #, 𝄪 to ##), a natural
   * sign becomes a space.
   */
  static String clean(String text) {
    return Accidentals.asciify(text.replace("♮", " "));
  }

  /** Whether the sentence around {@code position} says that tones are left out. */
  static boolean mentionsOmission(String text, int position) {
    return OMISSION.matcher(text.substring(SentenceBounds.start(text, position), SentenceBounds.end(text, position))).find();
  }

  /**
   * Whether the capital A at {@code start} opens its sentence and stands alone, so that it reads as the
   * article ("A chord is ...", "A minor key has ...") as much as a note name.
   */
  static boolean articleA(String text, int sentence, int start) {
    if (text.charAt(start) != 'A' || start + 1 < text.length() && text.charAt(start + 1) != ' ') {
      return false;
    }
    int i = start;
    while (i > sentence && (REGEX_SPACE.indexOf(text.charAt(i - 1)) >= 0 || "\"'(".indexOf(text.charAt(i - 1)) >= 0)) {
      i--;
    }
    return i == sentence;
  }

  /**
   * Whether the phrase at {@code start} opens its clause: at the sentence start, after punctuation, or
   * after an article or "of" ("the notes of a G7 chord"). A phrase after "and", "or", "versus" or a verb
   * ("Compare Cmaj7 and Am7: ...") is one of several subjects, so its list cannot be judged.
   */
  static boolean opensClause(String text, int sentence, int start) {
    int end = start;
    while (end > sentence && REGEX_SPACE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == sentence || LEAD_IN.matcher(text).region(Math.max(sentence, end - LEAD_IN_WINDOW), end)
        .useTransparentBounds(true).find();
  }

  /** A phrase found at [start, end) with what it was read as. */
  record Found<T>(T value, int start, int end) {}

  /**
   * The music entity (note, chord, key or scale, as {@link EntityRecogniser} reads it) that ends exactly at
   * {@code end}, spaces aside, or at {@code through}: the text is read from at most {@value #LONGEST_PHRASE}
   * characters before {@code end} (after {@code from}) through the noun ("chord", "scale") that may follow,
   * so that "a major scale" is read with its noun as no scale in particular.
   */
  static Optional<Found<MusicEntity>> entityEndingAt(String text, int from, int end, int through) {
    int last = end;
    while (last > from && REGEX_SPACE.indexOf(text.charAt(last - 1)) >= 0) {
      last--;
    }
    int first = Math.max(from, last - LONGEST_PHRASE);
    // Begin at a word start, so the cut does not turn the end of a word into a note.
    while (first > from && first < last && Character.isLetterOrDigit(text.charAt(first - 1))) {
      first++;
    }
    List<EntityRecogniser.Located> found = EntityRecogniser.locate(text.substring(first, Math.max(last, through)));
    if (found.isEmpty() || first + found.getLast().end() != last && first + found.getLast().end() != through) {
      return Optional.empty();
    }
    EntityRecogniser.Located entity = found.getLast();
    return Optional.of(new Found<>(entity.entity(), first + entity.start(), first + entity.end()));
  }

  /** The chord (a symbol, a chord in words, or a key's tonic triad) that starts at {@code start}, after spaces. */
  static Optional<Found<Chord>> chordStartingAt(String text, int start) {
    int s = start;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    if (s >= text.length() || "ABCDEFG".indexOf(text.charAt(s)) < 0) {
      return Optional.empty();
    }
    int to = Math.min(text.length(), SentenceBounds.end(text, s));
    List<EntityRecogniser.Located> found = EntityRecogniser.locate(text.substring(s, Math.min(to, s + LONGEST_PHRASE)));
    if (found.isEmpty() || found.getFirst().start() != 0) {
      return Optional.empty();
    }
    int from = s;
    EntityRecogniser.Located first = found.getFirst();
    return chordOf(first.entity(), true).map(chord -> new Found<>(chord, from, from + first.end()));
  }

  /**
   * The chord an entity names: a chord, or with {@code chordMeant} (the word "chord" follows, or the place
   * only takes a chord) a key's tonic triad or a note's major triad.
   */
  static Optional<Chord> chordOf(MusicEntity entity, boolean chordMeant) {
    return switch (entity) {
      case MusicEntity.ChordName c -> Optional.of(c.chord());
      case MusicEntity.KeyName k when chordMeant ->
          read(key -> Optional.of(Chord.of(key.tonic(), key.mode() == Key.Mode.MAJOR ? ChordType.MAJOR : ChordType.MINOR)),
              k.key());
      case MusicEntity.NoteName n when chordMeant && !n.note().hasOctave() ->
          read(note -> Optional.of(Chord.of(note, ChordType.MAJOR)), n.note());
      default -> Optional.empty();
    };
  }

  /** The scale a phrase names, also when it names a chord too ("C altered", "C half-diminished"). */
  static Optional<Scale> scaleNamed(String phrase) {
    return read(p -> Optional.of(Scale.parse(p)), phrase);
  }

  private static <S, T> Optional<T> read(Function<S, Optional<T>> reader, S value) {
    try {
      return reader.apply(value);
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.empty();
    }
  }
}
