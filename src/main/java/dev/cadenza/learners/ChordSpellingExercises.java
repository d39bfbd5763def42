package dev.cadenza.learners;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Spell a chord from its symbol: every tone with its own letter, so D#maj7 is D# F## A# C##. */
final class ChordSpellingExercises implements ExerciseKind {
  static final List<ChordType> TRIADS = List.of(ChordType.MAJOR, ChordType.MINOR, ChordType.DIMINISHED,
      ChordType.AUGMENTED);
  static final List<ChordType> SEVENTHS = List.of(ChordType.DOMINANT_SEVENTH, ChordType.MAJOR_SEVENTH,
      ChordType.MINOR_SEVENTH, ChordType.HALF_DIMINISHED_SEVENTH, ChordType.DIMINISHED_SEVENTH);
  private static final List<ChordType> EXTENDED = List.of(ChordType.DOMINANT_NINTH, ChordType.MAJOR_NINTH,
      ChordType.MINOR_NINTH, ChordType.DOMINANT_SEVENTH_FLAT_NINTH, ChordType.MAJOR_THIRTEENTH);

  @Override
  public Topic topic() {
    return Topic.CHORD_SPELLING;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    int family = random.nextInt(10);
    List<ChordType> types = family < 5 ? TRIADS : family < 9 ? SEVENTHS : EXTENDED;
    return build(Chord.of(Draws.note(random), Draws.one(types, random)));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Chord.of(Note.parse(parameters.get(0)), ChordType.valueOf(parameters.get(1))));
  }

  private Exercise build(Chord chord) {
    List<Note> tones = chord.tones();
    List<String> roles = chord.intervals().stream().map(Interval::ordinalName).toList();
    String explanation = "The " + chord.name() + " chord is " + Prose.list(tones) + ": above the root "
        + chord.root() + " it stacks " + Prose.and(roles.subList(1, roles.size())) + ", each tone on its own letter.";
    int size = tones.size() > 3 ? 1 : 0;
    int difficulty = 1 + Draws.accidentals(tones) / 2 + size + (Draws.hasDouble(tones) ? 1 : 0);
    return new Exercise(key(chord.root(), chord.type().name()), topic(), Draws.clampDifficulty(difficulty),
        "Spell the chord " + chord.symbol() + " (" + chord.name() + ").", "the notes separated by spaces, e.g. C E G",
        NoteAnswers.write(tones), explanation, chord.pitches(Chord.DEFAULT_OCTAVE).stream().map(Note::toString).toList(),
        answer -> grade(chord, answer));
  }

  /** Adds the major/minor third mix-up to the note-by-note reading: the third's letter, a semitone off. */
  private static Grade grade(Chord chord, String answer) {
    Grade grade = NoteAnswers.anyOrder(chord.tones(), answer);
    if (grade.correct() || grade.misconception().isPresent() || chord.tones().size() < 2) {
      return grade;
    }
    Note third = chord.tones().get(1);
    List<Note> given = new ArrayList<>(NoteAnswers.parse(answer));
    boolean thirdSlipped = given.stream().noneMatch(third::sameSpelling) && given.stream().anyMatch(n ->
        n.letter() == third.letter() && Math.abs(n.accidental() - third.accidental()) == 1);
    return thirdSlipped && chord.intervals().get(1).number() == 3 ? Grade.wrong(Misconception.THIRD_QUALITY) : grade;
  }
}
