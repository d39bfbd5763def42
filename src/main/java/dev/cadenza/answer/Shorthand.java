package dev.cadenza.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Students' shorthand ("tritone sub", "recap", "RH", "cadential 64") written out in the words the corpus uses, so
 * that retrieval, the coverage check and the composer see the terms the passages contain. Only the text that is
 * searched and composed from is expanded: the question shown back is the student's own, and the computable
 * readers keep theirs, since "V65", "C6/9" and "Cmaj7" are symbols there, not shorthand. Each rule is one row.
 */
public final class Shorthand {
  /** Words after which a bare figure such as 64 or 65 names an inversion, not a number. */
  private static final String CHORD_WORD = "(?:cadential|passing|pedal|neighbou?r|arpeggiated|auxiliary|chord|triad"
      + "|seventh|[iv]{1,3}[°oø]?)";
  /** Words that make a slashed figure a time signature ("6/4 time"), never an inversion. */
  private static final String METER_WORD = "\\s+(?:time|meter|metre|signature|bar|bars|measure|measures)\\b";
  /** Words after a figure that make it an inversion ("6/4 chord"). */
  private static final String CHORD_NOUN = "\\s+(?:chord|chords|inversion|position|figure|figures)\\b";
  /** Words anywhere in the question that put its figures in figured-bass context. */
  private static final Pattern FIGURED_CONTEXT = Pattern.compile("(?i)\\b(?:figured|figures?|inversions?|chords?)\\b");

  private record Rule(Pattern pattern, String replacement) {
    static Rule words(String regex, String replacement) {
      return new Rule(Pattern.compile("(?i)(?<![\\w#/-])(?:" + regex + ")(?![\\w#/-])"), replacement);
    }
  }

  private static final List<Rule> RULES = List.of(
      Rule.words("how come", "why"),
      Rule.words("u", "you"),
      Rule.words("pls|plz", "please"),
      Rule.words("diff", "difference"),
      Rule.words("subs", "substitutions"),
      Rule.words("sub(?!\\s+(?:dominant|mediant|tonic))", "substitution"),
      Rule.words("recap", "recapitulation"),
      Rule.words("expo", "exposition"),
      new Rule(Pattern.compile("(?<![\\w-])RH(?![\\w-])|(?i)\\br\\.h\\."), "right hand"),
      new Rule(Pattern.compile("(?<![\\w-])LH(?![\\w-])|(?i)\\bl\\.h\\."), "left hand"),
      Rule.words("progs", "progressions"),
      Rule.words("prog", "progression"),
      Rule.words("dom", "dominant"),
      Rule.words("maj", "major"),
      Rule.words("min", "minor"),
      Rule.words("dim", "diminished"),
      Rule.words("aug", "augmented"),
      Rule.words("upper[ -]case", "uppercase"),
      Rule.words("lower[ -]case", "lowercase"));

  /** A bare figure after a chord word: "cadential 64", "V 65", "a 6-4 chord". */
  private static final List<String[]> FIGURES = List.of(
      new String[] {"6-?4", "six-four (6/4)"}, new String[] {"6-?5", "six-five (6/5)"},
      new String[] {"4-?3", "four-three (4/3)"}, new String[] {"4-?2", "four-two (4/2)"});
  /** Slashed figures: 6/5 and 4/3 are never meters; 6/4 and 4/2 are when the question does not say chord. */
  private static final List<String[]> SLASHED = List.of(
      new String[] {"6/5", "six-five"}, new String[] {"4/3", "four-three"},
      new String[] {"6/4", "six-four"}, new String[] {"4/2", "four-two"});

  private Shorthand() {}

  /** The text with every shorthand written out; text without any comes back unchanged. */
  public static String expand(String text) {
    String out = text;
    for (Rule rule : RULES) {
      out = rule.pattern().matcher(out).replaceAll(rule.replacement());
    }
    for (String[] figure : FIGURES) {
      out = replace(out, "(?i)(?<=(?<![\\w/])" + CHORD_WORD + "\\s)" + figure[0] + "(?![\\w/-])", figure[1]);
      out = replace(out, "(?<![\\w/-])" + figure[0] + "(?=" + CHORD_NOUN + ")", figure[1]);
    }
    boolean figured = FIGURED_CONTEXT.matcher(text).find();
    for (String[] slashed : SLASHED) {
      boolean neverMeter = slashed[0].equals("6/5") || slashed[0].equals("4/3");
      if (neverMeter || figured) {
        out = replace(out, "(?i)(?<![\\w/(])" + slashed[0] + "(?![\\w/(])(?!" + METER_WORD + ")(?!\\s\\()",
            slashed[0] + " (" + slashed[1] + ")");
      }
    }
    return out;
  }

  private static String replace(String text, String regex, String replacement) {
    return Pattern.compile(regex).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
  }
}
