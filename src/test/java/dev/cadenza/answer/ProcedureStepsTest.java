package dev.cadenza.answer;

import static dev.cadenza.answer.TestPassages.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A procedure's steps: the instructions that open the sections of one document, in document order. */
class ProcedureStepsTest {

  private final GroundedComposer composer = new GroundedComposer();

  /** Section {@code position} of document "dictation", retrieved at {@code rank}. */
  private static Passage section(int rank, int position, String heading, String text) {
    return new Passage(new StoredChunk("dictation#" + position, "dictation", "Melodic Dictation", heading, text,
        "beginner", "ear-training", position), rank, 1.0 / (60 + rank), TestPassages.evidence(rank, 1f, rank, 1f));
  }

  @Test
  void theStepsAreTheSectionsOpeningInstructionsInDocumentOrder() {
    Draft draft = composer.answer(new GenerationRequest("how to do melodic dictation", List.of(
        section(1, 2, "Working out pitches", "After each hearing, sing back a chunk of the melodic dictation on solfege."
            + " This keeps the task about relationships."),
        section(2, 1, "The first hearings", "On the first playing of the dictation, do not write. Listen to the whole"
            + " melody and memorise it. Many students scribble during the first hearing."),
        section(3, 0, "Melodic dictation", "Melodic dictation means hearing a melody and writing it down.")), List.of()));
    assertThat(draft.text()).isEqualTo("On the first playing of the dictation, do not write. [2] Listen to the whole"
        + " melody and memorise it. [2] After each hearing, sing back a chunk of the melodic dictation on solfege. [1]");
  }

  @Test
  void stepsComeOnlyFromAPageWhoseTitleNamesTheTask() {
    Passage harmonic = new Passage(new StoredChunk("harmonic#1", "harmonic", "Harmonic Dictation", "The soprano",
        "Take down the soprano, the most melodic voice of the dictation. Check every soprano note against its chord.",
        "beginner", "ear-training", 1), 1, 1.0 / 61, TestPassages.evidence(1, 1f, 1, 1f));
    Draft draft = composer.answer(new GenerationRequest("tips for melodic dictation", List.of(harmonic,
        section(2, 0, "Melodic dictation", "Melodic dictation means hearing a melody and writing it down.")), List.of()));
    assertThat(draft.text()).startsWith("Melodic dictation means hearing a melody and writing it down. [2]");
  }

  @Test
  void withoutTwoInstructionsTheOrdinaryPlanAnswers() {
    Draft draft = composer.answer(new GenerationRequest("how do i transpose a melody", List.of(
        passage(1, "Transposition", "", "To transpose a melody, move every note by the same interval. Transposing a"
            + " melody keeps its intervals.")), List.of()));
    assertThat(draft.text()).startsWith("To transpose a melody, move every note by the same interval. [1]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Set up everything you can before the first playing.|true",
      "On the first playing, do not write.|true", // after an opening phrase, a negative instruction
      "Write the clef, key signature and time signature.|true", // the comma is inside the instruction
      "Practice makes the scales even.|false", // the verb's form is a noun here
      "Double sharps are rare.|false",
      "Melodic dictation means hearing a melody.|false"})
  void tellsAnInstructionFromAStatement(String sentence, boolean instructs) {
    assertThat(ProcedureSteps.instructs(sentence)).isEqualTo(instructs);
  }
}
