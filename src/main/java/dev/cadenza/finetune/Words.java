package dev.cadenza.finetune;

import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Locale;

/** Small helpers for writing questions and answers in English. */
final class Words {
  private static final List<String> NUMBERS =
      List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  private Words() {}

  /** "C, E, G, Bb". */
  static String notes(List<Note> notes) {
    return String.join(", ", notes.stream().map(Note::toString).toList());
  }

  /** "C E G Bb", the way people type a chord into a question. */
  static String spaced(List<Note> notes) {
    return String.join(" ", notes.stream().map(Note::toString).toList());
  }

  /** "a" or "an" as the phrase is spoken: "an F# major triad", "an augmented sixth", "a unison", "an 11th". */
  static String article(String phrase) {
    char first = phrase.charAt(0);
    if (Character.isUpperCase(first)) {
      return "AEFIO".indexOf(first) >= 0 ? "an" : "a";
    }
    if (Character.isDigit(first)) {
      return first == '8' || phrase.startsWith("11") || phrase.startsWith("18") ? "an" : "a";
    }
    boolean vowel = "aeio".indexOf(first) >= 0 || (first == 'u' && !phrase.startsWith("uni"));
    return vowel ? "an" : "a";
  }

  static String withArticle(String phrase) {
    return article(phrase) + " " + phrase;
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** "no", "one" ... "twelve"; digits beyond. */
  static String count(int n) {
    return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n);
  }

  /** "1 semitone", "4 semitones". */
  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "one letter name", "seven letter names". */
  static String counted(int n, String noun) {
    return count(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** "A", "A and B", "A, B and C". */
  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
  }

  /** Fills "{0}", "{1}" ... in a phrasing with the given values. */
  static String fill(String template, Object... values) {
    String text = template;
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }
}
