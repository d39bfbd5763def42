package dev.cadenza.finetune;

import dev.cadenza.corpus.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the sentences an extractive answer quotes from a passage: a run of one to three prose sentences
 * (no list items, table rows or questions), starting at the sentence that shares most words with the
 * heading asked about and does not lean on earlier context ("This matches..."), kept short.
 */
final class Extracts {
  /** Sentences shorter than this are usually labels ("Examples:") rather than statements. */
  static final int MIN_WORDS = 5;
  /** An answer quotes at most this many words in all. */
  static final int MAX_WORDS = 80;
  /** And at most this many sentences. */
  static final int MAX_SENTENCES = 3;

  /** Openings that point back to a sentence the reader has not seen. */
  private static final Set<String> CONTEXT_WORDS = Set.of("this", "these", "that", "those", "it", "its", "they",
      "their", "such", "here", "there", "both", "also", "so", "but", "and", "or", "however", "instead", "then");
  private static final Set<String> STOP_WORDS = Set.of("with", "from", "into", "what", "when", "your", "about",
      "their", "other", "more", "than", "that", "this", "these", "those");

  private Extracts() {}

  /**
   * Up to {@code wanted} consecutive prose sentences of {@code text}, starting at the best opening for
   * {@code heading}; empty when the text has no standalone prose sentence.
   */
  static List<String> quote(String text, String heading, int wanted) {
    List<String> sentences = Sentences.split(text);
    int start = bestOpening(sentences, words(heading));
    if (start < 0) {
      return List.of();
    }
    List<String> picked = new ArrayList<>(List.of(sentences.get(start)));
    int count = Sentences.wordCount(sentences.get(start));
    for (int i = start + 1; i < sentences.size() && picked.size() < Math.min(wanted, MAX_SENTENCES); i++) {
      String next = sentences.get(i);
      count += Sentences.wordCount(next);
      if (!isProse(next) || count > MAX_WORDS) {
        break;
      }
      picked.add(next);
    }
    return List.copyOf(picked);
  }

  private static int bestOpening(List<String> sentences, Set<String> headingWords) {
    int best = -1;
    long bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      if (isProse(s) && Sentences.wordCount(s) <= MAX_WORDS && !leansOnContext(s)) {
        long score = words(s).stream().filter(headingWords::contains).count();
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best;
  }

  static boolean isProse(String sentence) {
    char first = sentence.charAt(0);
    return (Character.isUpperCase(first) || Character.isDigit(first) && !sentence.matches("^\\d+\\.\\s.*"))
        && sentence.endsWith(".")
        && !sentence.contains("|")
        && Sentences.wordCount(sentence) >= MIN_WORDS;
  }

  private static boolean leansOnContext(String sentence) {
    String first = sentence.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
    return CONTEXT_WORDS.contains(first);
  }

  /** Lower-case content words of four letters or more, with a plural s dropped. */
  private static Set<String> words(String text) {
    return Set.copyOf(Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9#]+"))
        .filter(w -> w.length() >= 4 && !STOP_WORDS.contains(w))
        .map(w -> w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w)
        .toList());
  }
}
