package dev.cadenza.app;

import dev.cadenza.answer.TaskAnswers;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.MelodyQuestions;
import dev.cadenza.piano.FingeringQuestions;
import java.util.Optional;

/** The piano tutor's computed answers: a melody over a progression, then a fingering. */
public final class MusicTasks implements TaskAnswers {

  /** The intent of a composed melody. */
  public static final String MELODY = "melody_composition";
  /** The intent of a fingering. */
  public static final String FINGERING = "piano_fingering";

  private final Composer composer = new Composer();

  @Override
  public Optional<TaskAnswer> answer(String question) {
    try {
      Optional<TaskAnswer> melody = MelodyQuestions.request(question).map(composer::compose)
          .map(c -> new TaskAnswer(MELODY, MelodyQuestions.text(c), c));
      if (melody.isPresent()) {
        return melody;
      }
      return FingeringQuestions.answer(question).map(f -> new TaskAnswer(FINGERING, FingeringQuestions.text(f), f));
    } catch (IllegalArgumentException e) {
      // The question is a task whose arguments cannot be played (a key with nine sharps, a chord too wide).
      return Optional.of(new TaskAnswer(MelodyQuestions.asksForMelody(question) ? MELODY : FINGERING,
          "I cannot do that exactly: " + e.getMessage() + ".", null));
    }
  }
}
