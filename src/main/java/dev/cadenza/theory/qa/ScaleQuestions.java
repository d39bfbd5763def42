package dev.cadenza.theory.qa;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.text.NoteLists;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.QuestionText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Answers "notes of B lydian", "spell the E harmonic minor scale". */
final class ScaleQuestions {
  private static final Set<String> NOT_SCALE_FOLLOWERS = Set.of("chord", "chords", "triad", "key", "signature");

  private static final Pattern NAMES_SCALE_FROM_NOTES =
      Pattern.compile("(?i)\\b(?:which|what)\\s+(?:scale|mode)\\b|\\b(?:scale|mode)\\s+(?:is|are)\\s+(?:this|these)\\b");
  private static final int MIN_NOTES_FOR_SCALE = 5;

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

  /**
   * "What scale has the notes C D E F# G A B?": the scale or mode on the first note with exactly those
   * spellings, and the major scale with the same notes when it starts elsewhere.
   */
  static Optional<TheoryAnswer> fromNotes(String question) {
    String text = QuestionText.clean(question);
    if (!NAMES_SCALE_FROM_NOTES.matcher(text).find()) {
      return Optional.empty();
    }
    for (NoteLists.NoteList list : NoteLists.find(text, MIN_NOTES_FOR_SCALE)) {
      Set<Note> given = list.spellings();
      Note first = given.iterator().next();
      Optional<Scale> scale = Arrays.stream(ScaleType.values())
          .map(type -> new Scale(first, type)).filter(s -> sameNotes(s, given)).findFirst();
      if (scale.isPresent()) {
        TheoryAnswer described = describe(scale.get());
        String answer = "Starting on " + first + ", " + Prose.list(List.copyOf(given)) + " form" + (given.size() == 1 ? "s" : "")
            + " the " + scale.get().name() + " scale (" + scale.get().type().formula() + ").";
        Optional<Scale> major = given.stream().map(n -> new Scale(n, ScaleType.MAJOR)).filter(s -> sameNotes(s, given)).findFirst();
        if (major.isPresent() && !major.get().equals(scale.get())) {
          answer += " They are the notes of the " + major.get().name() + " scale, so every mode of " + major.get().name()
              + " uses them too.";
        }
        return Optional.of(new TheoryAnswer(Intent.SCALE, answer, described.notes(), described.details()));
      }
    }
    return Optional.empty();
  }

  private static boolean sameNotes(Scale scale, Set<Note> notes) {
    try {
      return new HashSet<>(scale.notes()).equals(notes) && scale.notes().size() == notes.size();
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return false;
    }
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
