package dev.cadenza.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Key-fact coverage: a question lists groups of accepted alternatives ({@code [["exposition"],
 * ["lowered seventh", "flat seventh", "b7"]]}), and a group is covered when any alternative occurs in the
 * answer as whole words after both are normalised. Unlike SQuAD normalisation this keeps '#' and the
 * article "a", because "F#" and "A minor" are facts here; ♯ and ♭ are read as # and b, every other
 * punctuation mark separates words, and citation markers are removed first. Words are compared without an
 * inflection (-ing, -ed, -es, -s, a final e) where four letters remain, so "rise" states the fact "rises" and
 * "steps away" the fact "step", while short words ("is", "iii", "not", "F#") are compared as written.
 */
public final class KeyFacts {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

  private KeyFacts() {}

  private static final List<String> INFLECTIONS = List.of("ing", "ed", "es", "s", "e");
  /** Letters a word keeps without its inflection: "note" and "notes" meet, "not" stays apart. */
  private static final int MIN_BASE = 4;

  /**
   * Lower case, ♯ → #, ♭ → b, punctuation and whitespace runs → one space, each word without its inflection,
   * padded with a space each side.
   */
  public static String normalize(String text) {
    String lower = TextMetrics.stripCitations(text).toLowerCase(Locale.ROOT).replace('♯', '#').replace('♭', 'b');
    StringBuilder normalized = new StringBuilder(" ");
    for (String word : NON_WORD.matcher(lower).replaceAll(" ").strip().split(" ")) {
      if (word.isEmpty()) continue;
      normalized.append(base(word)).append(' ');
    }
    return normalized.toString();
  }

  /** The word without the first inflection whose removal leaves at least four letters: "rises" and "rise" are "rise". */
  private static String base(String word) {
    for (String ending : INFLECTIONS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_BASE) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
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
