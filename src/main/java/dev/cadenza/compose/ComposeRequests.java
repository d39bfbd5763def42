package dev.cadenza.compose;

import java.util.List;

/** Builds a request from a progression written as chord names or, with a key, as Roman numerals. */
public final class ComposeRequests {

  private ComposeRequests() {}

  /**
   * Numerals when a key is given and every word of {@code progression} is a Roman numeral ("I vi IV V",
   * "ii-V-I"), chord names otherwise.
   */
  public static ComposeRequest of(String progression, String key, int barsPerChord, long seed, Style style) {
    boolean hasKey = key != null && !key.isBlank();
    List<String> words = ProgressionReader.words(progression.replace('-', ' '));
    boolean numerals = hasKey && !words.isEmpty() && words.stream().allMatch(ProgressionReader::isNumeral);
    return numerals
        ? new ComposeRequest(null, progression, key, barsPerChord, seed, style)
        : new ComposeRequest(progression, null, key, barsPerChord, seed, style);
  }
}
