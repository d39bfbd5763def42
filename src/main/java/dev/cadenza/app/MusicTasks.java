package dev.cadenza.app;

import dev.cadenza.abc.AbcException;
import dev.cadenza.abc.AbcQuestions;
import dev.cadenza.answer.TaskAnswers;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.MelodyQuestions;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiException;
import dev.cadenza.piano.FingeringQuestions;
import java.util.Optional;

/** The tutor's computed answers: an ABC tune pasted into the question, a melody over a progression, then a fingering. */
public final class MusicTasks implements TaskAnswers {

  /** The intent of a composed melody. */
  public static final String MELODY = "melody_composition";
  /** The intent of a fingering. */
  public static final String FINGERING = "piano_fingering";
  /** The intent of an analysed ABC tune. */
  public static final String ABC = "abc_analysis";

  private final Composer composer = new Composer();
  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();

  @Override
  public Optional<TaskAnswer> answer(String question) {
    Optional<String> abc = AbcQuestions.tune(question);
    if (abc.isPresent()) {
      return Optional.of(abcAnswer(abc.get()));
    }
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

  private TaskAnswer abcAnswer(String abc) {
    try {
      AbcQuestions.TuneReport report = AbcQuestions.report(abc, analyzer);
      return new TaskAnswer(ABC, AbcQuestions.text(report), report);
    } catch (AbcException | MidiException e) {
      return new TaskAnswer(ABC, "I could not read the ABC tune: " + e.getMessage() + ".", null);
    }
  }
}
