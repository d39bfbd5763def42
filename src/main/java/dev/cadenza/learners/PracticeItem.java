package dev.cadenza.learners;

import java.util.List;

/**
 * An item as the learner sees it: no expected answer, only what is needed to answer it.
 *
 * @param midi a base64 Standard MIDI File the page plays (an ear item's progression), or null (absent in JSON)
 */
public record PracticeItem(String itemId, String topic, int difficulty, String prompt, String answerFormat,
    List<String> notes, String midi, boolean review) {

  static PracticeItem of(String itemId, Exercise exercise, boolean review) {
    return new PracticeItem(itemId, exercise.topic().label(), exercise.difficulty(), exercise.prompt(),
        exercise.answerFormat(), exercise.notes(), exercise.midi(), review);
  }
}
