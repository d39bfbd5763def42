package dev.cadenza.theory;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A scale of a given type on a spelled tonic; with an octave on the tonic the notes ascend from it. */
public record Scale(Note tonic, ScaleType type) {
  private static final List<String> DEGREE_NAMES =
      List.of("tonic", "supertonic", "mediant", "subdominant", "dominant", "submediant");
  private static final Pattern TONIC_AND_TYPE =
      Pattern.compile("([A-Ga-g]" + Accidentals.REGEX + "?-?\\d?)\\s+(.+)");

  public Scale {
    Objects.requireNonNull(tonic, "tonic");
    Objects.requireNonNull(type, "type");
    notesOf(tonic, type);
  }

  /** Parses "B lydian", "Eb harmonic minor", "F# blues scale", "C-sharp melodic minor". */
  public static Scale parse(String text) {
    Matcher m = TONIC_AND_TYPE.matcher(Accidentals.asciify(text.strip()));
    if (m.matches()) {
      var type = ScaleType.parse(m.group(2));
      if (type.isPresent()) {
        return new Scale(Note.parse(m.group(1)), type.get());
      }
    }
    throw new IllegalArgumentException("not a scale: '" + text + "'");
  }

  /** The notes ascending from the tonic, without the octave repeat. */
  public List<Note> notes() {
    return notesOf(tonic, type);
  }

  /**
   * The traditional name of each degree of a seven-note scale: tonic, supertonic, mediant, subdominant,
   * dominant, submediant, then leading tone when the seventh is a semitone below the tonic, subtonic
   * when it is a whole tone below. Other scales have no such names and give an empty list.
   */
  public List<String> degreeNames() {
    if (!type.isHeptatonic()) {
      return List.of();
    }
    boolean leadingTone = type.intervals().get(6).semitones() == 11;
    return Stream.concat(DEGREE_NAMES.stream(),
        Stream.of(leadingTone ? "leading tone" : "subtonic")).toList();
  }

  /** "B lydian", "Eb harmonic minor". */
  public String name() {
    return tonic.withoutOctave() + " " + type.displayName();
  }

  private static List<Note> notesOf(Note tonic, ScaleType type) {
    return type.intervals().stream().map(tonic::transpose).toList();
  }

  @Override
  public String toString() {
    return name() + ": " + String.join(", ", notes().stream().map(Note::toString).toList());
  }
}
