package dev.cadenza.theory.entity;

import dev.cadenza.theory.Accidentals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into tokens: runs of letters, digits and the signs that belong to note, chord and numeral
 * spellings (# + ° ø / ( )) and dotted abbreviations, with dashes and commas as tokens of their own, since "B-D-F"
 * lists notes and "E-flat" joins a letter to its accidental. Unicode accidentals are read as ASCII first.
 */
public record Tokens(String text, List<String> words, List<Integer> starts) {
  /** A dotted abbreviation ("D.C.", "D.S.", "e.g.") is one token, so its letters are never read as notes. */
  private static final Pattern TOKEN = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]\\.?|[A-Za-z0-9#+°øº/()']+|[-–—]|,");

  /** Each word with the offset in {@code text} where it starts (a word is its text's characters there). */
  public Tokens {
    words = List.copyOf(words);
    starts = List.copyOf(starts);
    if (starts.size() != words.size()) {
      throw new IllegalArgumentException("illegal starts: " + starts.size() + " for " + words.size() + " words");
    }
  }

  /** The tokens of a sentence, after Unicode accidentals are read as ASCII (which keeps offsets but for 𝄪, 𝄫, ♮). */
  public static Tokens of(String sentence) {
    String text = Accidentals.asciify(sentence);
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = unwrapped(m.group());
      if (!word.isEmpty()) {
        words.add(word.equals("–") || word.equals("—") ? "-" : word);
        starts.add(m.start() + m.group().indexOf(word));
      }
    }
    return new Tokens(text, words, starts);
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive), keeping their offsets in the whole text. */
  public Tokens slice(int from, int to) {
    return new Tokens(text, words.subList(from, to), starts.subList(from, to));
  }

  /** The offset in {@code text} just after token {@code i}. */
  public int endOffset(int i) {
    return starts.get(i) + words.get(i).length();
  }

  /** Drops quotes and the parentheses of an aside around a word, keeping paired ones inside "Cm(maj7)". */
  private static String unwrapped(String word) {
    String w = word.replaceAll("'s$", "").replaceAll("^'+|'+$", "");
    while (w.startsWith("(") && count(w, '(') > count(w, ')')) {
      w = w.substring(1);
    }
    while (w.endsWith(")") && count(w, ')') > count(w, '(')) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.startsWith("(") && w.endsWith(")")) {
      w = w.substring(1, w.length() - 1);
    }
    return w;
  }

  private static long count(String w, char c) {
    return w.chars().filter(x -> x == c).count();
  }

  public int size() {
    return words.size();
  }

  /** The token at {@code i} as written, or "" past either end. */
  public String at(int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  /** The token at {@code i} in lower case, or "" past either end. */
  public String lower(int i) {
    return at(i).toLowerCase(Locale.ROOT);
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive) joined by spaces. */
  public String join(int from, int to) {
    return String.join(" ", words.subList(Math.max(0, from), Math.min(to, words.size())));
  }

  /** Whether the lower-case token at {@code i} is one of {@code choices}. */
  public boolean is(int i, String... choices) {
    String w = lower(i);
    for (String choice : choices) {
      if (w.equals(choice)) {
        return true;
      }
    }
    return false;
  }
}
