package dev.cadenza.theory.text;

import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Locale;

/** Small helpers for writing answers in English. */
public final class Prose {
  private Prose() {}

  /** "C, E, G, Bb". */
  public static String list(List<Note> notes) {
    return String.join(", ", notes.stream().map(Note::toString).toList());
  }

  public static List<String> strings(List<Note> notes) {
    return notes.stream().map(Note::toString).toList();
  }

  /** "a" or "an" before a word as spoken: "an E minor", "an F# major", "a D# major", "an augmented". */
  public static String article(String word) {
    char first = word.charAt(0);
    boolean spokenVowel = "aeioAEF8".indexOf(first) >= 0 || word.startsWith("11") || word.startsWith("18");
    return spokenVowel ? "an" : "a";
  }

  public static String withArticle(String phrase) {
    return article(phrase) + " " + phrase;
  }

  public static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** "one", "two" ... "seven" letter names; digits beyond. */
  public static String count(int n) {
    List<String> words = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight");
    return n < words.size() ? words.get(n) : String.valueOf(n);
  }

  /** "the 5th (A#) and the 9th (E#)". */
  public static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
