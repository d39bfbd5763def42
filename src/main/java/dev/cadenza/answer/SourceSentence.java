package dev.cadenza.answer;

import dev.cadenza.corpus.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a retrieved passage, in document order, with what the planner needs to know about it.
 *
 * @param text the sentence as it will be quoted: list marker removed, a glossary headword ("**Cadence.** A
 *     formula ...") written as "Cadence: A formula ..."
 * @param headword the glossary term the sentence defines, or empty
 * @param passage index of its passage in the request (0-based)
 * @param position index within the passage
 * @param paragraph index of its paragraph (a block between blank lines) within the passage
 * @param listItem whether it is an item of a bulleted or numbered list
 * @param announcesList whether it ends with a colon, introducing what follows
 */
record SourceSentence(String text, String headword, int passage, int position, int paragraph, boolean listItem,
    boolean announcesList, boolean leans, Set<String> terms) {

  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");
  private static final Pattern GLOSSARY_ENTRY = Pattern.compile("^\\*\\*([^*]{1,60}?)\\.?\\*\\*\\s*[.:]?\\s*(.+)$");

  /** The sentences of each passage, in order. */
  static List<List<SourceSentence>> of(List<Passage> passages) {
    List<List<SourceSentence>> all = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      List<SourceSentence> sentences = new ArrayList<>();
      String[] paragraphs = passages.get(p).chunk().text().split("\n\\s*\n");
      for (int paragraph = 0; paragraph < paragraphs.length; paragraph++) {
        for (String raw : Sentences.split(paragraphs[paragraph])) {
          sentences.add(parse(raw, p, sentences.size(), paragraph));
        }
      }
      all.add(sentences);
    }
    return all;
  }

  private static SourceSentence parse(String raw, int passage, int position, int paragraph) {
    Matcher marker = LIST_MARKER.matcher(raw);
    boolean listItem = marker.find();
    String text = listItem ? raw.substring(marker.end()) : raw;
    String headword = "";
    Matcher entry = GLOSSARY_ENTRY.matcher(text);
    if (entry.matches()) {
      headword = entry.group(1).strip();
      text = headword + ": " + entry.group(2);
    }
    text = text.replace("**", "").strip();
    return new SourceSentence(text, headword, passage, position, paragraph, listItem, text.endsWith(":"),
        Antecedents.leans(text), Terms.of(text));
  }

  int words() {
    return Sentences.wordCount(text);
  }
}
