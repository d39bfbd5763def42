package dev.cadenza.learners;

import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and grades answers that are lists of spelled notes. Spelling counts: F##, Fx and F𝄪 are one note, G is not
 * F## even though it sounds the same.
 */
final class NoteAnswers {
  private NoteAnswers() {}

  /** "C E G", "C, E, G", "D# F𝄪 A#": notes split at commas when there are any, else at spaces. */
  static List<Note> parse(String answer) {
    String[] parts = answer.contains(",") ? answer.split(",") : answer.strip().split("\\s+");
    List<Note> notes = new ArrayList<>();
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      try {
        notes.add(Note.parse(part).withoutOctave());
      } catch (IllegalArgumentException e) {
        throw new MalformedAnswerException("'" + part.strip() + "' is not a note; write notes like C, F#, Bb, F## (or Fx)");
      }
    }
    if (notes.isEmpty()) {
      throw new MalformedAnswerException("no notes in the answer");
    }
    return notes;
  }

  /** Grades notes that must come in this order (a scale from its tonic, a signature in its order). */
  static Grade inOrder(List<Note> expected, String answer) {
    List<Note> given = parse(answer);
    if (given.size() == expected.size() + 1 && given.getLast().sameSpelling(given.getFirst())) {
      given = given.subList(0, expected.size()); // the octave repeated at the top of a scale
    }
    if (given.size() == expected.size() && allSpelledAlike(expected, given)) {
      return Grade.RIGHT;
    }
    return Grade.wrong(spellingSlip(expected, given));
  }

  /** Grades notes in any order (the tones of a chord), each spelled exactly and none missing or extra. */
  static Grade anyOrder(List<Note> expected, String answer) {
    List<Note> extra = new ArrayList<>(parse(answer));
    List<Note> missing = new ArrayList<>();
    for (Note note : expected) {
      Optional<Note> same = extra.stream().filter(note::sameSpelling).findFirst();
      same.ifPresentOrElse(extra::remove, () -> missing.add(note));
    }
    if (missing.isEmpty() && extra.isEmpty()) {
      return Grade.RIGHT;
    }
    Optional<Misconception> found = Optional.empty();
    for (Note want : missing) {
      for (Note got : extra) {
        Optional<Misconception> slip = slip(want, got);
        if (slip.isPresent() && (found.isEmpty() || slip.get() == Misconception.LETTER_NAME)) {
          found = slip;
        }
      }
    }
    return Grade.wrong(found);
  }

  /**
   * What wrong notes beside the expected ones reveal, note by note: a letter-name error outranks an enharmonic
   * confusion.
   */
  static Optional<Misconception> spellingSlip(List<Note> expected, List<Note> given) {
    if (expected.size() != given.size()) {
      return Optional.empty();
    }
    Optional<Misconception> found = Optional.empty();
    for (int i = 0; i < expected.size(); i++) {
      Optional<Misconception> slip = slip(expected.get(i), given.get(i));
      if (slip.isPresent() && (found.isEmpty() || slip.get() == Misconception.LETTER_NAME)) {
        found = slip;
      }
    }
    return found;
  }

  /**
   * The same sound under another letter: a letter-name error when written as a plain letter (F for E#), else an
   * enharmonic confusion (Gb for F#). Empty when the notes are spelled alike or sound different.
   */
  static Optional<Misconception> slip(Note want, Note got) {
    if (want.sameSpelling(got) || want.pitchClass() != got.pitchClass()) {
      return Optional.empty();
    }
    return Optional.of(got.accidental() == 0 && want.accidental() != 0
        ? Misconception.LETTER_NAME : Misconception.ENHARMONIC);
  }

  /** The notes as written in an answer: "D# F## A#". */
  static String write(List<Note> notes) {
    return String.join(" ", notes.stream().map(Note::toString).toList());
  }

  private static boolean allSpelledAlike(List<Note> expected, List<Note> given) {
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).sameSpelling(given.get(i))) {
        return false;
      }
    }
    return true;
  }
}
