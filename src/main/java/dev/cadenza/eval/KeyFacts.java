package dev.cadenza.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Key-fact coverage: a question lists groups of accepted alternatives ({@code [["exposition"],
 * ["lowered seventh", "flat seventh", "b7"]]}), and a group is covered when any alternative occurs in the
 * answer as whole words after both are normalised. Unlike SQuAD normalisation this keeps '#' and the
 * article "a", because "F#" and "A minor" are facts here; ♯ and ♭ are read as # and b, every other
 * punctuation mark separates words, and citation markers are removed first.
 */
public final class KeyFacts {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

  private KeyFacts() {}

  /** Lower case, ♯ → #, ♭ → b, punctuation and whitespace runs → one space, padded with a space each side. */
  public static String normalize(String text) {
    String lower = TextMetrics.stripCitations(text).toLowerCase(Locale.ROOT).replace('♯', '#').replace('♭', 'b');
    return " " + NON_WORD.matcher(lower).replaceAll(" ").strip() + " ";
  }

  /** Whether any alternative of the group occurs in the normalised answer as whole words. */
  public static boolean covers(String normalizedAnswer, List<String> group) {
    return group.stream().map(KeyFacts::normalize).anyMatch(alt -> !alt.isBlank() && normalizedAnswer.contains(alt));
  }

  /** The groups the answer does not cover, in the order given. */
  public static List<List<String>> missed(String answer, List<List<String>> groups) {
    String normalized = normalize(answer);
    return groups.stream().filter(group -> !covers(normalized, group)).toList();
  }
}
