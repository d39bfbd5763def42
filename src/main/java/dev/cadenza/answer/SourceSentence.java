package dev.cadenza.answer;

import dev.cadenza.corpus.Sentences;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.ArrayList;
import java.util.Collections;
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
 * @param listItem whether it is an item of a bulleted or numbered list, or a later sentence of one ("- Authentic
 *     cadence: V to I. The ending is strongest when ..."), which leans on the item's first sentence and is quoted
 *     only after it, on its line
 * @param announcesList whether it introduces what follows: it ends with a colon, or it ends a paragraph that a list
 *     follows
 * @param section the words of its passage's title and heading
 * @param vector its embedding stored at index time, or null when it has none
 * @param heading whether it heads its paragraph without saying anything ("Mixture in minor: the Picardy third."): a
 *     lead-in, never an answer on its own
 * @param similarity its cosine similarity to the question, or NaN when it has no vector
 * @param continuesItem whether it is a later sentence of a list item
 */
record SourceSentence(String text, String headword, int passage, int position, int paragraph, boolean listItem,
    boolean announcesList, boolean leans, boolean heading, Set<String> terms, Set<String> section, float[] vector,
    double similarity, boolean continuesItem) {

  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");
  /** The words that name what a sentence is about: its subject comes first ("Voice overlap happens ..."). */
  private static final int OPENING_WORDS = 3;
  /**
   * A verb, a preposition other than "of" or a word that points back: such a sentence says something, it names
   * nothing. "over" and "under" count only with an object after them: closing a name they are particles ("Crossing
   * over", "Thumb under (thumb crossing)").
   */
  private static final Pattern NOT_A_HEADWORD = Pattern.compile(
      "(?i).*\\b(?:is|are|was|were|has|have|had|can|could|do|does|did|will|would|must|should|may|might|not|no|in|on|at"
          + "|to|by|with|from|for|into|(?:over|under)(?=\\s+\\w))\\b.*");
  private static final int HEADWORD_MAX_WORDS = 4;
  /** A verb and an article: "Double the bass", "Lead the lowered second down" ("Avoid note" is a term). */
  private static final Pattern INSTRUCTION_LABEL = Pattern.compile("(?i)\\w+\\s+(?:the|a|an|your|each|every)\\b");
  /** A verb that makes a clause of a short paragraph opener; without one the opener is a lead-in heading. */
  private static final Pattern CLAUSE_VERB = Pattern.compile(
      "(?i).*\\b(?:is|are|was|were|be|has|have|had|can|could|do|does|did|will|would|must|should|may|might|means"
          + "|makes|gives|needs|uses|sounds|moves|resolves|falls|rises|goes|comes|leads|lies|sits|works)\\b.*");
  private static final int HEADING_MAX_WORDS = 10;
  /**
   * What a lead-in heading looks like beyond lacking a common verb: a label and a colon ("Mixture in minor: the Picardy
   * third."), a name of a few words ("D major.", "Example in C major.") or a bold number. A longer sentence has a verb
   * the list above does not know ("A "sus" chord replaces the third.", "The leading tone pulls toward the tonic.").
   */
  private static final Pattern LABEL_SHAPE = Pattern.compile(
      "(?i)(?:[^:]+:\\s.*|\\W*(?:\\S+\\s+){0,2}\\S+|\\W*(?:example|exercise)\\b.*|\\W*\\d+\\W*)");
  /**
   * A numbered exercise or worked example ("Example 1: Give two enharmonic spellings ..."): a task for the reader, whose
   * worked answer may follow in its paragraph.
   */
  private static final Pattern EXERCISE = Pattern.compile(
      "(?i)^(?:example|exercise|question|problem|quiz|drill|task)\\s*\\d+[a-z]?\\s*[:.)].*");
  /** An example of one sentence, nothing worked after it, states a fact ("Example 4. A rest that fills all of a 6/8 ..."). */
  private static final Pattern EXAMPLE_LABEL = Pattern.compile("(?i)^example\\s*\\d+[a-z]?\\s*[:.)]\\s*");

  /** The sentences of chunks already read, without their place in a request and their similarity to its question. */
  private static final PerChunk<List<Unplaced>> READ = new PerChunk<>(SourceSentence::read);

  /** A sentence as read from its chunk, with the text its vector was stored under. */
  private record Unplaced(SourceSentence sentence, String embedded) {}

  /** The sentences of each passage, in order. */
  static List<List<SourceSentence>> of(List<Passage> passages) {
    List<List<SourceSentence>> all = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      List<Unplaced> read = READ.of(passages.get(p).chunk());
      SentenceMeaning meaning = passages.get(p).meaning();
      List<SourceSentence> sentences = new ArrayList<>(read.size());
      for (Unplaced unplaced : read) sentences.add(unplaced.sentence().placed(p, meaning, unplaced.embedded()));
      all.add(sentences);
    }
    return all;
  }

  private SourceSentence placed(int passage, SentenceMeaning meaning, String embedded) {
    return new SourceSentence(text, headword, passage, position, paragraph, listItem, announcesList, leans, heading,
        terms, section, meaning.vector(embedded), meaning.similarity(embedded).orElse(Double.NaN), continuesItem);
  }

  private static List<Unplaced> read(StoredChunk chunk) {
    List<Unplaced> sentences = new ArrayList<>();
    Set<String> section = Collections.unmodifiableSet(Terms.of(chunk.title() + " " + chunk.heading()));
    String[] paragraphs = chunk.text().split("\n\\s*\n");
    for (int paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      List<String> raw = TableRows.readable(Sentences.split(paragraphs[paragraph]));
      boolean inItem = false;
      boolean afterPrompt = false;
      for (int i = 0; i < raw.size(); i++) {
        String headword = "";
        String text = raw.get(i);
        String embedded = text;
        // "Diminished triad. Two minor thirds, ..." (a glossary entry or a bold lead-in) is one definition.
        if ((i == 0 || LIST_MARKER.matcher(text).find()) && i + 1 < raw.size() && isHeadword(text)
            && !LIST_MARKER.matcher(raw.get(i + 1)).find()) {
          headword = unmarked(text).replaceFirst("\\.$", "");
          text = text.replaceFirst("\\.$", "") + ": " + raw.get(++i);
          // The headword is too short to have been embedded; the definition carries the meaning.
          embedded = raw.get(i);
        }
        boolean heading = headword.isEmpty() && i == 0 && i + 1 < raw.size() && isHeading(text);
        // The last sentence of a paragraph that a list follows introduces it, with or without a colon.
        boolean beforeList = i == raw.size() - 1 && paragraph + 1 < paragraphs.length
            && LIST_MARKER.matcher(paragraphs[paragraph + 1].strip()).lookingAt();
        // The splitter starts a new block only at a list marker, so an unmarked sentence after an item is the item's.
        boolean continuation = inItem && !LIST_MARKER.matcher(text).find() && !text.startsWith("|");
        inItem = LIST_MARKER.matcher(text).find() || continuation;
        // The answer to an item that asks ("- How long does the new key last? A measure or two ...") stays in the item
        // but leans on nothing: it may be quoted alone.
        boolean answersItem = continuation && raw.get(i - 1).endsWith("?");
        // The worked answer to an exercise ("Example 1: How many sixteenths fit in a half note? A half note equals 2
        // quarters, ... so the answer is 8.") answers the exercise, not the student: it comes with its prompt or not at all.
        boolean answersPrompt = afterPrompt && !inItem;
        afterPrompt |= EXERCISE.matcher(unmarked(text).strip()).matches();
        if (i == raw.size() - 1 && !inItem) text = EXAMPLE_LABEL.matcher(text).replaceFirst("");
        sentences.add(new Unplaced(parse(text, headword, heading, beforeList, continuation,
            continuation && !answersItem || answersPrompt, sentences.size(), paragraph, section), embedded));
      }
    }
    return List.copyOf(sentences);
  }

  private static boolean isHeadword(String sentence) {
    String text = unmarked(sentence);
    // "Double the bass.", "Avoid the cross relation.": a rule's bold lead-in tells what to do; it names no term.
    if (ProcedureSteps.instructs(text) && INSTRUCTION_LABEL.matcher(text).lookingAt()) return false;
    return text.endsWith(".") && Character.isUpperCase(text.charAt(0))
        && Sentences.wordCount(text.replaceAll("\\([^)]*\\)", "")) <= HEADWORD_MAX_WORDS
        && !NOT_A_HEADWORD.matcher(text).matches() && !Antecedents.leans(text);
  }

  /**
   * A short paragraph opener with no verb of its own and no list of its own, such as a bold lead-in whose emphasis
   * the chunker removed; a list item ("IV: left hand F; right hand C, F, A.") says something even without a verb.
   */
  private static boolean isHeading(String sentence) {
    return !LIST_MARKER.matcher(sentence).find() && Sentences.wordCount(sentence) <= HEADING_MAX_WORDS
        && !CLAUSE_VERB.matcher(sentence).matches() && !sentence.matches(".*[,;?].*") && !Antecedents.leans(sentence)
        && LABEL_SHAPE.matcher(sentence).matches();
  }

  private static String unmarked(String sentence) {
    return LIST_MARKER.matcher(sentence).replaceFirst("");
  }

  /** The sentence as its chunk has it, before it is placed in a request's passages. */
  private static SourceSentence parse(String raw, String headword, boolean heading, boolean beforeList,
      boolean continuation, boolean leansOnTheOneBefore, int position, int paragraph, Set<String> section) {
    boolean listItem = LIST_MARKER.matcher(raw).find() || continuation;
    String text = unmarked(raw).strip();
    return new SourceSentence(text, headword, -1, position, paragraph, listItem,
        text.endsWith(":") || beforeList && !listItem,
        leansOnTheOneBefore || Antecedents.leans(text), heading, Collections.unmodifiableSet(Terms.of(text)), section, null, Double.NaN,
        continuation);
  }

  /**
   * A sentence is known by its place in the request: the planner keeps sentences in sets and maps, question after
   * question, and comparing their term sets and vectors each time cost more than choosing them.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceSentence s && passage == s.passage && position == s.position && text.equals(s.text);
  }

  @Override
  public int hashCode() {
    return (31 * passage + position) * 31 + text.hashCode();
  }

  /** Whether it asks the reader something (a question, an exercise prompt) instead of telling: never quoted. */
  boolean asks() {
    return text.endsWith("?") || EXERCISE.matcher(text).matches();
  }

  int words() {
    return Sentences.wordCount(text);
  }

  /** The terms of its first {@value #OPENING_WORDS} words: what it opens on ("A pivot chord belongs ..."). */
  Set<String> openingTerms() {
    String[] words = text.split("\\s+", OPENING_WORDS + 1);
    return Terms.of(String.join(" ", List.of(words).subList(0, Math.min(OPENING_WORDS, words.length))));
  }
}
