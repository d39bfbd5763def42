package dev.cadenza.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Exact match and token F1 as defined by the SQuAD v1.1 evaluation script: both texts are
 * lower-cased, ASCII punctuation is removed, the articles a, an and the are dropped, and whitespace is
 * collapsed before comparing.
 *
 * <p>The normalisation is kept verbatim so the numbers compare with published ones, with two known
 * blind spots for music text: '#' is punctuation, so "F#" and "F" normalise alike, and the note name
 * "A" is dropped as an article ("A minor" becomes "minor"). Spelling errors are what the fact checker
 * is for.
 */
public final class TextMetrics {

  /** Python's {@code string.punctuation}, which the SQuAD script strips. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  /** Citation markers such as [1] that answers carry; removed from answers before scoring. */
  private static final Pattern CITATION = Pattern.compile("\\s*\\[\\d{1,3}]");

  private TextMetrics() {}

  /** SQuAD normalisation: lower-case, strip punctuation, strip articles, collapse whitespace. */
  public static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (PUNCTUATION.indexOf(c) < 0) kept.append(c);
    }
    String noArticles = ARTICLES.matcher(kept).replaceAll(" ");
    return WHITESPACE.matcher(noArticles).replaceAll(" ").strip();
  }

  public static List<String> tokens(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }

  /** Removes {@code [n]} citation markers, so an answer is scored on its words only. */
  public static String stripCitations(String answer) {
    return CITATION.matcher(answer).replaceAll("").strip();
  }

  /** 1 when the normalised texts are equal, else 0. */
  public static double exactMatch(String prediction, String reference) {
    return normalize(prediction).equals(normalize(reference)) ? 1.0 : 0.0;
  }

  /**
   * Harmonic mean of token precision and recall, counting shared tokens as a multiset. When either
   * side has no tokens after normalisation, 1 if both are empty and 0 otherwise (as in SQuAD).
   */
  public static double tokenF1(String prediction, String reference) {
    List<String> predicted = tokens(prediction);
    List<String> expected = tokens(reference);
    if (predicted.isEmpty() || expected.isEmpty()) {
      return predicted.equals(expected) ? 1.0 : 0.0;
    }
    Map<String, Integer> remaining = new HashMap<>();
    expected.forEach(t -> remaining.merge(t, 1, Integer::sum));
    int shared = 0;
    for (String token : predicted) {
      Integer left = remaining.get(token);
      if (left != null && left > 0) {
        remaining.put(token, left - 1);
        shared++;
      }
    }
    if (shared == 0) return 0.0;
    double precision = (double) shared / predicted.size();
    double recall = (double) shared / expected.size();
    return 2 * precision * recall / (precision + recall);
  }
}
