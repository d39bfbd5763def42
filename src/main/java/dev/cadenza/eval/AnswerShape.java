package dev.cadenza.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an answer as a reader meets it: its sentences, and whether the first one leans on an
 * antecedent the reader never saw ("They are the most audible voices", "The two most important are …").
 * Citation markers and fenced code blocks are left out; every other non-blank line (a list item, a table
 * row) is split into sentences at '.', '!' or '?' followed by a space and a capital, digit or quote,
 * except after a known abbreviation.
 */
public final class AnswerShape {

  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"')\\]]*\\s+(?=[\\p{Lu}\\p{N}\"'(])");
  private static final Pattern LINE_MARKUP = Pattern.compile("^(?:[#>*\\-+|]+|\\d+[.)])\\s*");
  private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "vs.", "cf.", "cad.", "ms.", "mr.",
      "mrs.", "dr.", "st.", "no.", "op.", "k.", "bwv.", "ca.", "approx.", "mm.", "m.", "vol.", "ch.", "fig.");
  /** Words that open a sentence by pointing back: pronouns, demonstratives, connectives. */
  private static final Set<String> LEANING_WORDS = Set.of("they", "them", "it", "its", "this", "these", "those",
      "that", "such", "he", "she", "his", "her", "their", "both", "another", "also", "however", "but", "and",
      "so", "thus", "therefore", "instead", "otherwise", "likewise", "similarly", "hence", "here", "it's",
      "that's", "they're");
  /** Second words after "the" that point back: "The two …", "The usual …", "The latter …". */
  private static final Set<String> LEANING_AFTER_THE = Set.of("two", "three", "four", "both", "usual", "latter",
      "former", "same", "other", "others", "rest", "remaining", "above", "previous", "following");

  private AnswerShape() {}

  public static List<String> sentences(String answer) {
    List<String> sentences = new ArrayList<>();
    boolean inFence = false;
    for (String raw : TextMetrics.stripCitations(answer).split("\\R")) {
      String line = raw.strip();
      if (line.startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      line = LINE_MARKUP.matcher(line).replaceFirst("").strip();
      if (inFence || line.isEmpty() || line.matches("[|:\\-\\s]+")) continue;
      split(line, sentences);
    }
    return sentences;
  }

  private static void split(String line, List<String> into) {
    int start = 0;
    Matcher m = BOUNDARY.matcher(line);
    while (m.find()) {
      String candidate = line.substring(start, m.end()).strip();
      if (endsWithAbbreviation(candidate)) continue;
      into.add(candidate);
      start = m.end();
    }
    String rest = line.substring(start).strip();
    if (!rest.isEmpty()) into.add(rest);
  }

  private static boolean endsWithAbbreviation(String sentence) {
    String[] words = sentence.toLowerCase(Locale.ROOT).split("\\s+");
    return ABBREVIATIONS.contains(words[words.length - 1].replaceAll("[\"')\\]]+$", ""));
  }

  /** Whether the first sentence opens with a word that needs an antecedent; false for an empty answer. */
  public static boolean danglingOpener(String answer) {
    List<String> sentences = sentences(answer);
    if (sentences.isEmpty()) return false;
    String[] words = sentences.getFirst().toLowerCase(Locale.ROOT).split("[^\\p{L}']+", 4);
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    if (words.length <= first) return false;
    String opener = words[first];
    if (LEANING_WORDS.contains(opener)) return true;
    return opener.equals("the") && words.length > first + 1 && LEANING_AFTER_THE.contains(words[first + 1]);
  }
}
