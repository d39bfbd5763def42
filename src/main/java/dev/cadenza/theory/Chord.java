package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chord: a spelled root, a type, and a bass note (the root itself in root position). The tones are
 * spelled by stacking the type's intervals on the root, so a D# major 13th is D#, F##, A#, C##, E#, G#,
 * B#, never respelled with flats.
 */
public record Chord(Note root, ChordType type, Note bass) {
  /** The octave of the root, or of the bass in a slash chord, when none is given. */
  public static final int DEFAULT_OCTAVE = 4;

  private static final String[] INVERSIONS = {"root position", "first inversion", "second inversion",
      "third inversion"};

  public Chord {
    Objects.requireNonNull(type, "type");
    root = Objects.requireNonNull(root, "root").withoutOctave();
    bass = Objects.requireNonNull(bass, "bass").withoutOctave();
    tonesOf(root, type);
  }

  /** The chord in root position. */
  public static Chord of(Note root, ChordType type) {
    return new Chord(root, type, root);
  }

  /** Parses a symbol ("D#maj13", "C7b9#11", "C/Bb") or a name ("D# major 13th", "F-minor-ninth"). */
  public static Chord parse(String text) {
    return ChordParser.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a chord symbol or name: '" + text + "'"));
  }

  /** The chord tones in root position, root first, one per interval of the type. */
  public List<Note> tones() {
    return tonesOf(root, type);
  }

  /** The type's intervals above the root. */
  public List<Interval> intervals() {
    return type.intervals();
  }

  /**
   * The notes from the bass up: the tones in root position, or for a slash chord the bass first. An
   * inversion rotates the tones (C/E gives E, G, C); a bass outside the chord is added below (C/Bb
   * gives Bb, C, E, G).
   */
  public List<Note> notes() {
    List<Note> tones = tones();
    int inversion = inversion();
    if (inversion >= 0) {
      List<Note> rotated = new ArrayList<>(tones.subList(inversion, tones.size()));
      rotated.addAll(tones.subList(0, inversion));
      return List.copyOf(rotated);
    }
    List<Note> withBass = new ArrayList<>(tones);
    withBass.add(0, bass);
    return List.copyOf(withBass);
  }

  /**
   * Pitches stacked upward with the lowest note in {@code octave}: in root position every tone is its
   * interval above the root (C13 from C4 gives C4, E4, G4, Bb4, D5, F5, A5); a slash chord puts its bass
   * in {@code octave} and each further note in {@link #notes()} just above the one before.
   */
  public List<Note> pitches(int octave) {
    if (!isSlash()) {
      Note lowest = root.withOctave(octave);
      return intervals().stream().map(lowest::transpose).toList();
    }
    List<Note> pitches = new ArrayList<>();
    for (Note n : notes()) {
      if (pitches.isEmpty()) {
        pitches.add(n.withOctave(octave));
      } else {
        pitches.add(justAbove(n, pitches.get(pitches.size() - 1)));
      }
    }
    return List.copyOf(pitches);
  }

  private static Note justAbove(Note note, Note previous) {
    Note candidate = note.withOctave(previous.octave().getAsInt() - 1);
    while (candidate.midi() <= previous.midi()) {
      candidate = candidate.withOctave(candidate.octave().getAsInt() + 1);
    }
    return candidate;
  }

  /** Whether a bass other than the root is named. */
  public boolean isSlash() {
    return !bass.equals(root);
  }

  /**
   * 0 in root position, 1 with the second tone (the 3rd) in the bass, 2 with the third tone, and so on;
   * -1 when the bass is not a chord tone as spelled.
   */
  public int inversion() {
    List<Note> tones = tones();
    for (int i = 0; i < tones.size(); i++) {
      if (tones.get(i).equals(bass)) {
        return i;
      }
    }
    return -1;
  }

  /** The interval above the root of a chord tone with exactly this spelling (octave ignored). */
  public Optional<Interval> intervalOf(Note tone) {
    List<Note> tones = tones();
    for (int i = 0; i < tones.size(); i++) {
      if (tones.get(i).sameSpelling(tone)) {
        return Optional.of(intervals().get(i));
      }
    }
    return Optional.empty();
  }

  /** The tones commonly left out in practice, in the order the type lists them (the 11th of a 13th). */
  public List<Note> commonlyOmitted() {
    List<Note> tones = tones();
    List<Note> omitted = new ArrayList<>();
    for (int number : type.omissions()) {
      for (int i = 0; i < tones.size(); i++) {
        if (intervals().get(i).number() == number) {
          omitted.add(tones.get(i));
        }
      }
    }
    return List.copyOf(omitted);
  }

  /** The canonical ASCII symbol: "D#maj13", "Cm7b5", "C/E". */
  public String symbol() {
    return root + type.symbol() + (isSlash() ? "/" + bass : "");
  }

  /** "D# major 13th", "C major triad, first inversion", "C major triad over Bb". */
  public String name() {
    String base = root + " " + type.displayName();
    int inversion = inversion();
    if (!isSlash()) {
      return base;
    }
    if (inversion > 0 && inversion < INVERSIONS.length) {
      return base + ", " + INVERSIONS[inversion];
    }
    return base + " over " + bass;
  }

  /** The inversion in words: "root position", "first inversion", or "with Bb in the bass". */
  public String inversionName() {
    int inversion = inversion();
    return inversion >= 0 && inversion < INVERSIONS.length ? INVERSIONS[inversion] : "with " + bass + " in the bass";
  }

  private static List<Note> tonesOf(Note root, ChordType type) {
    return type.intervals().stream().map(root::transpose).toList();
  }

  @Override
  public String toString() {
    return symbol();
  }
}
