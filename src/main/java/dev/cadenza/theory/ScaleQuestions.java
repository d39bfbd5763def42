package dev.cadenza.theory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Answers "notes of B lydian", "spell the E harmonic minor scale". */
final class ScaleQuestions {
  private static final Set<String> NOT_SCALE_FOLLOWERS = Set.of("chord", "chords", "triad", "key", "signature");

  private ScaleQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    if (KeyQuestions.looksLikeKeyQuestion(text) || RomanQuestions.mentionsNumeralInKey(text)) {
      return Optional.empty();
    }
    for (List<QuestionText.Phrase> phrases : QuestionText.phrasesFromNoteLetters(text)) {
      for (QuestionText.Phrase phrase : phrases) {
        Optional<Scale> scale = parse(phrase.text());
        String next = QuestionText.wordAfter(text, phrase.end());
        if (scale.isPresent() && !NOT_SCALE_FOLLOWERS.contains(next) && !next.matches("\\d.*")) {
          return Optional.of(describe(scale.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Scale> parse(String phrase) {
    try {
      return Optional.of(Scale.parse(phrase));
    } catch (IllegalArgumentException notAScale) {
      return Optional.empty();
    }
  }

  private static TheoryAnswer describe(Scale scale) {
    List<Note> notes = scale.notes();
    StringBuilder answer = new StringBuilder()
        .append(Prose.capitalise(Prose.withArticle(scale.name()))).append(" scale is spelled ")
        .append(Prose.list(notes)).append(" (").append(scale.type().formula()).append(").");
    scale.type().convention().ifPresent(c -> answer.append(" Convention: ").append(c).append('.'));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tonic", scale.tonic().toString());
    details.put("scale", scale.type().displayName());
    details.put("formula", scale.type().formula());
    details.put("intervals", scale.type().intervals().stream().map(Interval::shortName).toList());
    if (!scale.degreeNames().isEmpty()) {
      details.put("degreeNames", scale.degreeNames());
    }
    scale.type().convention().ifPresent(c -> details.put("convention", c));
    return new TheoryAnswer(Intent.SCALE, answer.toString(), Prose.strings(notes), details);
  }
}
