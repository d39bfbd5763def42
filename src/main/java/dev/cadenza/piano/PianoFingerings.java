package dev.cadenza.piano;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Builds fingerings: scales (major, natural, harmonic and melodic minor, chromatic), root-position
 * arpeggios of major and minor triads, and block chords in any position. The right hand starts in
 * octave 4 and the left in octave 3 (C4 is middle C).
 */
public final class PianoFingerings {

  private static final int RIGHT_OCTAVE = 4;
  private static final int LEFT_OCTAVE = 3;
  private static final Set<ScaleType> FINGERED = Set.of(ScaleType.MAJOR, ScaleType.NATURAL_MINOR,
      ScaleType.HARMONIC_MINOR, ScaleType.MELODIC_MINOR, ScaleType.CHROMATIC);
  private static final int MAX_ONE_HAND = 4;
  private static final int OCTAVE = 12;
  /** Marks a position whose hands play together, the left the bass and the right the upper tones. */
  static final String SPLIT = " (hands together: left hand the bass, right hand the upper tones";
  private static final String NUMBERS = "Fingers are numbered 1 (thumb), 2 (index), 3 (middle), 4 (ring), 5 (little)"
      + " in each hand; notes are listed bottom to top, C4 is middle C.";

  private PianoFingerings() {}

  /** Whether a fingering is known for this scale type. */
  public static boolean fingers(ScaleType type) {
    return FINGERED.contains(type);
  }

  /** One octave of a scale, ascending, in both hands; melodic minor adds its descent (the natural minor). */
  public static Fingering scale(Note tonic, ScaleType type) {
    if (!fingers(type)) {
      throw new IllegalArgumentException("no fingering for the " + type.displayName() + " scale; fingerings cover"
          + " major, natural, harmonic and melodic minor, and chromatic scales");
    }
    Note root = tonic.withoutOctave();
    String subject = root + " " + type.displayName() + " scale";
    List<Fingering.Position> positions = new ArrayList<>();
    positions.add(scalePosition("ascending, one octave", root, type));
    if (type == ScaleType.MELODIC_MINOR) {
      positions.add(scalePosition("descending: natural minor, played from the top down", root, ScaleType.NATURAL_MINOR));
    }
    List<String> conventions = new ArrayList<>(List.of(NUMBERS));
    conventions.addAll(Conventions.forScale(positions.getFirst(), type));
    return new Fingering(Fingering.KIND, subject, "scale", positions, conventions);
  }

  private static Fingering.Position scalePosition(String label, Note tonic, ScaleType type) {
    List<Note> right = octaveUp(tonic.withOctave(RIGHT_OCTAVE), type);
    List<Note> left = octaveUp(tonic.withOctave(LEFT_OCTAVE), type);
    int[][] fingers = type == ScaleType.CHROMATIC
        ? new int[][] {HandShapes.chromatic(right, true), HandShapes.chromatic(left, false)}
        : ScaleFingerings.of(tonic, type);
    return new Fingering.Position(label, List.of(hand("right", right, fingers[0]), hand("left", left, fingers[1])));
  }

  private static List<Note> octaveUp(Note tonic, ScaleType type) {
    List<Note> notes = new ArrayList<>(new Scale(tonic, type).notes());
    notes.add(tonic.withOctave(tonic.octave().getAsInt() + 1));
    return notes;
  }

  /** A root-position arpeggio of a major or minor triad, one octave up, in both hands. */
  public static Fingering arpeggio(Note root, boolean minor) {
    Note tonic = root.withoutOctave();
    Chord triad = Chord.parse(tonic + (minor ? "m" : ""));
    int[][] fingers = HandShapes.arpeggio(tonic, minor);
    List<Note> right = arpeggioNotes(triad, RIGHT_OCTAVE);
    List<Note> left = arpeggioNotes(triad, LEFT_OCTAVE);
    Fingering.Position position = new Fingering.Position("ascending, one octave",
        List.of(hand("right", right, fingers[0]), hand("left", left, fingers[1])));
    List<String> conventions = new ArrayList<>(List.of(NUMBERS));
    conventions.addAll(Conventions.forArpeggio(position));
    return new Fingering(Fingering.KIND, tonic + (minor ? " minor" : " major") + " arpeggio", "arpeggio",
        List.of(position), conventions);
  }

