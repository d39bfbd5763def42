package dev.cadenza.answer;

import dev.cadenza.corpus.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded answerer: no model, no invented text. It picks the sentences of the top passages
 * that best match the question, cites each, and puts the theory engine's exact facts first. When
 * the passages share too few of the question's content words it says its sources do not cover the
 * question rather than quoting something off-topic.
 */
public final class GroundedComposer implements Answerer {

  public static final String NAME = "embedded";
  public static final String NOT_COVERED =
      "My sources don't cover this question, so I won't guess. Try rephrasing it with music-theory terms,"
          + " or ask a curator to add a document about it.";

  /**
   * @param passagesRead how many top passages sentences are drawn from
   * @param maxSentences sentences in an answer
   * @param minCoverage share of the question's content words that must appear in the passages read
   */
  public record Options(int passagesRead, int maxSentences, double minCoverage) {
    public static final Options DEFAULT = new Options(4, 4, 0.5);

    public Options {
      if (passagesRead < 1) throw new IllegalArgumentException("illegal passagesRead: " + passagesRead + ", must be >= 1");
      if (maxSentences < 1) throw new IllegalArgumentException("illegal maxSentences: " + maxSentences + ", must be >= 1");
      if (minCoverage < 0 || minCoverage > 1) {
        throw new IllegalArgumentException("illegal minCoverage: " + minCoverage + ", must be in [0, 1]");
      }
    }
  }

