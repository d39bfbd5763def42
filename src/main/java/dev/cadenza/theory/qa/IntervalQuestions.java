package dev.cadenza.theory.qa;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "interval between F# and E flat?", "C up to G?" and "what is a major third above C?". */
final class IntervalQuestions {
  private static final String NOTE = "(" + ProsePatterns.NOTE + "(?:-?\\d(?![\\w]))?)";
  private static final Pattern BETWEEN =
      Pattern.compile("(?i:between)\\s+" + NOTE + "\\s+(?i:and)\\s+" + NOTE + "(?![\\w#])");
  private static final Pattern FROM_TO = Pattern.compile(
      "(?<![\\w#])" + NOTE + "\\s*(?:(?i:up\\s+to|to)\\s+|[-–]\\s*)" + NOTE + "(?![\\w#])");
  private static final String INTERVAL_WORDS = "((?i:(?:doubly\\s+)?"
      + "(?:augmented|diminished|major|minor|perfect|aug|dim|maj|min)"
      + "\\s+[a-z0-9-]+|octave|unison)|(?:dd|d|m|P|M|A|AA)\\d{1,2})";
  private static final Pattern ABOVE = Pattern.compile(
      INTERVAL_WORDS + "\\s+(?i:(above|below|up\\s+from|down\\s+from|over|under))\\s+" + NOTE + "(?![\\w#])");

  private static final Pattern SIZE = Pattern.compile("(?i:how\\s+many\\s+(?:semitones|half[\\s-]steps)\\s+(?:are\\s+)?(?:there\\s+)?"
      + "(?:in|does|make\\s+up)\\s+(?:an?\\s+|the\\s+)?)" + INTERVAL_WORDS);
  private static final Pattern INVERSION = Pattern.compile("(?i:\\binver(?:sion|ted|t)\\s+(?:of\\s+)?(?:an?\\s+|the\\s+)?)" + INTERVAL_WORDS
      + "|" + INTERVAL_WORDS + "(?i:\\s+(?:inverts|inverted)\\b)");

  private IntervalQuestions() {}

  /** "How many semitones in a perfect fifth?" and "what is the inversion of a major third?". */
  static Optional<TheoryAnswer> aboutAnInterval(String question) {
    String text = QuestionText.clean(question);
    Matcher size = SIZE.matcher(text);
    if (size.find()) {
      return IntervalNames.parse(size.group(1)).map(interval -> describe(interval, Prose.capitalise(Prose.withArticle(interval.name()))
          + " (" + interval.shortName() + ") spans " + interval.semitones() + " semitone" + (interval.semitones() == 1 ? "" : "s")
          + " and " + interval.number() + " letter names; it inverts to " + Prose.withArticle(interval.inversion().name()) + " ("
          + interval.inversion().shortName() + ")."));
    }
    Matcher inversion = INVERSION.matcher(text);
    if (inversion.find()) {
      String named = inversion.group(1) != null ? inversion.group(1) : inversion.group(2);
      return IntervalNames.parse(named).map(interval -> {
        Interval inverted = interval.inversion();
        Interval simple = interval.simple();
        return describe(interval, Prose.capitalise(Prose.withArticle(interval.name())) + " (" + interval.shortName() + ") inverts to "
            + Prose.withArticle(inverted.name()) + " (" + inverted.shortName() + "): the numbers add up to 9 (" + simple.number()
            + " + " + inverted.number() + ") and the semitones to 12 (" + simple.semitones() + " + " + inverted.semitones() + ").");
      });
    }
    return Optional.empty();
  }

  private static TheoryAnswer describe(Interval interval, String answer) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("interval", interval.shortName());
    details.put("name", interval.name());
    details.put("semitones", interval.semitones());
    details.put("inversion", interval.inversion().shortName());
    return new TheoryAnswer(Intent.INTERVAL, answer, List.of(), details);
  }

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    Matcher above = ABOVE.matcher(text);
    if (above.find()) {
      Optional<Interval> interval = IntervalNames.parse(above.group(1));
      if (interval.isPresent()) {
        return noteByInterval(interval.get(), above.group(2).toLowerCase(Locale.ROOT), Note.parse(above.group(3)));
      }
    }
    Matcher between = BETWEEN.matcher(text);
    if (between.find()) {
      return between(Note.parse(between.group(1)), Note.parse(between.group(2)));
    }
    Matcher fromTo = FROM_TO.matcher(text);
    if (QuestionText.notes(text).size() == 2 && fromTo.find()) {
      return between(Note.parse(fromTo.group(1)), Note.parse(fromTo.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<TheoryAnswer> between(Note first, Note second) {
    boolean swap = first.hasOctave() && second.hasOctave() && second.diatonicIndex() < first.diatonicIndex();
    Note lower = swap ? second : first;
    Note upper = swap ? first : second;
    Interval interval;
    try {
      interval = Interval.between(lower, upper);
    } catch (IllegalArgumentException beyondDoubleAugmented) {
      return Optional.empty();
    }
    Interval inversion = interval.inversion();
    String answer = "From " + lower + " up to " + upper + " is " + Prose.withArticle(interval.name())
        + " (" + interval.shortName() + "): " + interval.semitones() + " semitone"
        + (interval.semitones() == 1 ? "" : "s") + " across " + Prose.count(interval.number()) + " letter names. ";
    answer += interval.isCompound()
        ? "Reduced to within an octave it is " + Prose.withArticle(interval.simple().name()) + " ("
            + interval.simple().shortName() + ")."
        : "Its inversion, " + upper.withoutOctave() + " up to " + lower.withoutOctave() + ", is "
            + Prose.withArticle(inversion.name()) + " (" + inversion.shortName() + ").";
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("interval", interval.shortName());
    details.put("name", interval.name());
    details.put("semitones", interval.semitones());
    details.put("inversion", inversion.shortName());
    details.put("from", lower.toString());
    details.put("to", upper.toString());
    return Optional.of(new TheoryAnswer(Intent.INTERVAL, answer, List.of(lower.toString(), upper.toString()), details));
  }

  private static Optional<TheoryAnswer> noteByInterval(Interval interval, String direction, Note from) {
    boolean up = direction.startsWith("above") || direction.startsWith("up") || direction.equals("over");
    Note result;
    try {
      result = up ? from.transpose(interval) : from.transposeDown(interval);
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
    String answer = Prose.capitalise(Prose.withArticle(interval.name())) + " (" + interval.shortName() + ") "
        + (up ? "above " : "below ") + from + " is " + result + ".";
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("interval", interval.shortName());
    details.put("direction", up ? "above" : "below");
    details.put("from", from.toString());
    details.put("result", result.toString());
    return Optional.of(new TheoryAnswer(Intent.INTERVAL, answer, List.of(from.toString(), result.toString()), details));
  }
}
