package dev.cadenza.answer;

import dev.cadenza.question.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan of a comparison: each side in turn, led by the sentence that says what it is, then the contrast, the
 * sentence that names the most sides. It quotes through its {@link AnswerPlan}, so runs, antecedents and duplicates
 * are handled as in every other plan.
 */
final class ComparisonPlan {

  /** Sentences for each side of a comparison: the one that says what it is, and the next if it stays relevant. */
  private static final int SIDE_PROSE = 2;

  private final AnswerPlan plan;
  private final Relevance relevance;

  ComparisonPlan(AnswerPlan plan, Relevance relevance) {
    this.plan = plan;
    this.relevance = relevance;
  }

  /** Each side in turn, then the contrast: the sentence that names the most sides. */
  void compose(List<Set<String>> sides) {
    for (Set<String> side : sides) {
      Set<String> others = new HashSet<>();
      sides.stream().filter(other -> other != side).forEach(others::addAll);
      others.removeAll(side);
      // A side given the noun of the last ("rondo form" of "rondo or ternary form") may be named without it.
      bestForSide(side, others, side, false).or(() -> bestForSide(distinctive(side, sides), others, side, false))
          .or(() -> bestForSaidWords(side, others))
          .ifPresent(s -> plan.addRun(s, relevance.score(s), SIDE_PROSE));
    }
    List<Set<String>> distinct = sides.stream().map(side -> distinctive(side, sides)).toList();
    plan.best(s -> sidesNamed(s, distinct) >= 2 ? sidesNamed(s, distinct) + relevance.score(s) : 0)
        .ifPresent(s -> plan.addRun(s, relevance.score(s), 1));
  }

  /**
   * The side sought without the words no passage uses ("fully" of "fully diminished 7th", which the passages call the
   * diminished seventh): those cannot be asked of a sentence. Empty when every word is used or none is.
   */
  private Optional<SourceSentence> bestForSaidWords(Set<String> side, Set<String> others) {
    Set<String> said = new HashSet<>(side);
    said.removeIf(word -> !plan.says(word));
    return said.isEmpty() || said.equals(side) ? Optional.empty() : bestForSide(said, others, side, true);
  }

  /**
   * A sentence defining this side leads it; one naming the others too is kept for the contrast. A glossary entry whose
   * term and the side each have a word the other lacks is about something else ("Relative keys" for the side
   * "relative pitch"), while one for more of the side ("Ternary form" for "ternary") is about it.
   *
   * @param apart whether a sentence naming another side is left out: the words sought no longer tell the sides apart
   */
  private Optional<SourceSentence> bestForSide(Set<String> words, Set<String> others, Set<String> side, boolean apart) {
    return plan.best(s -> Relevance.share(s, words) < 1 || otherTerm(s, side) || opensOn(s, others, side)
        || apart && Relevance.share(s, others) > 0 ? 0
        : relevance.score(s) + (Relevance.defines(s, words) ? 2 : 0) - (Relevance.share(s, others) > 0 ? 0.5 : 0));
  }

  /**
   * Whether the sentence opens on another side and not on this one: "Overlaps therefore damage voice independence in
   * much the same way crossings do" is about overlaps, however it names crossings.
   */
  private static boolean opensOn(SourceSentence s, Set<String> others, Set<String> side) {
    Set<String> opening = s.openingTerms();
    return opening.stream().anyMatch(others::contains) && opening.stream().noneMatch(side::contains);
  }

  private static boolean otherTerm(SourceSentence s, Set<String> side) {
    Set<String> term = Terms.of(AnswerPlan.entryTerm(s));
    return !side.containsAll(term) && !term.containsAll(side);
  }

  /** A side's words that not every side has: "relative" of "relative key" against "parallel key". */
  private static Set<String> distinctive(Set<String> side, List<Set<String>> sides) {
    Set<String> own = new HashSet<>(side);
    own.removeIf(word -> sides.stream().allMatch(other -> other.contains(word)));
    return own.isEmpty() ? side : own;
  }

  private static long sidesNamed(SourceSentence s, List<Set<String>> sides) {
    return sides.stream().filter(side -> Relevance.share(s, side) > 0).count();
  }
}
