package dev.cadenza.question;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content words of a question or sentence, lower-cased and crudely stemmed, for overlap scoring. */
public final class Terms {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}#°]+");
  private static final Pattern BARLINE = Pattern.compile("\\bbarline(s?)\\b");
  /** A diminished numeral typed with a letter o ("viio7") for the degree sign. */
  private static final Pattern DIMINISHED_TYPED = Pattern.compile("^(i{1,3}|iv|vi{0,2})o(\\d*)$");
  /** A bar is a measure, in British and American usage alike; a bar line stays one. */
  private static final Pattern BAR = Pattern.compile("\\bbars?\\b(?!\\s+lines?\\b)");
  /** British spellings, written the American way so that either meets the other: the library and students use both. */
  private static final Pattern BRITISH_ISE = Pattern.compile(
      "(recogn|harmon|memor|organ|emphas|real|summar|categor|character|symbol|visual|internal|familiar|tonic|special"
          + "|standard|general|final)is(e|es|ed|ing|ation|ations)");
  /** "analyze" is written "analyse", the other way round, so that it stays one letter from "analysis". */
  private static final Pattern AMERICAN_YZE = Pattern.compile("analyz(e|es|ed|ing)");
  private static final Pattern BRITISH_PRACTISE = Pattern.compile("practis(e|es|ed|ing)");
  private static final Pattern BRITISH_OUR = Pattern.compile("(col|flav|behavi|neighb|fav|hon|lab)our(\\w*)");
  private static final Pattern BRITISH_RE = Pattern.compile("(cent|met|theat|fib)re(s|d)?");
  private static final Pattern QUALITY_NOUN = Pattern.compile("([a-z]{4,})ances?");
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "as",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had",
      "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "we", "you",
      "your", "i", "me", "my", "our", "us", "what", "which", "who", "whom", "whose", "why", "how", "when", "where",
      "can", "could", "should", "would", "will", "shall", "may", "might", "must", "not", "no", "so", "if", "then",
      "than", "too", "very", "just", "also", "about", "some", "any", "all", "each", "more", "most", "much", "many",
      "please", "explain", "tell", "describe", "mean", "means", "meaning", "difference", "between", "give", "example",
      "examples", "use", "used", "using", "work", "works", "get", "make", "makes", "thing", "things", "way", "ways",
      "know", "called", "like", "one", "ones", "s", "t",
      // how students type them
      "whats", "wats", "u", "ur", "pls", "plz", "im", "dont", "doesnt", "isnt", "arent", "cant", "wont", "didnt", "hows", "whys", "diff", "wht", "abt", "r", "vs", "versus",
      "idk", "dunno", "tho", "thru", "ok", "okay", "lol", "gets", "got",
      // contractions typed without the apostrophe, which the spelling would otherwise "correct" ("theres" to "themes")
      "theres", "thats", "heres", "wheres", "whos", "youre", "ive", "weve", "theyre", "shouldnt", "wouldnt", "couldnt",
      "wasnt", "werent", "havent", "hasnt", "aint",
      // "really" would stem to "real", as in a fugue's real answer
      "really");

  /**
   * Words for what a student wants to know of a topic ("the single biggest clue", "the easiest trick"): they name no
   * topic of their own.
   */
  public static final Set<String> SOUGHT = Set.of("single", "biggest", "big", "best", "easiest", "hardest", "simplest",
      "quickest", "clue", "sign", "trick", "hint", "giveaway");

  /** Numeric ordinals as words, so "13th" meets "thirteenth"; {@link Shorthand} writes them out for retrieval too. */
  static final Map<String, String> ORDINALS = Map.ofEntries(
      Map.entry("1st", "first"), Map.entry("2nd", "second"), Map.entry("3rd", "third"), Map.entry("4th", "fourth"),
      Map.entry("5th", "fifth"), Map.entry("6th", "sixth"), Map.entry("7th", "seventh"),
      Map.entry("8th", "eighth"), Map.entry("9th", "ninth"), Map.entry("10th", "tenth"), Map.entry("11th", "eleventh"),
      Map.entry("12th", "twelfth"), Map.entry("13th", "thirteenth"));

  /**
   * Counts past nine written as digits, so "12 spots" meets "twelve positions"; smaller numbers stay digits, being
   * figures, beats and meters ("V4/2", "4 parts", "3/4") as often as counts.
   */
  private static final Map<String, String> CARDINALS = Map.of("10", "ten", "11", "eleven", "12", "twelve",
      "14", "fourteen", "15", "fifteen", "16", "sixteen");

  private Terms() {}

  public static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    // "barline" is written both as one word and two: each meets the other.
    String lower = BARLINE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("bar line$1");
    Matcher m = WORD.matcher(BAR.matcher(lower).replaceAll("measure"));
    while (m.find()) {
      String word = american(direction(DIMINISHED_TYPED.matcher(ordinal(m.group())).replaceFirst("$1°$2")));
      String stem = stem(word);
      // "things" is "thing", a stop word, but "theme" is not "them": only an inflection leads to a stop word.
      boolean inflected = !stem.equals(word) && !word.equals(stem + "e");
      if (!STOP.contains(word) && !(inflected && STOP.contains(stem))) {
        // "vii°" is also "vii", as students type it, but says more: a diminished vii° is not the subtonic VII.
        String plain = stem.replace("°", "");
        if (!plain.equals(stem) && !STOP.contains(plain)) terms.add(plain);
        terms.add(stem);
      }
    }
    return terms;
  }

  /** Whether {@code word} (lower case) is a function word or a student's filler ("whats", "tho"), no content word. */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /** "5th" and "5ths" read as "fifth", "12" as "twelve", as the passages write them; any other word as it is. */
  private static String ordinal(String word) {
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return ORDINALS.getOrDefault(word, ORDINALS.getOrDefault(singular, CARDINALS.getOrDefault(word, word)));
  }

  /** "upward" and "upwards" say "up", "downward" and "downwards" "down": "goes up" meets "resolves upward". */
  private static String direction(String word) {
    return switch (word) {
      case "upward", "upwards" -> "up";
      case "downward", "downwards" -> "down";
      default -> word;
    };
  }

  /**
   * "practise" is "practice", "neighbour" "neighbor", "harmonise" "harmonize", "metre" "meter" (and "analyze"
   * "analyse"); other words as they are.
   */
  private static String american(String word) {
    Matcher m;
    if ((m = BRITISH_ISE.matcher(word)).matches()) return m.group(1) + "iz" + m.group(2);
    if ((m = AMERICAN_YZE.matcher(word)).matches()) return "analys" + m.group(1);
    if ((m = BRITISH_PRACTISE.matcher(word)).matches()) return "practic" + m.group(1);
    if ((m = BRITISH_OUR.matcher(word)).matches()) return m.group(1) + "or" + m.group(2);
    if ((m = BRITISH_RE.matcher(word)).matches()) return m.group(1) + "er" + (m.group(2) == null ? "" : m.group(2));
    return word;
  }

  /** A consonant, a vowel and a consonant before "ing" or "ed": the stem of a verb ending in a silent e. */
  private static final Pattern LOST_E = Pattern.compile("([^aeiou][aeiou][^aeiouwxy])(?:ing|ed)");

  /** Strips common English endings so "cadences" meets "cadence" and "resolving" meets "resolves". */
  public static String stem(String word) {
    // "keys" is "key" and "bars" "bar", but "bass", "plus", "axis" and "goes" are words or verbs of their own.
    if (word.length() == 4 && word.matches("[a-z]{3}s") && !word.matches(".*(?:ss|us|is|es)")) {
      return word.substring(0, 3);
    }
    if (word.length() <= 4) return word;
    // "consonance" meets "consonant" and "dominance" "dominant"; short words ("chance", "balance") keep their ending.
    Matcher quality = QUALITY_NOUN.matcher(word);
    if (quality.matches()) return quality.group(1) + "ant";
    for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ies", "es", "ed", "s", "ly", "e"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    // "naming" and "named" meet "name", "moving" "move", "noted" "note": a short verb that lost its e to the ending.
    Matcher lostE = LOST_E.matcher(word);
    if (lostE.matches()) return lostE.group(1) + "e";
    return word;
  }
}
