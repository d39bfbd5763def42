package dev.cadenza.learners;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ear training: the page plays the item's notes and hides their names. By ear, spellings that sound alike are the
 * same answer (an augmented fourth is a diminished fifth), so intervals are graded by size and chords by quality.
 */
final class EarExercises {
  static final List<String> INTERVALS = List.of("m2", "M2", "m3", "M3", "P4", "A4", "P5", "m6", "M6", "m7", "M7", "P8");
  static final List<ChordType> QUALITIES = List.of(ChordType.MAJOR, ChordType.MINOR, ChordType.DIMINISHED,
      ChordType.AUGMENTED, ChordType.DOMINANT_SEVENTH, ChordType.MAJOR_SEVENTH, ChordType.MINOR_SEVENTH);
  private static final Map<ChordType, ChordType> THIRD_SWAPS = Map.of(ChordType.MAJOR, ChordType.MINOR,
      ChordType.MINOR, ChordType.MAJOR, ChordType.DOMINANT_SEVENTH, ChordType.MINOR_SEVENTH,
      ChordType.MINOR_SEVENTH, ChordType.DOMINANT_SEVENTH);

  private EarExercises() {}

  /** Right when the named interval has the heard size; a major/minor swap of a third or sixth is named as such. */
  static Grade gradeInterval(Interval heard, String answer) {
    Interval given = IntervalNames.parse(answer).orElseThrow(() -> new MalformedAnswerException(
        "'" + answer + "' is not an interval; write e.g. M3, P5, tritone as A4, or minor sixth"));
    if (given.semitones() == heard.semitones()) {
      return Grade.RIGHT;
    }
    boolean thirdOrSixth = heard.number() == 3 || heard.number() == 6;
    return thirdOrSixth && given.number() == heard.number() ? Grade.wrong(Misconception.THIRD_QUALITY) : Grade.WRONG;
  }

  /** Right when the named quality is the heard one ("minor", "m7", "dominant 7th" all read). */
  static Grade gradeQuality(ChordType heard, String answer) {
    ChordType given = quality(answer).orElseThrow(() -> new MalformedAnswerException(
        "'" + answer + "' is not a chord quality; write e.g. major, minor, diminished, dominant 7th or m7"));
    if (given == heard) {
      return Grade.RIGHT;
    }
    return THIRD_SWAPS.get(heard) == given ? Grade.wrong(Misconception.THIRD_QUALITY) : Grade.WRONG;
  }

  /** The quality a word or symbol suffix names, read as a chord on C. */
  private static Optional<ChordType> quality(String answer) {
    String text = answer.strip();
    for (String chord : List.of("C " + text, "C" + text)) {
      try {
        Optional<Chord> parsed = ChordParser.parse(chord);
        if (parsed.isPresent()) {
          return Optional.of(parsed.get().type());
        }
      } catch (IllegalArgumentException e) {
        // not this reading; try the next
      }
    }
    return Optional.empty();
  }

  /** Scientific pitch names of a chord's tones stacked from octave 4. */
  static List<String> pitches(Chord chord) {
    return chord.pitches(Chord.DEFAULT_OCTAVE).stream().map(Note::toString).toList();
  }
}
