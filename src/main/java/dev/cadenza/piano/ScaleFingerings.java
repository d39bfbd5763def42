package dev.cadenza.piano;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.ScaleType;
import java.util.List;
import java.util.Map;

/**
 * The standard one-octave scale fingerings of the method books and exam syllabuses, ascending, right
 * hand then left hand, by the tonic's key (enharmonic tonics share the keys, so C# and Db major are
 * fingered alike). Where books differ, the fingering that keeps the thumb on the first white key of each
 * run of white keys (right hand) or the last (left hand) is used; the exceptions are the left hand of
 * D#/Eb minor (thumb on the first white key) and of Bb minor whose raised A takes finger 3.
 */
final class ScaleFingerings {

  private static final String WHITE = "12312345 54321321";

  /** Major scales by tonic pitch class. */
  private static final List<String> MAJOR = List.of(
      WHITE,                 // C
      "23123412 32143213",   // C# / Db
      WHITE,                 // D
      "31234123 32143213",   // Eb
      WHITE,                 // E
      "12341234 54321321",   // F
      "23412312 43213214",   // F# / Gb
      WHITE,                 // G
      "34123123 32143213",   // Ab
      WHITE,                 // A
      "41231234 32143213",   // Bb
      "12312345 43214321");  // B / Cb

  /** Natural minor scales by tonic pitch class. */
  private static final List<String> NATURAL_MINOR = List.of(
      WHITE,                 // C
      "34123123 32143213",   // C#
      WHITE,                 // D
      "31234123 21432132",   // D# / Eb
      WHITE,                 // E
      "12341234 54321321",   // F
      "34123123 43213214",   // F#
      WHITE,                 // G
      "34123123 32132143",   // G# / Ab
      WHITE,                 // A
      "41231234 21321432",   // Bb / A#
      "12312345 43214321");  // B

  /** Harmonic minor differs from natural minor only where the raised seventh moves the left thumb. */
  private static final Map<Integer, String> HARMONIC_CHANGES = Map.of(
      8, "34123123 32143213");  // G#: the raised seventh F## is white, and takes the left thumb

  /** Melodic minor (ascending) differs where its raised sixth or seventh is black or white anew. */
  private static final Map<Integer, String> MELODIC_CHANGES = Map.of(
      1, "23123412 32143213",   // C#: A# is black, so the right thumb moves to B#
      6, "23123412 43213214",   // F#: D# is black, so the right thumb moves to E#
      8, "34123123 32143213");  // G#: F## is white, and takes the left thumb

  private ScaleFingerings() {}

  /** Right-hand and left-hand fingers for one ascending octave (8 notes each), or null for other scale types. */
  static int[][] of(Note tonic, ScaleType type) {
    int pc = tonic.pitchClass();
    String row = switch (type) {
      case MAJOR -> MAJOR.get(pc);
      case NATURAL_MINOR -> NATURAL_MINOR.get(pc);
      case HARMONIC_MINOR -> HARMONIC_CHANGES.getOrDefault(pc, NATURAL_MINOR.get(pc));
      case MELODIC_MINOR -> MELODIC_CHANGES.getOrDefault(pc, NATURAL_MINOR.get(pc));
      default -> null;
    };
    return row == null ? null : parse(row);
  }

  /** "12312345 54321321" as {{1,2,3,1,2,3,4,5}, {5,4,3,2,1,3,2,1}}. */
  static int[][] parse(String row) {
    String[] hands = row.split(" ");
    return new int[][] {digits(hands[0]), digits(hands[1])};
  }

  private static int[] digits(String text) {
    return text.chars().map(c -> c - '0').toArray();
  }
}
