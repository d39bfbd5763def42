package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the chord a set of notes makes, in any order or inversion and with doublings. Every reading
 * is returned, preferred first: complete chords before ones with omitted tones (only tones the type
 * lists as commonly omitted may be missing), fewer omissions first, root in the bass before
 * inversions, simpler types first, then by symbol. So C E G A gives C6 first and Am7/C second. A
 * reading over a bass outside the chord (C/D) is offered only when no reading includes the bass.
 */
public final class ChordIdentifier {
  private static final int MIN_NOTES = 3;
  private static final Comparator<Candidate> PREFERENCE = Comparator
      .comparingInt((Candidate c) -> c.foreignBass ? 1 : 0)
      .thenComparingInt(c -> c.match.omitted().size())
      .thenComparingInt(c -> c.match.chord().inversion() == 0 ? 0 : 1)
      .thenComparingInt(c -> c.match.chord().type().ordinal())
      .thenComparing(c -> c.match.symbol());

  private record Candidate(ChordMatch match, boolean foreignBass) {}

  private ChordIdentifier() {}

  /**
   * Readings of spelled notes. The bass is the lowest note when every note has an octave, otherwise the
   * first note given. Spelling counts: C E G# is augmented, C E Ab is not a listed chord.
   */
  public static List<ChordMatch> identify(List<Note> notes) {
    Set<Note> distinct = notes.stream().map(Note::withoutOctave).collect(Collectors.toCollection(LinkedHashSet::new));
    if (distinct.size() < MIN_NOTES) {
      return List.of();
    }
    Note bass = notes.stream().allMatch(Note::hasOctave)
        ? notes.stream().min(Comparator.comparingInt(Note::midi)).orElseThrow().withoutOctave()
        : notes.get(0).withoutOctave();
    List<Candidate> candidates = new ArrayList<>();
    for (Note root : distinct) {
      for (ChordType type : ChordType.values()) {
        spelledMatch(root, type, distinct, bass, false).ifPresent(candidates::add);
        Set<Note> upper = new LinkedHashSet<>(distinct);
        upper.remove(bass);
        if (!root.equals(bass) && upper.size() >= MIN_NOTES) {
          spelledMatch(root, type, upper, bass, true).ifPresent(candidates::add);
        }
      }
    }
    return ranked(candidates);
  }

  /**
   * Readings of MIDI numbers. Each reading is spelled from the root whose chord needs the fewest
   * accidentals, a natural root counting in its favour (Eb major rather than D# major, Cdim7 rather
   * than B#dim7; F# rather than Gb on a tie); the lowest number is the bass.
   */
  public static List<ChordMatch> identifyMidi(List<Integer> midi) {
    Set<Integer> classes = midi.stream()
        .map(m -> Math.floorMod(m, 12))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (classes.size() < MIN_NOTES) {
      return List.of();
    }
    int bassClass = Math.floorMod(midi.stream().mapToInt(Integer::intValue).min().orElseThrow(), 12);
    List<Candidate> candidates = new ArrayList<>();
    for (int root : classes) {
      for (ChordType type : ChordType.values()) {
        Set<Integer> upper = new LinkedHashSet<>(classes);
        upper.remove(bassClass);
        if (fits(root, type, classes)) {
          bestSpelling(root, type).map(c -> pitchMatch(c, classes, bassClass, false)).ifPresent(candidates::add);
        } else if (root != bassClass && upper.size() >= MIN_NOTES && fits(root, type, upper)) {
          bestSpelling(root, type).map(c -> pitchMatch(c, upper, bassClass, true)).ifPresent(candidates::add);
        }
      }
    }
    return ranked(candidates);
  }

  private static List<ChordMatch> ranked(List<Candidate> candidates) {
    boolean bassInChord = candidates.stream().anyMatch(c -> !c.foreignBass);
    return candidates.stream()
        .filter(c -> !(bassInChord && c.foreignBass))
        .sorted(PREFERENCE)
        .map(Candidate::match)
        .distinct()
        .toList();
  }

  private static Optional<Candidate> spelledMatch(Note root, ChordType type, Set<Note> present, Note bass,
      boolean foreignBass) {
    List<Note> tones;
    try {
      tones = Chord.of(root, type).tones();
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
    if (!tones.containsAll(present) || tones.contains(bass) == foreignBass) {
      return Optional.empty();
    }
    List<Note> missing = new ArrayList<>();
    for (int i = 0; i < tones.size(); i++) {
      if (!present.contains(tones.get(i))) {
        if (!type.omissions().contains(type.intervals().get(i).number())) {
          return Optional.empty();
        }
        missing.add(tones.get(i));
      }
    }
    return Optional.of(new Candidate(new ChordMatch(new Chord(root, type, bass), missing), foreignBass));
  }

  private static boolean fits(int root, ChordType type, Set<Integer> present) {
    List<Interval> intervals = type.intervals();
    Set<Integer> tones = new LinkedHashSet<>();
    for (Interval interval : intervals) {
      tones.add(Math.floorMod(root + interval.semitones(), 12));
    }
    if (tones.size() != intervals.size() || !tones.containsAll(present)) {
      return false;
    }
    for (Interval interval : intervals) {
      if (!present.contains(Math.floorMod(root + interval.semitones(), 12))
          && !type.omissions().contains(interval.number())) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Chord> bestSpelling(int rootClass, ChordType type) {
    Chord best = null;
    int bestCost = Integer.MAX_VALUE;
    for (Letter letter : Letter.values()) {
      int accidental = Math.floorMod(rootClass - letter.pitchClass() + 6, 12) - 6;
      if (Math.abs(accidental) > 2) {
        continue;
      }
      try {
        Chord chord = Chord.of(Note.of(letter, accidental), type);
        int cost = 10 * chord.tones().stream().mapToInt(n -> Math.abs(n.accidental())).sum()
            + 20 * Math.abs(accidental) + (accidental < 0 ? 1 : 0);
        if (cost < bestCost) {
          best = chord;
          bestCost = cost;
        }
      } catch (IllegalArgumentException tripleAccidental) {
        // This spelling of the root cannot carry the chord.
      }
    }
    return Optional.ofNullable(best);
  }

  private static Candidate pitchMatch(Chord rootPosition, Set<Integer> present, int bassClass,
      boolean foreignBass) {
    List<Note> tones = rootPosition.tones();
    Note bass = foreignBass
        ? Note.fromMidi(bassClass, rootPosition.root().accidental() < 0 ? Spelling.FLATS : Spelling.SHARPS)
            .withoutOctave()
        : tones.stream().filter(n -> n.pitchClass() == bassClass).findFirst().orElseThrow();
    List<Note> missing = tones.stream().filter(n -> !present.contains(n.pitchClass())).toList();
    return new Candidate(
        new ChordMatch(new Chord(rootPosition.root(), rootPosition.type(), bass), missing), foreignBass);
  }
}
