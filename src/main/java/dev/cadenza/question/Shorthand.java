package dev.cadenza.question;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    // Letters are any alphabet's (?U): the "r" of "Für Elise" is no student's "are".
    static Rule words(String regex, String replacement) {
      return new Rule(Pattern.compile("(?iU)(?<![\\w#/-])(?:" + regex + ")(?![\\w#/-])"), replacement);
    }

    /** "b6" as lead sheets write a lowered degree, in lower case and not named a chord ("a b6 chord" is B6). */
    static Rule flatDegree(int degree, String ordinal) {
      return new Rule(Pattern.compile("(?<![\\w#/-])b" + degree + "(?![\\w#/-])(?!\\s+chords?\\b)"), "$0 (lowered " + ordinal + ")");
    }
  }

  private static final List<Rule> RULES = List.of(
      Rule.words("how come", "why"),
      Rule.words("u", "you"),
      // Lower case and without a dot: "R.H." is the right hand.
      new Rule(Pattern.compile("(?U)(?<![\\w.#/-])r(?![\\w.#/-])"), "are"),
      Rule.words("pls|plz", "please"),
      Rule.words("diff", "difference"),
      // Misspellings of the words that make a question a comparison, which is read before any spelling is matched.
      Rule.words("diff?rent|differnt|diferent", "different"),
      Rule.words("diff?rence|differnce|diference", "difference"),
      Rule.words("subs", "substitutions"),
      Rule.words("sub(?!\\s+(?:dominant|mediant|tonic))", "substitution"),
      Rule.words("recap", "recapitulation"),
      Rule.words("expo", "exposition"),
      // "R.H." and "L.H." with dots are the scores' own marks, which the piano glossary names as written.
      new Rule(Pattern.compile("(?<![\\w.-])RH(?![\\w.-])"), "right hand"),
      new Rule(Pattern.compile("(?<![\\w.-])LH(?![\\w.-])"), "left hand"),
      Rule.words("progs", "progressions"),
      Rule.words("prog", "progression"),
      // Chord-symbol suffixes no passage uses ("maj7 vs dom7 by ear", "a dom 7 chord"); "maj7" and "m7b5" head rows
      // of their tables, "maj 7" is read as words.
      Rule.words("dom ?7", "dominant seventh"),
      Rule.words("min ?7", "minor seventh"),
      Rule.words("maj 7", "major seventh"),
      Rule.words("dom", "dominant"),
      Rule.words("maj", "major"),
      Rule.words("min", "minor"),
      Rule.words("dim", "diminished"),
      Rule.words("aug", "augmented"),
      // Score marks typed as they are printed ("rit accel a tempo meaning").
      Rule.words("rit|ritard", "ritardando"),
      Rule.words("rall", "rallentando"),
      Rule.words("accel", "accelerando"),
      Rule.words("cresc", "crescendo"),
      Rule.words("decresc", "decrescendo"),
      // Slang for an error ("messed up a note while sight singing"): the passages say "mistake".
      Rule.words("mess(?:ed|ing)? up|screw(?:ed|ing)? up|mess(?:ed)? it up", "make a mistake"),
      Rule.words("sax(?:es)?", "saxophone"),
      Rule.flatDegree(2, "second"),
      Rule.flatDegree(3, "third"),
      Rule.flatDegree(6, "sixth"),
      Rule.flatDegree(7, "seventh"),
      // "why leave the 3rd out of 11 chords": a chord named by its top number is an eleventh chord (a count of seven
      // chords or fewer is more likely than of nine or more).
      Rule.words("(9|11|13)\\s+(chords?)", "$1th $2"),
      // "on the way down" is how the scale pages' "descending" is asked.
      Rule.words("on\\s+the\\s+way\\s+down", "$0 (descending)"),
      Rule.words("on\\s+the\\s+way\\s+up", "$0 (ascending)"),
      // "what does alt mean on a chart": the pages write the altered dominant and its scale in full.
      Rule.words("alt", "$0 (altered)"),
      // Chords "a step apart" are a second apart, as the voice-leading pages count roots.
      Rule.words("(?:a\\s+)?(?:whole\\s+|half\\s+)?steps?\\s+apart", "$0 (a second apart)"),
      // Named accidentals: the accidental pages say "accidental", the key-signature pages share "sharp" and "flat".
      Rule.words("double[ -]?(?:sharps?|flats?)|natural signs?", "$0 (accidental)"),
      // A sharp or flat put on one note ("if i sharp an F", "a flat is on the B"), or asked how long it lasts ("does the
      // sharp also count"), is an accidental, not a key's signature.
      Rule.words("(?:sharp|flat|natural)(?:en)?s?\\s+(?:(?:(?:(?:is|was|sign)\\s+)?(?:on|before|in\\s+front\\s+of)\\s+)?(?:an?|the)\\s+[A-G]"
          + "|(?:also\\s+|still\\s+)?(?:count|carr(?:y|ies)|last|appl(?:y|ies)|hold)s?)", "$0 (accidental)"),
      // A name made of stop words: retrieval would see only "chord".
      Rule.words("so what (?:chord|voicing)", "So What voicing (quartal voicing)"),
      // A top number of 5, 7, 11 or 13 cannot be split into equal groups: retrieval reads "7/8" as two numbers, the
      // passages call such meters asymmetric.
      new Rule(Pattern.compile("(?<![\\w/])(?:5|7|11|13)/(?:4|8|16)(?![\\w/])"), "$0 (asymmetric meter)"),
      // A meter's name is its signature, which is how the counting passages write it ("In 2/2 the counting shifts").
      Rule.words("cut time|alla breve", "$0 (2/2)"),
      Rule.words("common time", "$0 (4/4)"),
      Rule.words("2[ -]?5[ -]?1", "ii V I"),
      Rule.words("(?:2|two) dots", "double dot"),
      Rule.words("barlines?", "$0 (bar line)"),
      // A phrase's or an exercise's ending is what the passages call its cadence ("how does the ending work"); the
      // first and second endings of a repeat are another thing, and so is "ending up" somewhere.
      Rule.words("(?<!(?:first|second|1st|2nd)\\s)ending(?!\\s+up\\b)", "ending cadence"),
      Rule.words("upper[ -]case", "uppercase"),
      Rule.words("lower[ -]case", "lowercase"));

  /** Ordinals in digits ("min 7th"): the passages name intervals and chord members in words ("minor seventh"). */
  private static final List<Rule> ORDINALS = Terms.ORDINALS.entrySet().stream()
      .map(e -> Rule.words(e.getKey(), e.getValue())).toList();

  /**
   * A bare figure after a chord word: "cadential 64", "V 65", "a 6-4 chord". Each is written as the corpus writes
   * it: six-four in words (the chord's English name), the seventh-chord figures as slashed digits.
   */
  private static final List<Rule> FIGURES = Stream.of(
      new String[] {"6-?4", "six-four"}, new String[] {"6-?5", "6/5"},
      new String[] {"4-?3", "4/3"}, new String[] {"4-?2", "4/2"})
      .flatMap(figure -> Stream.of(
          literal("(?i)(?<=(?<![\\w/])" + CHORD_WORD + "\\s)" + figure[0] + "(?![\\w/-])", figure[1]),
          literal("(?<![\\w/-])" + figure[0] + "(?=" + CHORD_NOUN + ")", figure[1])))
      .toList();
  /** A figure "6/4" not followed by a meter word, where the question speaks of chords or figures. */
  private static final Rule SIX_FOUR = literal("(?<![\\w/(])6/4(?![\\w/(])(?!" + METER_WORD + ")", "6/4 (six-four)");

  /**
   * An interval named by quality and size ("diff between major and minor third"): the interval pages say "interval",
   * the key and chord pages, which share "major", "minor" and "third", mostly do not. A size before "chord", "species",
   * "degree" or "mode" names something else, and so does a "fully" or "half" diminished seventh.
   */
  /**
   * A chord's root or kind said just before: "Gb major seventh", "C minor major seventh", "C# major seventh sonority",
   * "German augmented sixth" name chords. A lower-case letter counts only with its accidental ("gb"), since "a major
   * third" is an interval.
   */
  private static final String CHORD_ROOT_BEFORE = "(?<!(?-i:\\b[B-G](?:#{1,2}|b{1,2}|x)?)\\s)"
      // "A" alone opening the question is the article: "A major third above D?"
      + "(?<!(?-i:\\bA(?:#{1,2}|b{1,2}|x))\\s)(?<!(?-i:\\sA)\\s)"
      + "(?<!(?-i:\\b[a-g](?:#{1,2}|b{1,2}|x))\\s)(?<!\\b(?:minor|major|german|french|italian|swiss)\\s)";
  private static final Pattern INTERVAL_NAMED = Pattern.compile(
      "(?i)(?<!\\b(?:fully|half)[\\s-])" + CHORD_ROOT_BEFORE + "\\b(?:major|minor|perfect|augmented|diminished)(?:\\s*(?:,|and|or|vs\\.?)\\s*(?:major|minor|perfect|augmented"
          + "|diminished))*\\s+(?:second|third|fourth|fifth|sixth|seventh|octave|unison)s?\\b(?!\\s+(?:chords?|triads?"
          + "|species|degrees?|modes?|scales?|intervals?|inversions?)\\b)");

  /**
   * A size after "a" or "an" alone ("why is a 4th dissonant", "is an octave a perfect consonance") names an interval,
   * unless a noun after it makes it an ordinal ("a fourth species", "a third time") or it moves a note ("an F an octave
   * higher" is about register). "A seventh" is as often a chord's seventh ("why does a seventh resolve down"), so it
   * is not read as an interval.
   */
  private static final Pattern INTERVAL_BY_SIZE = Pattern.compile(
      "(?i)\\b(?:a|an)\\s+(?:second|third|fourth|fifth|sixth|octave)\\b(?!\\s*\\()(?!\\s+(?:chords?|triads?|species|degrees?"
          + "|modes?|scales?|intervals?|inversions?|positions?|times?|voices?|notes?|beats?|bars?|measures?|endings?"
          + "|themes?|subjects?|variations?|movements?|sections?|phrases?|fingers?|lines?|parts?|ones?"
          + "|higher|lower|up|down|apart)\\b)");

  /** "the 7th of a chord": what the voice-leading pages call the chordal seventh, and others the seventh of a chord. */
  private static final Pattern CHORD_SEVENTH = Pattern.compile(
      "(?i)\\bseventh\\s+of\\s+(?:a|an|the)\\s+(?:seventh\\s+)?chord\\b");

  /** Texts written out lately: a question is expanded for retrieval, definitions and the composer alike. */
  private static final Remembered<String> EXPANDED = new Remembered<>(Shorthand::expandAnew);

  private Shorthand() {}

  /** The text with every shorthand written out; text without any comes back unchanged. */
  public static String expand(String text) {
    return EXPANDED.of(text);
  }

  private static String expandAnew(String text) {
    String out = text;
    for (Rule rule : RULES) {
      out = rule.pattern().matcher(out).replaceAll(rule.replacement());
    }
    for (Rule rule : ORDINALS) {
      out = rule.pattern().matcher(out).replaceAll(rule.replacement());
    }
    // In brackets: a hint for retrieval, not part of the subject ("what is an augmented second" still names it alone).
    out = INTERVAL_NAMED.matcher(out).replaceAll("$0 (interval)");
    out = INTERVAL_BY_SIZE.matcher(out).replaceAll("$0 (interval)");
    out = CHORD_SEVENTH.matcher(out).replaceAll("$0 (chordal seventh)");
    for (Rule rule : FIGURES) {
      out = rule.pattern().matcher(out).replaceAll(rule.replacement());
    }
    // "6/4" is a meter as often as a chord: it is the six-four only where the question speaks of chords or figures.
    // The student's figure stays (figured-bass passages write it) and the chord's name follows it.
    if (FIGURED_CONTEXT.matcher(text).find()) {
      out = SIX_FOUR.pattern().matcher(out).replaceAll(SIX_FOUR.replacement());
    }
    return out;
  }

  /** A rule whose replacement is written as it is, no group references in it. */
  private static Rule literal(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), Matcher.quoteReplacement(replacement));
  }
}
