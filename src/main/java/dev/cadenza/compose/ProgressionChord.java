package dev.cadenza.compose;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One chord of a progression: the symbol written above the staff, its name, its tones spelled from the
 * root up and the note in the bass. Most come from the theory engine's {@link Chord}; quartal chords,
 * which are stacked fourths rather than thirds, are built here.
 */
public record ProgressionChord(String symbol, String name, List<Note> tones, Note bass) {
  public ProgressionChord {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bass, "bass");
    tones = List.copyOf(tones);
    if (tones.isEmpty()) {
      throw new IllegalArgumentException("a chord needs at least one tone: " + symbol);
    }
  }

  static ProgressionChord of(Chord chord) {
    return new ProgressionChord(chord.symbol(), chord.name(), chord.tones(), chord.bass());
  }

  /** A quartal chord of {@code size} tones on {@code root}: D, G, C for a trichord, D, G, C, F for a tetrachord. */
  static ProgressionChord quartal(Note root, int size) {
    Interval fourth = Interval.parse("P4");
    List<Note> tones = new ArrayList<>(List.of(root.withoutOctave()));
    while (tones.size() < size) {
      tones.add(tones.getLast().transpose(fourth));
    }
    String kind = size == 3 ? "trichord" : "tetrachord";
    return new ProgressionChord(root.withoutOctave() + "quartal", root.withoutOctave() + " quartal " + kind, tones,
        root.withoutOctave());
  }

  /** The root: the first tone. */
  public Note root() {
    return tones.getFirst();
  }

  /** Whether a note of this exact spelling (octave ignored) is a chord tone. */
  public boolean hasTone(Note note) {
    return tones.stream().anyMatch(t -> t.sameSpelling(note));
  }

  /** Whether this chord has a tone on the letter of {@code note}, whatever its accidental. */
  boolean hasLetter(Note note) {
    return tones.stream().anyMatch(t -> t.letter() == note.letter());
  }

  /** The pitch classes of the tones and the bass. */
  public Set<Integer> pitchClasses() {
    Set<Integer> classes = new TreeSet<>();
    tones.forEach(t -> classes.add(t.pitchClass()));
    classes.add(bass.pitchClass());
    return classes;
  }
}
