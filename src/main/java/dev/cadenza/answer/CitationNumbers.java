package dev.cadenza.answer;

import dev.cadenza.retrieve.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers {@code [n]} markers (n = position in the passage list) to 1, 2, 3 in order of first use,
 * drops markers that point at no passage, and lists the cited passages in the same order.
 */
final class CitationNumbers {

  /** A citation marker with the spaces before it, which go with it when it is dropped. */
  private static final Pattern MARKER = Pattern.compile("( *)\\[(\\d{1,3})]");

  record Renumbered(String text, List<Citation> citations) {}

  private CitationNumbers() {}

  static Renumbered renumber(String text, List<Passage> passages) {
    Map<Integer, Integer> newNumbers = new LinkedHashMap<>();
    Matcher m = MARKER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int original = Integer.parseInt(m.group(2));
      String replacement = "";
      if (original >= 1 && original <= passages.size()) {
        int n = newNumbers.computeIfAbsent(original, o -> newNumbers.size() + 1);
        replacement = m.group(1) + "[" + n + "]";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    List<Citation> citations = new ArrayList<>();
    newNumbers.forEach((original, n) -> citations.add(Citation.of(n, passages.get(original - 1))));
    // Only a dropped marker's spaces go: "one half: ||: A :||" keeps the space its notation has.
    return new Renumbered(out.toString().strip(), citations);
  }
}
