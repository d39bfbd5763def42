package dev.cadenza.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences, aware of list items, the abbreviations theory texts use ("Cad. 6/4",
 * "Ms.", "e.g."), catalogue numbers ("Op. 2 No. 1", "K. 331", "BWV. 846"), decimals and stacked
 * figured-bass numbers ("7. 6").
 */
public final class Sentences {

  /** Abbreviations that never end a sentence, whatever follows them. */
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "cf", "cad", "ms", "mrs", "mr",
      "dr", "st", "ed", "eds", "approx", "ca", "fig", "bb");
  /**
   * Abbreviations that stand before a number ("Op. 2", "K. 331"); elsewhere the same word may end a
   * sentence ("the answer is no.", "it resolves to K." never occurs, but "in the key of C." does).
   */
  private static final Set<String> BEFORE_NUMBER = Set.of("op", "no", "nos", "k", "bwv", "hob", "d", "ch", "vol", "pp",
      "p", "mm", "m");

  private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}\\.\\s+");

  private Sentences() {}

  /** The sentences of {@code text} in order, each stripped; list items and lines of a table stand alone. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String block : text.split("\n\\s*\n|\n(?=\\s*(?:[-*+] |\\d+\\. |\\|))")) {
      splitBlock(block.replace('\n', ' ').strip(), sentences);
    }
    return sentences;
  }

  private static void splitBlock(String block, List<String> out) {
    int start = 0;
    // The number of a numbered list item ("1. Find the sixth degree") is no sentence of its own.
    Matcher number = LIST_NUMBER.matcher(block);
    for (int i = number.lookingAt() ? number.end() : 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(block, start, i)) {
        // A closing quote or bracket after the stop ends the sentence with it: '... "ta-ka-di-mi."'
        int end = closersAfter(block, i + 1);
        add(block.substring(start, end), out);
        start = end;
        i = end - 1;
      }
    }
    add(block.substring(start), out);
  }

  /** The index after the closing quotes and brackets that start at {@code from}. */
  private static int closersAfter(String block, int from) {
    int next = from;
    while (next < block.length() && (block.charAt(next) == '"' || block.charAt(next) == ')' || block.charAt(next) == '\'')) {
      next++;
    }
    return next;
  }

  private static boolean endsSentence(String block, int start, int end) {
    int next = closersAfter(block, end + 1);
    if (next >= block.length()) {
      return true;
    }
    if (!Character.isWhitespace(block.charAt(next))) {
      return false;
    }
    int after = next;
    while (after < block.length() && Character.isWhitespace(block.charAt(after))) after++;
    if (after < block.length() && Character.isLowerCase(block.charAt(after))) {
      return false;
    }
    if (block.charAt(end) != '.') {
      return true;
    }
    int wordStart = end;
    // The word starts after a space or an opening bracket or quote: '"Cad. 6/4"' abbreviates as 'Cad. 6/4' does.
    while (wordStart > start && !Character.isWhitespace(block.charAt(wordStart - 1))
        && "(\"'“‘[".indexOf(block.charAt(wordStart - 1)) < 0) {
      wordStart--;
    }
    String word = block.substring(wordStart, end).toLowerCase(Locale.ROOT);
    boolean numberFollows = after < block.length() && Character.isDigit(block.charAt(after));
    if (ABBREVIATIONS.contains(word) || numberFollows && BEFORE_NUMBER.contains(word)) {
      return false;
    }
    // Figures stacked in running text ("the suspension figure 7. 6 follows") are one figure, not two sentences.
    return !(numberFollows && word.matches("[#b]?\\d{1,2}"));
  }

  private static void add(String sentence, List<String> out) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      out.add(stripped);
    }
  }

  /** The number of whitespace-separated words. */
  public static int wordCount(String text) {
    // Counted by hand: the composer asks for the length of every candidate sentence, question after question.
    String stripped = text.strip();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < stripped.length(); i++) {
      boolean space = switch (stripped.charAt(i)) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
        default -> false;
      };
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }
}