  private static List<Note> arpeggioNotes(Chord triad, int octave) {
    List<Note> notes = new ArrayList<>(triad.pitches(octave));
    notes.add(notes.getFirst().withOctave(octave + 1));
    return notes;
  }

  /** A block chord as written (its bass gives the inversion), in both hands. */
  public static Fingering chord(Chord chord) {
    return chordPositions(chord.name(), List.of(chord));
  }

  /** A chord in root position and every inversion, in both hands. */
  public static Fingering inversions(Chord chord) {
    Chord root = Chord.of(chord.root(), chord.type());
    List<Chord> all = new ArrayList<>();
    for (Note bass : root.tones()) {
      all.add(new Chord(root.root(), root.type(), bass));
    }
    return chordPositions(root.name() + " and its inversions", all);
  }

  private static Fingering chordPositions(String subject, List<Chord> chords) {
    List<Fingering.Position> positions = new ArrayList<>();
    for (Chord chord : chords) {
      List<Note> right = chord.pitches(RIGHT_OCTAVE);
      String label = chord.inversionName() + ": " + chord.symbol();
      if (right.size() <= MAX_ONE_HAND && span(right) <= OCTAVE) {
        List<Note> left = chord.pitches(LEFT_OCTAVE);
        positions.add(new Fingering.Position(label, List.of(hand("right", right, HandShapes.chord(right, true)),
            hand("left", left, HandShapes.chord(left, false)))));
      } else {
        positions.add(split(chord, label));
      }
    }
    List<String> conventions = new ArrayList<>(List.of(NUMBERS));
    conventions.addAll(Conventions.forChord(chords.getFirst(), positions.getFirst().label().contains(SPLIT)));
    return new Fingering(Fingering.KIND, subject, "chord", positions, conventions);
  }

  /**
   * A chord too wide for one hand: the left hand takes the bass, the right hand the other tones in close
   * position above middle C, leaving out the commonly omitted tones while there are more than four.
   */
  private static Fingering.Position split(Chord chord, String label) {
    Note bass = chord.bass().withOctave(LEFT_OCTAVE);
    List<Note> upper = new ArrayList<>(chord.tones().stream().filter(t -> !t.sameSpelling(chord.bass())).toList());
    for (Note omitted : chord.commonlyOmitted()) {
      if (upper.size() > MAX_ONE_HAND) {
        upper.removeIf(t -> t.sameSpelling(omitted));
      }
    }
    Note lowest = upper.getFirst().withOctave(RIGHT_OCTAVE);
    List<Note> right = new ArrayList<>();
    for (Note tone : upper) {
      Note pitch = tone.withOctave(RIGHT_OCTAVE - 1);
      while (pitch.midi() < lowest.midi()) {
        pitch = pitch.withOctave(pitch.octave().getAsInt() + 1);
      }
      right.add(pitch);
    }
    right.sort(Comparator.comparingInt(Note::midi));
    List<String> left = chord.tones().stream().filter(t -> !t.sameSpelling(chord.bass()))
        .filter(t -> upper.stream().noneMatch(t::sameSpelling)).map(Note::toString).toList();
    String leftOut = left.isEmpty() ? "" : ", leaving out " + String.join(", ", left);
    return new Fingering.Position(label + SPLIT + leftOut + ")", List.of(hand("right", right, HandShapes.chord(right, true)),
        hand("left", List.of(bass), HandShapes.chord(List.of(bass), false))));
  }

  private static int span(List<Note> pitches) {
    return pitches.getLast().midi() - pitches.getFirst().midi();
  }

  private static Fingering.Hand hand(String which, List<Note> notes, int[] fingers) {
    if (fingers.length != notes.size()) {
      throw new IllegalStateException(which + " hand: " + fingers.length + " fingers for " + notes.size() + " notes");
    }
    List<PianoKey> keys = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      keys.add(PianoKey.of(notes.get(i), fingers[i]));
    }
    return new Fingering.Hand(which, keys);
  }
}
