package dev.cadenza.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence leans on one before it: it opens with a pronoun or demonstrative ("They are the most
 * audible voices"), a connective ("However, ..."), or "the" and a word that points back ("The two most
 * important are ...", "The usual solution is ..."). Such a sentence is quoted with its antecedent or not at all.
 */
final class Antecedents {

  private static final Set<String> LEANING = Set.of("they", "them", "it", "its", "it's", "this", "these", "those",
      "that", "that's", "such", "he", "she", "his", "her", "their", "both", "another", "also", "however", "but", "and",
      "so", "thus", "therefore", "hence", "instead", "otherwise", "likewise", "similarly", "here", "there", "then",
      "yet", "still", "each", "either", "neither", "one", "again", "finally", "next", "meanwhile");
  private static final Set<String> LEANING_AFTER_THE = Set.of("two", "three", "four", "five", "both", "usual", "latter",
      "former", "same", "other", "others", "rest", "remaining", "above", "previous", "following", "second", "third",
      "last", "result", "answer", "solution", "reason", "problem", "exception", "one");
  private static final Set<String> LEANING_OPENERS = Set.of("because of this", "as a result", "in this case",
      "for this reason", "in that case", "on the other hand", "in other words", "by contrast", "in contrast");

  /** "Because it lies a half step below ..." explains something named before it. */
  private static final Pattern CLAUSE_ON_A_PRONOUN = Pattern.compile(
      "^(?:because|since|although|while|when|if|as|unless)\\s+(?:it|its|this|these|they|their|that|those|such)\\b.*");

  /** "Like harmonic minor, it has an augmented second": the subject after an opening phrase is a pronoun. */
  private static final Pattern PRONOUN_AFTER_OPENING_PHRASE = Pattern.compile(
      "^(?:like|unlike|in|on|at|for|with|after|before|during|as with|compared with)\\b[^,]*,\\s+"
          + "(?:it|its|they|their|this|these|those)\\b.*");

  private Antecedents() {}

  static boolean leans(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}]+", "");
    if (CLAUSE_ON_A_PRONOUN.matcher(lower).matches() || PRONOUN_AFTER_OPENING_PHRASE.matcher(lower).matches()) {
      return true;
    }
    for (String opener : LEANING_OPENERS) {
      if (lower.startsWith(opener)) return true;
    }
    String[] words = lower.split("[^\\p{L}'-]+", 3);
    if (words.length == 0 || words[0].isEmpty()) return false;
    if (LEANING.contains(words[0])) return true;
    return words[0].equals("the") && words.length > 1 && LEANING_AFTER_THE.contains(words[1]);
  }
}
