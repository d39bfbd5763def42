package dev.cadenza.answer;

import dev.cadenza.corpus.Sentences;
import dev.cadenza.index.StoredChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sentence of a retrieved passage, in document order, with what the planner needs to know about it.
 *
 * @param text the sentence as it will be quoted: list marker removed, a glossary headword and its definition
 *     ("Cadence. A formula ...") written as one sentence ("Cadence: A formula ...")
 * @param headword the glossary term the sentence defines, or empty
 * @param passage index of its passage in the request (0-based)
 * @param position index within the passage
 * @param paragraph index of its paragraph (a block between blank lines) within the passage
 * @param listItem whether it is an item of a bulleted or numbered list
 * @param announcesList whether it ends with a colon, introducing what follows
 * @param section the words of its passage's title and heading
 */
record SourceSentence(String text, String headword, int passage, int position, int paragraph, boolean listItem,
    boolean announcesList, boolean leans, Set<String> terms, Set<String> section) {

  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");
  /** A verb, a preposition other than "of" or a word that points back: such a sentence says something, it names nothing. */
  private static final Pattern NOT_A_HEADWORD = Pattern.compile(
      "(?i).*\\b(?:is|are|was|were|has|have|had|can|could|do|does|did|will|would|must|should|may|might|not|no|in|on|at"
          + "|to|by|with|from|for|into|over|under)\\b.*");
  private static final int HEADWORD_MAX_WORDS = 4;

  /** The sentences of each passage, in order. */
  static List<List<SourceSentence>> of(List<Passage> passages) {
    List<List<SourceSentence>> all = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      List<SourceSentence> sentences = new ArrayList<>();
      StoredChunk chunk = passages.get(p).chunk();
      Set<String> section = Terms.of(chunk.title() + " " + chunk.heading());
      String[] paragraphs = chunk.text().split("\n\\s*\n");
      for (int paragraph = 0; paragraph < paragraphs.length; paragraph++) {
        List<String> raw = Sentences.split(paragraphs[paragraph]);
        for (int i = 0; i < raw.size(); i++) {
          String headword = "";
          String text = raw.get(i);
          // "Diminished triad. Two minor thirds, ..." (a glossary entry or a bold lead-in) is one definition.
          if ((i == 0 || LIST_MARKER.matcher(text).find()) && i + 1 < raw.size() && isHeadword(text)
              && !LIST_MARKER.matcher(raw.get(i + 1)).find()) {
            headword = unmarked(text).replaceFirst("\\.$", "");
            text = text.replaceFirst("\\.$", "") + ": " + raw.get(++i);
          }
          sentences.add(parse(text, headword, p, sentences.size(), paragraph, section));
        }
      }
      all.add(sentences);
    }
    return all;
  }

  private static boolean isHeadword(String sentence) {
    String text = unmarked(sentence);
    return text.endsWith(".") && Character.isUpperCase(text.charAt(0))
        && Sentences.wordCount(text.replaceAll("\\([^)]*\\)", "")) <= HEADWORD_MAX_WORDS
        && !NOT_A_HEADWORD.matcher(text).matches() && !Antecedents.leans(text);
  }

  private static String unmarked(String sentence) {
    return LIST_MARKER.matcher(sentence).replaceFirst("");
  }

  private static SourceSentence parse(String raw, String headword, int passage, int position, int paragraph,
      Set<String> section) {
    boolean listItem = LIST_MARKER.matcher(raw).find();
    String text = unmarked(raw).strip();
    return new SourceSentence(text, headword, passage, position, paragraph, listItem, text.endsWith(":"),
        Antecedents.leans(text), Terms.of(text), section);
  }

  int words() {
    return Sentences.wordCount(text);
  }
}
