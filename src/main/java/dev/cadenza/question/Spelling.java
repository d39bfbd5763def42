package dev.cadenza.question;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's misspelt words put right by the library's own terms: "neopolitan" is "neapolitan", "inversoin"
 * "inversion", "cadances" "cadences". Only a word the library never uses is corrected, only to a word of a term the
 * library defines or one it uses often, only when one edit inside the word (a letter left out, added, changed, or two
 * swapped; never the first letter, never one at the end that makes another word, as "trick" and "tricky") makes it so,
 * and only when one such word is likelier than the rest.
 */
public final class Spelling {

  /** Shorter words have too many neighbours one edit away ("blur", "blue") to be corrected safely. */
  private static final int MIN_LENGTH = 5;
  /** A word the library uses this often is one of its own, though no term names it ("dorian" of "the dorian mode"). */
  private static final int COMMON_USES = 5;
  /**
   * A word this long has almost no neighbours one edit away, so any word the library uses there is the one meant
   * ("retrogresion" is "retrogression", used twice).
   */
  private static final int LONG_WORD = 9;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final Map<String, Integer> uses;
  private final Set<String> termWords;

  /**
   * @param uses every word the library uses, lower case, with how often
   * @param termWords the words of the terms the library defines, lower case
   */
  Spelling(Map<String, Integer> uses, Set<String> termWords) {
    this.uses = uses;
    this.termWords = termWords;
  }

  /** The spelling of a library whose texts are {@code texts} and whose defined terms hold {@code termWords}. */
  public static Spelling of(Collection<String> texts, Set<String> termWords) {
    Map<String, Integer> uses = new HashMap<>();
    for (String text : texts) {
      Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (word.find()) uses.merge(word.group(), 1, Integer::sum);
    }
    return new Spelling(uses, termWords);
  }

  /** {@code text} with each misspelt word replaced by the term word it stands for; other words as written. */
  public String corrected(String text) {
    if (termWords.isEmpty()) return text;
    Matcher word = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(out, Matcher.quoteReplacement(corrected(word.group(), word.group().toLowerCase(Locale.ROOT))));
    }
    return word.appendTail(out).toString();
  }

  private String corrected(String written, String word) {
    if (word.length() < MIN_LENGTH || uses.containsKey(word) || Terms.isStopWord(word)) return written;
    String fix = closest(word);
    // "cadances": the singular is what the terms hold.
    if (fix == null && word.endsWith("s")) {
      String singular = closest(word.substring(0, word.length() - 1));
      if (singular != null) fix = singular + "s";
    }
    if (fix == null) return written;
    return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
  }

  /** The library's word one edit from {@code word} that it uses most; null when none, or two tie. */
  private String closest(String word) {
    String best = null;
    int bestUses = 0;
    boolean tied = false;
    for (String candidate : oneEditAway(word)) {
      boolean term = termWords.contains(candidate);
      int used = uses.getOrDefault(candidate, 0);
      if (!term && used < (word.length() >= LONG_WORD ? 1 : COMMON_USES)) continue;
      // A term the library never uses (an instrument the engine knows) still counts once.
      int n = term ? Math.max(1, used) : used;
      // A word with a letter more or less at its end is another word ("trick", "tricky"); first letters are rarely wrong.
      if (candidate.startsWith(word) || word.startsWith(candidate) || candidate.charAt(0) != word.charAt(0)) continue;
      if (n > bestUses) {
        best = candidate;
        bestUses = n;
        tied = false;
      } else if (n == bestUses) {
        tied = true;
      }
    }
    return tied ? null : best;
  }

  private static Set<String> oneEditAway(String word) {
    Set<String> edits = new HashSet<>();
    for (int i = 0; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) edits.add(head + tail.substring(1));
      if (tail.length() > 1) edits.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
      for (char c : LETTERS.toCharArray()) {
        if (!tail.isEmpty()) edits.add(head + c + tail.substring(1));
        edits.add(head + c + tail);
      }
    }
    edits.remove(word);
    return edits;
  }
}
