package dev.cadenza.finetune;

import java.util.Locale;

/**
 * A family of question-answer templates. Each family draws its questions around one subject (a chord
 * root, a key or a corpus document), and the split holds out whole subjects per family, so an eval
 * question never shares its family and subject with a training question.
 */
public enum Family {
  CHORD_SPELLING(Subject.ROOT, 13),
  CHORD_IDENTIFICATION(Subject.ROOT, 11),
  CHORD_MEMBERSHIP(Subject.ROOT, 9),
  INTERVAL(Subject.ROOT, 12),
  SCALE(Subject.ROOT, 10),
  KEY_SIGNATURE(Subject.KEY, 3),
  KEY_RELATION(Subject.KEY, 5),
  ROMAN_REALISE(Subject.KEY, 9),
  ROMAN_ANALYSE(Subject.KEY, 6),
  CADENCE(Subject.KEY, 7),
  CONCEPTUAL(Subject.DOCUMENT, 10),
  MIDI_FEEDBACK(Subject.KEY, 5);

  /** What a family's questions are grouped by for the split. */
  public enum Subject {
    /** A spelled root or starting note without octave: "D#", "Bbb". */
    ROOT,
    /** A key name: "Ab major", "F# minor". */
    KEY,
    /** A corpus document id: "harmony/cadences". */
    DOCUMENT
  }

  private final Subject subject;
  private final int weight;

  Family(Subject subject, int weight) {
    this.subject = subject;
    this.weight = weight;
  }

  public Subject subject() {
    return subject;
  }

  /** The family's share of the dataset, in percent of the requested size. */
  public int weight() {
    return weight;
  }

  /** The lower-case name written in records and stats: {@code chord_spelling}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
