package dev.cadenza.abc;

import dev.cadenza.midi.key.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unfolds a tune pasted on one line ("X:1 T:Jig M:6/8 K:D mix A2B c2d | e3 A3 |]") into ABC's lines: each
 * field on a line of its own and the music after them. Fields may come in any order, and fields written
 * after K: (a body field line in ABC 2.1, such as "K:G M:3/4 L:1/4") are kept as lines before the music.
 * Where a field's value ends is read from what the field holds: one word for X:, M: and L:; the key, a
 * mode word and clef= or similar settings for K:; a tempo for Q:; for a text field such as T:, every word
 * up to the next field.
 */
final class OneLineTune {

  private static final Pattern FIELD = Pattern.compile("[XTCMLQRKVZNOSPI]:.*");
  private static final Pattern TEMPO_WORD = Pattern.compile("\\d{1,4}(?:/\\d{1,4})?(?:=\\d{1,4})?|=|=?\\d{1,4}");
  /** A K: setting such as clef=treble or transpose=-2; a music word such as =F (F natural) is not one. */
  private static final Pattern SETTING = Pattern.compile("[a-z]+=\\S+");
  private static final int MODE_WORD_LENGTH = 3;

  private OneLineTune() {}

  static String unfold(String abc) {
    String[] words = abc.strip().split("\\s+");
    StringBuilder lines = new StringBuilder();
    int i = 0;
    while (i < words.length && FIELD.matcher(words[i]).matches()) {
      char name = words[i].charAt(0);
      List<String> value = new ArrayList<>();
      String first = words[i++].substring(2);
      if (first.isEmpty() && i < words.length && !FIELD.matcher(words[i]).matches()) {
        first = words[i++];
      }
      value.add(first);
      i = valueEnd(name, words, i, value);
      lines.append(name).append(':').append(String.join(" ", value)).append('\n');
    }
    List<String> music = List.of(words).subList(i, words.length);
    return music.isEmpty() ? lines.toString() : lines + String.join(" ", music) + "\n";
  }

  /** Adds the words after a field's first that still belong to its value; returns the index after them. */
  private static int valueEnd(char name, String[] words, int next, List<String> value) {
    int i = next;
    switch (name) {
      case 'K' -> {
        if (i < words.length && words[i].length() >= MODE_WORD_LENGTH && Mode.parse(words[i]).isPresent()) {
          value.add(words[i++]);
        }
        while (i < words.length && SETTING.matcher(words[i]).matches()) {
          value.add(words[i++]);
        }
      }
      case 'Q' -> {
        while (i < words.length && (insideQuotes(value) || TEMPO_WORD.matcher(words[i]).matches()
            || words[i].startsWith("\""))) {
          value.add(words[i++]);
        }
      }
      case 'X', 'M', 'L' -> { }
      default -> {
        while (i < words.length && !FIELD.matcher(words[i]).matches()) {
          value.add(words[i++]);
        }
      }
    }
    return i;
  }

  private static boolean insideQuotes(List<String> value) {
    return String.join(" ", value).chars().filter(c -> c == '"').count() % 2 == 1;
  }
}
