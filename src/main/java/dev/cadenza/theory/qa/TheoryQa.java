package dev.cadenza.theory.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers computable theory questions exactly. The classifier picks the intent; a deterministic parser
 * for that intent extracts the arguments from plain English and the engine computes the answer.
 */
public final class TheoryQa {
  /** Fallback order after the classified intent: the strictest parsers first, the loosest last. */
  private static final List<Intent> FALLBACK_ORDER = List.of(Intent.ROMAN_NUMERAL, Intent.KEY_SIGNATURE,
      Intent.INTERVAL, Intent.SCALE, Intent.CHORD_IDENTIFICATION, Intent.CHORD_SPELLING);

  private static final List<Function<String, Optional<TheoryAnswer>>> SPECIFIC = List.of(
      DegreeQuestions::answer, EnharmonicQuestions::answer, ScaleQuestions::fromNotes, RomanQuestions::specific,
      IntervalQuestions::aboutAnInterval, ChordMemberQuestions::answer, KeyQuestions::neighbour);

  private final IntentClassifier classifier;

  public TheoryQa(IntentClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  /**
   * The exact answer, or empty when the question is conceptual or no intent's arguments can be parsed
   * from it. The answer's intent is the one whose parser succeeded.
   */
  public Optional<TheoryAnswer> answer(String question) {
    Optional<TheoryAnswer> typed = TypedAnswers.answer(question);
    if (typed.isPresent()) {
      return typed;
    }
    // Some questions name a key or a note that another parser would answer on its own ("dominant of F#
    // minor" is not the F# minor scale, "enharmonic of C#" not the C# chord, "the Italian sixth in A
    // minor" not the A minor chord); their wording is specific enough to be read first, even when the
    // classifier calls the question conceptual.
    for (Function<String, Optional<TheoryAnswer>> specific : SPECIFIC) {
      Optional<TheoryAnswer> answer = specific.apply(question);
      if (answer.isPresent()) {
        return answer;
      }
    }
    Intent classified = classifier.classify(question);
    if (!classified.computable()) {
      return Optional.empty();
    }
    // The classifier can be wrong: when its intent's parser finds no arguments, the other parsers are
    // tried too, strictest first, so "relative minor of A major?" is answered even if routed to SCALE.
    List<Intent> order = new ArrayList<>(List.of(classified));
    FALLBACK_ORDER.stream().filter(i -> i != classified).forEach(order::add);
    for (Intent intent : order) {
      Optional<TheoryAnswer> answer = parse(intent, question);
      if (answer.isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }

  private static Optional<TheoryAnswer> parse(Intent intent, String question) {
    return switch (intent) {
      case CHORD_SPELLING -> ChordQuestions.answer(question);
      case CHORD_IDENTIFICATION -> IdentificationQuestions.answer(question);
      case INTERVAL -> IntervalQuestions.answer(question);
      case SCALE -> ScaleQuestions.answer(question);
      case KEY_SIGNATURE -> KeyQuestions.answer(question);
      case ROMAN_NUMERAL -> RomanQuestions.answer(question);
      case CONCEPTUAL -> Optional.empty();
    };
  }
}
