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
  void aListOfInstructionsGivesItsItemsWholeAfterTheSentenceAnnouncingIt() {
    Draft draft = composer.answer(new GenerationRequest("how do i practise melodic dictation", List.of(
        section(1, 0, "", "Melodic dictation means hearing a melody and writing it down."),
        section(2, 3, "Building a routine", "Melodic dictation becomes a habit with a routine:\n\n"
            + "- Take one short melodic dictation every day. Graded collections help.\n"
            + "- Record the melody and check your answer afterwards.\n- Alternate major and minor keys.\n\n"
            + "The routine becomes automatic.")), List.of()));
    assertThat(draft.text()).isEqualTo("Melodic dictation becomes a habit with a routine: [2]\n"
        + "- Take one short melodic dictation every day. [2] Graded collections help. [2]"
        + "\n- Record the melody and check your answer afterwards. [2]\n- Alternate major and minor keys. [2]");
  }

  @Test
  void stepsComeOnlyFromThePageRetrievalRanksFirst() {
    Passage finding = new Passage(new StoredChunk("finding#0", "finding", "Finding the Key of a Major or Minor Piece", "",
        "To find the key, read what the score gives first:\n\n- Read the key signature of the major or minor key.\n"
            + "- Look at the last chord.\n- Check the first phrase.", "beginner", "pitch", 0),
        2, 1.0 / 62, TestPassages.evidence(2, 1f, 2, 1f));
    Draft draft = composer.answer(new GenerationRequest("how do i find the parallel minor of a major key", List.of(
        passage(1, "Relative and Parallel Keys", "Parallel keys", "The parallel minor of a major key shares its tonic:"
            + " C major and C minor are parallel keys."), finding), List.of()));
    assertThat(draft.text()).startsWith("The parallel minor of a major key shares its tonic");
  }

  @Test
  void aSectionNamedByTheAskedVerbAnswersHowToDoIt() {
    Draft draft = composer.answer(new GenerationRequest("how do you count cut time", List.of(
        passage(1, "Time Signatures", "Simple time signatures", "Time signatures name the meter:\n\n"
            + "- 2/4: two quarter-note beats.\n- 2/2: two half-note beats, called cut time or alla breve."),
        passage(2, "Simple Meter", "Counting in simple meter", "The standard counting system names the beats with"
            + " numbers. In 2/2 the counting shifts up a level: the half notes are the beats (1 2).")), List.of()));
    assertThat(draft.text()).contains("In 2/2 the counting shifts up a level: the half notes are the beats (1 2). [2]");
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
