package dev.cadenza.theory.text;

import dev.cadenza.theory.Accidentals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds note names and candidate phrases in plain-English questions and prose. */
public final class QuestionText {
  private static final Pattern NOTE_TOKEN =
      Pattern.compile("(?<![\\w#/+-])(" + ProsePatterns.NOTE + ")(-?\\d)?(?![\\w#/+])");
  private static final Pattern WORD_END = Pattern.compile("(?=[\\s,;:!?()\"]|[.](?!\\d)|$)");
  private static final int MAX_WORDS = 7;

  /** A stretch of text with its character offsets. */
  public record Phrase(String text, int start, int end) {}

  private QuestionText() {}

  /** ASCII accidentals and quotes, single spaces; keeps character positions stable except for Unicode. */
  public static String clean(String text) {
    return Accidentals.asciify(text).replace('’', '\'').replace('“', '"').replace('”', '"');
  }

  /**
   * For every capital note letter at the start of a word, the phrases starting there and ending at a
   * word end, longest first, up to {@value #MAX_WORDS} words: "D# major 13th chord", "D# major 13th",
   * "D# major", "D#".
   */
  public static List<List<Phrase>> phrasesFromNoteLetters(String text) {
    List<List<Phrase>> all = new ArrayList<>();
    Matcher starts = Pattern.compile("(?<![\\w#/+-])[A-G]").matcher(text);
    while (starts.find()) {
      all.add(phrasesFrom(text, starts.start()));
    }
    return all;
  }

  public static List<Phrase> phrasesFrom(String text, int start) {
    List<Phrase> phrases = new ArrayList<>();
    Matcher ends = WORD_END.matcher(text);
    int words = 0;
    int from = start + 1;
    while (words < MAX_WORDS && from <= text.length() && ends.find(from)) {
      int end = ends.end();
      String phrase = text.substring(start, end).strip();
      if (!phrase.isEmpty() && (phrases.isEmpty() || !phrases.get(0).text().equals(phrase))) {
        phrases.add(0, new Phrase(phrase, start, start + phrase.length()));
        words++;
      }
      if (end >= text.length() || ",;:!?()\"".indexOf(text.charAt(end)) >= 0
          || (text.charAt(end) == '.' && (end + 1 >= text.length() || !Character.isDigit(text.charAt(end + 1))))) {
        break;
      }
      from = end + 1;
    }
    return phrases;
  }

  /** The lower-case word right after {@code end}, or "" at punctuation or the end of the text. */
  public static String wordAfter(String text, int end) {
    Matcher m = Pattern.compile("\\G\\s*([\\w#'-]+)").matcher(text);
    return m.find(end) ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** The word right before {@code start}, as written, or "" after punctuation or at the start. */
  public static String wordBefore(String text, int start) {
    Matcher m = Pattern.compile("([\\w#'-]+)\\s*$").matcher(text.substring(0, start));
    return m.find() ? m.group(1) : "";
  }

  public static boolean isNote(String word) {
    return word.matches("(?:" + ProsePatterns.NOTE + ")(?:-?\\d)?");
  }

  /** All note names in the text, in order, with their positions. */
  public static List<Phrase> notes(String text) {
    List<Phrase> notes = new ArrayList<>();
    Matcher m = NOTE_TOKEN.matcher(text);
    while (m.find()) {
      notes.add(new Phrase(m.group(), m.start(), m.end()));
    }
    return notes;
  }
}
