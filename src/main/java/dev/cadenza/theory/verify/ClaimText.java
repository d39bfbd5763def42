package dev.cadenza.theory.verify;

import dev.cadenza.theory.Accidentals;
import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.text.QuestionText;
import dev.cadenza.theory.text.SentenceBounds;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared text handling for claim extractors: sentence bounds and the phrase right before a verb. */
final class ClaimText {
  private static final Pattern WORD_START = Pattern.compile("(?<![\\w#/+-])[A-G]");
  private static final Pattern OMISSION = Pattern.compile(
      "(?i)\\b(omit|omits|omitted|omitting|without|leave\\s+out|leaves\\s+out|left\\s+out|drop|drops|dropped"
          + "|no\\s+\\d|no\\s+(?:3rd|5th|9th|11th|13th|third|fifth|ninth|eleventh|thirteenth)|shell|incomplete"
          + "|rootless|voicing|voicings|voiced|upper\\s+structure|guide\\s+tones|partial|some\\s+of)\\b");
  private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:^|[,(:;\"'\\u2014\\u2013]"
      + "|\\b(?:a|an|the|of|in|this|that"
      + "|its|chord|triad|scale|mode|example|e\\.g\\.|say|so|thus|here|now|then|and\\s+so))\\s*$");

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
    return text.charAt(start) == 'A' && (start + 1 == text.length() || text.charAt(start + 1) == ' ')
        && text.substring(sentence, start).replaceAll("[\\s\"'(]", "").isEmpty();
  }

  /**
   * Whether the phrase at {@code start} opens its clause: at the sentence start, after punctuation, or
   * after an article or "of" ("the notes of a G7 chord"). A phrase after "and", "or", "versus" or a verb
   * ("Compare Cmaj7 and Am7: ...") is one of several subjects, so its list cannot be judged.
   */
  static boolean opensClause(String text, int sentence, int start) {
    return LEAD_IN.matcher(text.substring(sentence, start)).find();
  }

  /** A phrase found at [start, end) with what it was read as. */
  record Found<T>(T value, int start, int end) {}

  /**
   * The longest phrase that ends exactly at {@code end}, starts at a note letter after {@code from}, and
   * that {@code reader} accepts; earlier starts are tried first.
   */
  static <T> Optional<Found<T>> phraseEndingAt(String text, int from, int end, Function<String, Optional<T>> reader) {
    Matcher m = WORD_START.matcher(text).region(from, end);
    while (m.find()) {
      String phrase = text.substring(m.start(), end);
      if (phrase.length() > 60) {
        continue;
      }
      Optional<T> value = read(reader, phrase);
      if (value.isPresent()) {
        return Optional.of(new Found<>(value.get(), m.start(), end));
      }
    }
    return Optional.empty();
  }

  /** The longest chord symbol or name starting at {@code start} (after spaces), ending at a word end. */
  static Optional<Found<Chord>> chordStartingAt(String text, int start) {
    int s = start;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    if (s >= text.length() || "ABCDEFG".indexOf(text.charAt(s)) < 0) {
      return Optional.empty();
    }
    for (QuestionText.Phrase phrase : QuestionText.phrasesFrom(text, s)) {
      Optional<Chord> chord = read(ChordParser::parse, phrase.text());
      if (chord.isPresent()) {
        return Optional.of(new Found<>(chord.get(), phrase.start(), phrase.end()));
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<T> read(Function<String, Optional<T>> reader, String phrase) {
    try {
      return reader.apply(phrase);
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
