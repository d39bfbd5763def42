package dev.cadenza.route;

import dev.cadenza.theory.query.Cue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into the binary features the router learns from. Each token becomes a term: its {@link TokenShape}
 * name when it is a theory token ("NOTE", "ROMAN"), else the lower-cased word. Features are the word unigrams
 * ({@code w=}), the term bigrams with start and end marks ({@code b=}), each shape present and how many times
 * ({@code s=}, {@code n=}), the rows of the readers' cue table whose phrases it contains ({@code c=}, {@link Cue}) and
 * a length bucket ({@code len=}), which every
 * question has, so no question is ever featureless.
 */
final class QuestionFeatures {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}#♯♭°øΔ+/']+");
  private static final Pattern LETTER_NAME = Pattern.compile("[A-Ga-g]");
  private static final Set<String> ACCIDENTAL_WORDS = Set.of("sharp", "flat", "natural");
  private static final String DOUBLE = "double";
  /** Shape counts at or above this share one feature: "three or more notes" is what tells a chord from an interval. */
  private static final int MAX_COUNTED = 3;
  private static final int SHORT_QUESTION = 4;
  private static final int LONG_QUESTION = 10;

  private QuestionFeatures() {}

  /** The distinct feature names of a question, sorted so that examples are built the same way on every run. */
  static SortedSet<String> of(String question) {
    List<String> terms = terms(question);
    SortedSet<String> features = new TreeSet<>();
    Map<TokenShape, Integer> shapeCounts = new EnumMap<>(TokenShape.class);
    String previous = "^";
    for (String term : terms) {
      Optional<TokenShape> shape = shapeNamed(term);
      if (shape.isPresent()) {
        shapeCounts.merge(shape.get(), 1, Integer::sum);
      } else {
        features.add("w=" + term);
      }
      features.add("b=" + previous + "_" + term);
      previous = term;
    }
    features.add("b=" + previous + "_$");
    String words = " " + String.join(" ", terms) + " ";
    for (Cue cue : Cue.values()) {
      if (cue.foundIn(words)) {
        features.add("c=" + cue);
      }
    }
    shapeCounts.forEach(
        (shape, count) -> {
          features.add("s=" + shape);
          features.add("n=" + shape + ":" + Math.min(count, MAX_COUNTED));
        });
    features.add("len=" + lengthBucket(terms.size()));
    return features;
  }

  /** The question's terms in order: shape names for theory tokens, lower-cased words for the rest. */
  static List<String> terms(String question) {
    List<String> tokens = tokens(question);
    List<String> terms = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int accidentalWords = spelledAccidentalLength(tokens, i + 1);
      if (LETTER_NAME.matcher(token).matches() && accidentalWords > 0) {
        terms.add(TokenShape.NOTE.name());
        i += accidentalWords;
      } else {
        terms.add(TokenShape.of(token).map(TokenShape::name).orElse(token.toLowerCase(Locale.ROOT)));
      }
    }
    return terms;
  }

  private static List<String> tokens(String question) {
    Matcher matcher = TOKEN.matcher(question.replace('’', '\''));
    List<String> tokens = new ArrayList<>();
    while (matcher.find()) {
      String token = trim(matcher.group());
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** Drops quotes and slashes at the ends of a token: {@code 'spell'} and {@code C/} are plain tokens. */
  private static String trim(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && isEdgeMark(token.charAt(start))) {
      start++;
    }
    while (end > start && isEdgeMark(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  private static boolean isEdgeMark(char c) {
    return c == '\'' || c == '/';
  }

  /** How many tokens from {@code from} spell an accidental in words: "sharp" is 1, "double flat" is 2, else 0. */
  private static int spelledAccidentalLength(List<String> tokens, int from) {
    int length = 0;
    if (from < tokens.size() && tokens.get(from).equalsIgnoreCase(DOUBLE)) {
      length = 1;
    }
    int accidental = from + length;
    boolean spelled =
        accidental < tokens.size()
            && ACCIDENTAL_WORDS.contains(tokens.get(accidental).toLowerCase(Locale.ROOT));
    return spelled ? length + 1 : 0;
  }

  private static Optional<TokenShape> shapeNamed(String term) {
    for (TokenShape shape : TokenShape.values()) {
      if (shape.name().equals(term)) {
        return Optional.of(shape);
      }
    }
    return Optional.empty();
  }

  private static String lengthBucket(int termCount) {
    if (termCount <= SHORT_QUESTION) {
      return "short";
    }
    return termCount < LONG_QUESTION ? "medium" : "long";
  }
}
