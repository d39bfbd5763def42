package dev.cadenza.learners;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Name the chord written in root position: root and quality, as a symbol. */
final class ChordIdentificationExercises implements ExerciseKind {
  /** Types whose major and minor forms differ only in the third. */
  private static final Map<ChordType, ChordType> THIRD_SWAPS = Map.of(
      ChordType.MAJOR, ChordType.MINOR, ChordType.MINOR, ChordType.MAJOR,
      ChordType.DOMINANT_SEVENTH, ChordType.MINOR_SEVENTH, ChordType.MINOR_SEVENTH, ChordType.DOMINANT_SEVENTH,
      ChordType.MAJOR_SEVENTH, ChordType.MINOR_MAJOR_SEVENTH);

  @Override
  public Topic topic() {
    return Topic.CHORD_IDENTIFICATION;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    List<ChordType> types = random.nextBoolean() ? ChordSpellingExercises.TRIADS : ChordSpellingExercises.SEVENTHS;
    return build(Chord.of(Draws.note(random), Draws.one(types, random)));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Chord.of(Note.parse(parameters.get(0)), ChordType.valueOf(parameters.get(1))));
  }

  private Exercise build(Chord chord) {
    List<Note> pitches = chord.pitches(Chord.DEFAULT_OCTAVE);
    String written = String.join(" ", pitches.stream().map(Note::toString).toList());
    String explanation = "Stacked in thirds from " + chord.root() + ", these notes make " + chord.symbol() + ". The "
        + chord.name() + " chord is " + Prose.list(chord.tones()) + ".";
    int difficulty = 1 + Draws.accidentals(chord.tones()) / 2 + (chord.tones().size() > 3 ? 1 : 0);
    return new Exercise(key(chord.root(), chord.type().name()), topic(), Draws.clampDifficulty(difficulty),
        "Name the chord " + written + " (lowest note first).", "a chord symbol, e.g. Cm, F#7, Bbmaj7 or Ddim",
        chord.symbol(), explanation, pitches.stream().map(Note::toString).toList(), answer -> grade(chord, answer));
  }

  private static Grade grade(Chord expected, String answer) {
    Optional<Chord> parsed;
    try {
      parsed = ChordParser.parse(answer);
    } catch (IllegalArgumentException e) {
      parsed = Optional.empty();
    }
    if (parsed.isEmpty()) {
      throw new MalformedAnswerException("'" + answer + "' is not a chord symbol; write e.g. Cm, F#7 or Bbmaj7");
    }
    Chord given = parsed.get();
    boolean sameRoot = given.root().sameSpelling(expected.root());
    boolean rootPosition = given.bass().sameSpelling(given.root());
    if (sameRoot && given.type() == expected.type() && rootPosition) {
      return Grade.RIGHT;
    }
    if (sameRoot && THIRD_SWAPS.get(expected.type()) == given.type()) {
      return Grade.wrong(Misconception.THIRD_QUALITY);
    }
    return given.type() == expected.type() ? Grade.wrong(NoteAnswers.slip(expected.root(), given.root()))
        : Grade.WRONG;
  }
}
