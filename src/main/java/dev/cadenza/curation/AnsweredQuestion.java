package dev.cadenza.curation;

import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.AskService;
import dev.cadenza.answer.Citation;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.index.Filter;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the curation records keep of one answered question: its text, the filters and what the answer used. The
 * conversation id and anything else about the asker are left behind on purpose.
 */
record AnsweredQuestion(String question, Filter filter, AskResult result) {

  /** The longest question text kept; longer questions are cut here. */
  static final int MAX_QUESTION_CHARS = 300;
  /**
   * The best passage's vector score (Lucene's cosine score, (1 + cos) / 2) below which an answer counts as weak: at
   * 0.7 (cosine 0.4) the passage shares a topic word with the question at most.
   */
  static final float WEAK_PASSAGE_SCORE = 0.7f;
  /** Nearest documents kept with a gap. */
  static final int NEAREST_KEPT = 3;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Why this question is a gap, if it is: not covered, or answered without an exact fact from a weak passage. */
  Optional<GapLog.Reason> gap() {
    if (AskService.COMPUTED.equals(result.backend())) {
      return Optional.empty();
    }
    if (!result.covered()) {
      return Optional.of(GapLog.Reason.UNCOVERED);
    }
    if (result.theory() != null) {
      return Optional.empty();
    }
    Optional<RetrievedPassage> best = result.retrieved().stream().min(Comparator.comparingInt(RetrievedPassage::fusedRank));
    boolean weak = best.map(p -> p.vectorScore() == null || p.vectorScore() < WEAK_PASSAGE_SCORE).orElse(true);
    return weak ? Optional.of(GapLog.Reason.WEAK) : Optional.empty();
  }

  GapLog.Gap asGap(GapLog.Reason reason) {
    Set<String> nearest = new LinkedHashSet<>();
    result.retrieved().stream().sorted(Comparator.comparingInt(RetrievedPassage::fusedRank))
        .forEach(p -> nearest.add(p.docId()));
    return new GapLog.Gap(normalised(), reason, nearest.stream().limit(NEAREST_KEPT).toList(), filter.level(), filter.topic());
  }

  /** The documents the answer cited, each once, in citation order. */
  List<String> citedDocuments() {
    return result.citations().stream().map(Citation::docId).distinct().toList();
  }

  /** Compatibility-normalised, spaces collapsed, lower case, and cut to {@link #MAX_QUESTION_CHARS}. */
  String normalised() {
    String text = SPACES.matcher(Normalizer.normalize(question, Normalizer.Form.NFKC)).replaceAll(" ").strip()
        .toLowerCase(Locale.ROOT);
    if (text.length() <= MAX_QUESTION_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_QUESTION_CHARS - 1)) ? MAX_QUESTION_CHARS - 1 : MAX_QUESTION_CHARS;
    return text.substring(0, end);
  }
}