  private static final int MAX_PER_PASSAGE = 2;
  /** Passage sentences after an exact answer: one for context; more dilute the answer (eval token F1 0.183 with two, 0.189 with one). */
  private static final int CONTEXT_AFTER_FACTS = 1;
  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 70;
  private static final double DUPLICATE_OVERLAP = 0.6;
  /** Question terms appearing side by side in a sentence ("deceptive cadence") are worth more than apart. */
  private static final double PHRASE_BONUS = 0.5;
  /** "A deceptive cadence is ..." answers "what is" questions better than a passing mention. */
  private static final double DEFINITION_BONUS = 0.6;
  /** Sentences that lean on an earlier one ("This chord ...") read badly out of context. */
  private static final double DANGLING_FACTOR = 0.6;
  private static final Pattern DANGLING_START = Pattern.compile(
      "^(?:(?:because|since|although|while|when|if)\\s+(?:it|this|these|they|that)\\b"
          + "|(?:this|these|that|those|it|its|they|their|such|then|but|however|also|so|here|there|both|another|instead|likewise)\\b).*",
      Pattern.CASE_INSENSITIVE);
  /** Exercise prompts ("Find the relative minor of Ab major.") set a task instead of answering one. */
  private static final double TASK_FACTOR = 0.5;
  private static final Pattern TASK_START = Pattern.compile(
      "^(?:find|name|identify|spell|write|label|compare|try|play|sing|listen)\\b.*", Pattern.CASE_INSENSITIVE);
  /** "Three situations are not parallels." announces a list that the quote leaves behind. */
  private static final double ANNOUNCEMENT_FACTOR = 0.5;
  private static final int ANNOUNCEMENT_MAX_WORDS = 12;
  private static final Pattern ANNOUNCEMENT = Pattern.compile("\\b(?:two|three|four|five|six|seven|several|a few)\\s+(?:\\w+\\s+)?"
      + "(?:ways|places|situations|kinds|types|cases|rules|steps|reasons|things|points|exceptions|categories|options)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTE_NAME = Pattern.compile("[a-g](?:#{1,2}|b{1,2}|x)?\\d?");
  private static final Pattern DEFINITION = Pattern.compile(
      "^(?:(?:a|an|the)\\s+)?(?:[\\w#'-]+\\s+){0,5}?(?:is|are|means|refers to|describes)\\b.*", Pattern.CASE_INSENSITIVE);

  private record Candidate(String text, int passage, int position, Set<String> terms, double score) {}

  private final Options options;

  public GroundedComposer(Options options) {
    this.options = options;
  }

  public GroundedComposer() {
    this(Options.DEFAULT);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Draft answer(GenerationRequest request) {
    Set<String> questionTerms = Terms.of(request.question());
    List<Passage> read = request.passages().subList(0, Math.min(options.passagesRead(), request.passages().size()));
    String facts = String.join(" ", request.exactFacts());
    if (coverage(questionTerms, read) < options.minCoverage()) {
      return facts.isEmpty() ? new Draft(NOT_COVERED, false) : new Draft(facts, true);
    }
    // An exact answer already answers the particular case (the notes of D# major 13th); passages then
    // add context about the concept, so the question's note names no longer count, and never repeat the facts.
    Set<String> contextTerms = facts.isEmpty() ? questionTerms : withoutNoteNames(questionTerms);
    int room = facts.isEmpty() ? options.maxSentences() : CONTEXT_AFTER_FACTS;
    List<Candidate> chosen = choose(candidates(contextTerms.isEmpty() ? questionTerms : contextTerms, read), room, Terms.of(facts));
    StringBuilder answer = new StringBuilder(facts);
    for (Candidate c : chosen) {
      if (!answer.isEmpty()) answer.append(' ');
      answer.append(c.text()).append(" [").append(c.passage() + 1).append(']');
    }
    return new Draft(answer.toString(), true);
  }

  private static Set<String> withoutNoteNames(Set<String> terms) {
    Set<String> kept = new LinkedHashSet<>(terms);
    kept.removeIf(term -> NOTE_NAME.matcher(term).matches());
    return kept;
  }

  private static double coverage(Set<String> questionTerms, List<Passage> passages) {
    if (questionTerms.isEmpty() || passages.isEmpty()) {
      return 0;
    }
    Set<String> passageTerms = new java.util.HashSet<>();
    passages.forEach(p -> passageTerms.addAll(Terms.of(p.chunk().title() + " " + p.chunk().heading() + " " + p.chunk().text())));
    return questionTerms.stream().filter(passageTerms::contains).count() / (double) questionTerms.size();
  }

  private static List<Candidate> candidates(Set<String> questionTerms, List<Passage> passages) {
    List<List<String>> sentences = passages.stream().map(p -> Sentences.split(p.chunk().text())).toList();
    Map<String, Integer> sentenceFrequency = new HashMap<>();
    sentences.forEach(list -> list.forEach(s -> Terms.of(s).forEach(t -> sentenceFrequency.merge(t, 1, Integer::sum))));
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < sentences.size(); p++) {
      List<String> list = sentences.get(p);
      for (int i = 0; i < list.size(); i++) {
        String sentence = cleanListMarker(list.get(i));
        int words = Sentences.wordCount(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS || sentence.startsWith("|") || sentence.endsWith(":")
            || sentence.endsWith("?")) {
          continue;
        }
        Set<String> terms = Terms.of(sentence);
        double score = 0;
        for (String term : questionTerms) {
          if (terms.contains(term)) score += 1.0 / Math.sqrt(sentenceFrequency.getOrDefault(term, 1));
        }
        if (score == 0) continue;
        score += PHRASE_BONUS * sharedPhrases(questionTerms, sentence);
        if (DEFINITION.matcher(sentence).matches() && startsWithQuestionTerm(sentence, questionTerms)) score += DEFINITION_BONUS;
        if (DANGLING_START.matcher(sentence).matches()) score *= DANGLING_FACTOR;
        if (TASK_START.matcher(sentence).matches()) score *= TASK_FACTOR;
        if (words <= ANNOUNCEMENT_MAX_WORDS && ANNOUNCEMENT.matcher(sentence).find()) score *= ANNOUNCEMENT_FACTOR;
        // Earlier passages and earlier sentences (often definitions) win ties.
        score += 0.15 / (p + 1) + 0.05 / (i + 1);
        candidates.add(new Candidate(sentence, p, i, terms, score));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::passage).thenComparingInt(Candidate::position));
    return candidates;
  }

  /** The best {@code room} candidates, at most two per passage, none repeating another or the exact facts. */
  private static List<Candidate> choose(List<Candidate> ranked, int room, Set<String> factTerms) {
    List<Candidate> chosen = new ArrayList<>();
    Map<Integer, Integer> perPassage = new HashMap<>();
    for (Candidate c : ranked) {
      if (chosen.size() == room) break;
      if (perPassage.getOrDefault(c.passage(), 0) == MAX_PER_PASSAGE) continue;
      if (overlap(c.terms(), factTerms) > DUPLICATE_OVERLAP
          || chosen.stream().anyMatch(other -> overlap(c.terms(), other.terms()) > DUPLICATE_OVERLAP)) continue;
      chosen.add(c);
      perPassage.merge(c.passage(), 1, Integer::sum);
    }
    return chosen;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    long shared = a.stream().filter(b::contains).count();
    return shared / (double) Math.min(a.size(), b.size());
  }

  /** How many adjacent pairs of question terms also stand side by side in the sentence. */
  private static int sharedPhrases(Set<String> questionTerms, String sentence) {
    List<String> question = List.copyOf(questionTerms);
    List<String> words = List.copyOf(Terms.of(sentence));
    int shared = 0;
    for (int i = 0; i + 1 < question.size(); i++) {
      int at = words.indexOf(question.get(i));
      if (at >= 0 && at + 1 < words.size() && words.get(at + 1).equals(question.get(i + 1))) shared++;
    }
    return shared;
  }

  /** Whether one of the first few content words of the sentence is a question term. */
  private static boolean startsWithQuestionTerm(String sentence, Set<String> questionTerms) {
    return Terms.of(sentence).stream().limit(3).anyMatch(questionTerms::contains);
  }

  private static String cleanListMarker(String sentence) {
    return sentence.replaceFirst("^(?:[-*+]|\\d+\\.)\\s+", "");
  }
}
