package dev.cadenza.theory.verify;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interval claims: "from C to E is a major third", "C up to G is a perfect fifth", "the interval
 * between C and G is a perfect fifth" (either direction counts), "E is a major third above C", "a
 * perfect fifth above D is A". Without octaves, a compound name is accepted for its simple interval
 * (C to D "is a major ninth"), and a unison for an octave.
 */
final class IntervalClaims {
  static final String KIND = "interval";
  private static final String NOTE = "(" + ProsePatterns.NOTE + "\\d?)(?![\\w#])";
  private static final String NUMBER_WORD = "(?:unison|second|third|fourth|fifth|sixth|seventh|octave|ninth|tenth"
      + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|\\d{1,2}(?:st|nd|rd|th))";
  private static final String INTERVAL = "(?<![\\w#])((?i:an?\\s+)?"
      + "(?:(?i:(?:doubly\\s+)?(?:augmented|diminished|major|minor"
      + "|perfect)\\s+" + NUMBER_WORD + "|octave|unison|tritone|" + NUMBER_WORD + ")|(?:dd|d|m|P|M|A|AA)\\d{1,2})"
      + "(?![\\w-]))";
  private static final String VERB = "\\s+(?i:is|makes|forms|gives|spans)\\s+";
  private static final Pattern FROM_TO = Pattern.compile("(?<![\\w#])(?i:(?:the\\s+interval\\s+)?from\\s+)?" + NOTE
      + "\\s+(?i:(up|down)\\s+)?(?i:to)\\s+" + NOTE + ",?" + VERB + INTERVAL);
  private static final Pattern BETWEEN = Pattern.compile("(?i:between)\\s+" + NOTE + "\\s+(?i:and)\\s+" + NOTE
      + ",?" + VERB + INTERVAL);
  private static final Pattern DASH =
      Pattern.compile("(?<![\\w#-])" + NOTE + "\\s*[-–]\\s*" + NOTE + VERB + INTERVAL);
  private static final Pattern ABOVE = Pattern.compile("(?<![\\w#])" + NOTE + VERB + INTERVAL
      + "\\s+(?i:(above|below))\\s+" + NOTE);
  private static final Pattern ABOVE_IS = Pattern.compile(INTERVAL + "\\s+(?i:(above|below))\\s+" + NOTE
      + VERB.replace("|makes|forms|gives|spans", "") + NOTE);

  private IntervalClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = FROM_TO.matcher(text);
    while (m.find()) {
      boolean down = m.group(2) != null && m.group(2).equalsIgnoreCase("down");
      add(claims, text, m, down ? m.group(3) : m.group(1), down ? m.group(1) : m.group(3), false, 4);
    }
    m = BETWEEN.matcher(text);
    while (m.find()) {
      add(claims, text, m, m.group(1), m.group(2), true, 3);
    }
    m = DASH.matcher(text);
    while (m.find()) {
      add(claims, text, m, m.group(1), m.group(2), false, 3);
    }
    m = ABOVE.matcher(text);
    while (m.find()) {
      boolean above = m.group(3).equalsIgnoreCase("above");
      add(claims, text, m, above ? m.group(4) : m.group(1), above ? m.group(1) : m.group(4), false, 2);
    }
    m = ABOVE_IS.matcher(text);
    while (m.find()) {
      boolean above = m.group(2).equalsIgnoreCase("above");
      add(claims, text, m, above ? m.group(3) : m.group(4), above ? m.group(4) : m.group(3), false, 1);
    }
    return claims;
  }

  private static void add(List<Claim> claims, String text, Matcher m, String lower, String upper,
      boolean eitherWay, int intervalGroup) {
    Note first = Note.parse(lower);
    Note second = Note.parse(upper);
    boolean reversed = eitherWay && measure(first, second).isEmpty();
    Note low = reversed ? second : first;
    Note high = reversed ? first : second;
    Optional<Interval> actual = measure(low, high);
    String phrase = m.group(intervalGroup);
    int phraseStart = m.start(intervalGroup);
    if (actual.isEmpty()) {
      claims.add(Claim.of(text, KIND, Verdict.UNCHECKED, null, m.start(), m.end(), null));
      return;
    }
    boolean octaves = low.hasOctave() && high.hasOctave();
    Optional<Boolean> fits = judge(phrase, actual.get(), octaves);
    if (eitherWay && !fits.orElse(true)) {
      fits = measure(high, low).flatMap(i -> judge(phrase, i, octaves));
    }
    Verdict verdict = fits.isEmpty() ? Verdict.UNCHECKED : fits.get() ? Verdict.CORRECT : Verdict.INCORRECT;
    String expected = verdict == Verdict.CORRECT
        ? IntervalNames.parse(words(phrase)).map(Interval::name).orElse(actual.get().name())
        : actual.get().name();
    boolean article = phrase.toLowerCase(Locale.ROOT).matches("an?\\s.*");
    String replacement = article ? Prose.withArticle(expected) : expected;
    if (Character.isUpperCase(phrase.charAt(0))) {
      replacement = Prose.capitalise(replacement);
    }
    String correction = text.substring(m.start(), phraseStart) + replacement
        + text.substring(m.start(intervalGroup) + phrase.length(), m.end());
    claims.add(Claim.of(text, KIND, verdict, expected, m.start(), m.end(), correction));
  }

  private static Optional<Interval> measure(Note lower, Note upper) {
    try {
      return Optional.of(Interval.between(lower, upper));
    } catch (IllegalArgumentException unnamed) {
      return Optional.empty();
    }
  }

  /** Whether the named interval fits; empty when the name cannot be read. */
  private static Optional<Boolean> judge(String phrase, Interval actual, boolean octaves) {
    String words = words(phrase);
    if (words.equalsIgnoreCase("tritone")) {
      return Optional.of(actual.semitones() % 12 == 6);
    }
    Optional<Interval> claimed = IntervalNames.parse(words);
    if (claimed.isPresent()) {
      return Optional.of(octaves ? claimed.get().equals(actual)
          : sameClass(claimed.get().number(), actual.number())
              && Math.floorMod(claimed.get().semitones() - actual.semitones(), 12) == 0);
    }
    return IntervalNames.number(words)
        .map(n -> octaves ? n == actual.number() : sameClass(n, actual.number()));
  }

  private static String words(String phrase) {
    return phrase.replaceFirst("(?i)^an?\\s+", "").replaceAll("\\s+", " ");
  }

  private static boolean sameClass(int a, int b) {
    return (a - 1) % 7 == (b - 1) % 7;
  }
}
