package dev.cadenza.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a composed answer for a beginner: at most {@link #MAX_SENTENCES} cited sentences, and on first use
 * each glossary term and each figured-bass figure after a Roman numeral gets its plain-words gloss in parentheses.
 * Only words are touched: nothing is inserted inside quotes, citations, note names or numbers, and the sentences
 * kept keep their citations, so they still point at the passages they came from.
 */
final class BeginnerWording {

  static final int MAX_SENTENCES = 3;

  /** A sentence's citations: the composer ends every quoted sentence (and list item) with them. */
  private static final Pattern CITED = Pattern.compile("\\[\\d{1,3}](?:\\s*\\[\\d{1,3}])*");
  /** Spans no gloss may enter or follow into: quotations and citation markers. */
  private static final Pattern PROTECTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D|\\[\\d{1,3}]");
  /** A Roman numeral with its figure ("V7", "ii6/5", "I6/4", "viiø7"), not part of a longer word or number. */
  private static final Pattern NUMERAL_FIGURE = Pattern.compile(
      "(?<![\\p{L}\\d#/])[b#\u266D\u266F]?(?:VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)[\u00B0\u00F8o+]?"
          + "(6/5|6/4|4/3|4/2|7|6)(?![\\p{L}\\d]|/\\d)");
  /** A term already explained where it stands: defined by its sentence, or followed by its own parenthesis. */
  private static final Pattern EXPLAINED_AFTER = Pattern.compile("\\s*(?:\\(|:|is\\b|are\\b|means\\b)");

  private final BeginnerGlossary glossary;

  BeginnerWording(BeginnerGlossary glossary) {
    this.glossary = glossary;
  }

  String reword(String answer, String question) {
    String text = shortened(answer);
    List<int[]> taken = spans(PROTECTED, text);
    List<Insertion> insertions = new ArrayList<>();
    String asked = question.toLowerCase(Locale.ROOT);
    for (BeginnerGlossary.Entry entry : glossary.terms()) {
      if (asked.contains(entry.term().toLowerCase(Locale.ROOT))) {
        continue; // the answer is about this term: it explains it already
      }
      Matcher m = termPattern(entry.term()).matcher(text);
      while (m.find()) {
        if (free(taken, m.start(), m.end())) {
          taken.add(new int[] {m.start(), m.end()});
          if (!EXPLAINED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            insertions.add(new Insertion(m.end(), " (" + entry.gloss() + ")"));
          }
          break;
        }
      }
    }
    Set<String> figuresGlossed = new HashSet<>();
    Matcher m = NUMERAL_FIGURE.matcher(text);
    while (m.find()) {
      String figure = m.group(1);
      if (free(taken, m.start(), m.end()) && figuresGlossed.add(figure)) {
        glossary.figures().stream().filter(f -> f.term().equals(figure)).findFirst()
            .ifPresent(f -> insertions.add(new Insertion(m.end(), " (figure " + figure + ": " + f.gloss() + ")")));
      }
    }
    StringBuilder out = new StringBuilder(text);
    insertions.stream().sorted(Comparator.comparingInt(Insertion::at).reversed())
        .forEach(i -> out.insert(i.at(), i.text()));
    return out.toString();
  }

  /** The answer up to the end of its {@link #MAX_SENTENCES}th cited sentence. */
  private static String shortened(String answer) {
    Matcher m = CITED.matcher(answer);
    for (int found = 0; m.find(); ) {
      if (++found == MAX_SENTENCES) {
        return answer.substring(0, m.end());
      }
    }
    return answer;
  }

  /** The term as a whole word, any case, plural allowed: not inside "leading-tone" or a note name such as "Bb". */
  private static Pattern termPattern(String term) {
    String words = Pattern.quote(term).replace(" ", "\\E\\s+\\Q");
    return Pattern.compile("(?<![\\p{L}\\d#'-])" + words + "(?:e?s)?(?![\\p{L}\\d#-])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<int[]> spans(Pattern pattern, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean free(List<int[]> taken, int start, int end) {
    return taken.stream().noneMatch(span -> start < span[1] && span[0] < end);
  }

  private record Insertion(int at, String text) {}
}
