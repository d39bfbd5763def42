package dev.cadenza.theory.text;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;

/** Sentences describing chords: tone roles and the tones commonly left out. */
public final class ChordProse {
  private ChordProse() {}

  /** "root, major 3rd, perfect 5th, minor 7th". */
  public static String roles(Chord chord) {
    List<String> roles = new ArrayList<>();
    for (Interval interval : chord.intervals()) {
      roles.add(interval.number() == 1 ? "root" : interval.ordinalName());
    }
    return String.join(", ", roles);
  }

  /** "a D# major 13th chord", "a C major triad", "an A minor 7th chord". */
  public static String described(Chord chord) {
    String name = chord.root() + " " + chord.type().displayName();
    return Prose.withArticle(name) + (name.endsWith("triad") ? "" : " chord");
  }

  /**
   * "The 11th (G#) is usually omitted in practice because it clashes with the major 3rd; the 5th (A#)
   * and the 9th (E#) may also be left out." Empty when nothing is commonly omitted.
   */
  public static String omissions(Chord chord) {
    List<Note> omitted = chord.commonlyOmitted();
    List<Integer> numbers = chord.type().omissions();
    if (omitted.isEmpty()) {
      return "";
    }
    String first = "the " + IntervalNames.ordinalDigits(numbers.get(0));
    String convention = chord.type().convention().orElse("");
    StringBuilder sentence = new StringBuilder();
    if (convention.startsWith(first)) {
      sentence.append(Prose.capitalise(first)).append(" (").append(omitted.get(0)).append(")")
          .append(convention.substring(first.length()));
    } else {
      sentence.append(Prose.capitalise(first)).append(" (").append(omitted.get(0)).append(") may be omitted");
    }
    if (numbers.size() > 1) {
      List<String> rest = new ArrayList<>();
      for (int i = 1; i < numbers.size(); i++) {
        rest.add("the " + IntervalNames.ordinalDigits(numbers.get(i)) + " (" + omitted.get(i) + ")");
      }
      sentence.append("; ").append(Prose.and(rest)).append(" may also be left out");
    }
    sentence.append('.');
    if (!convention.isEmpty() && !convention.startsWith(first)) {
      sentence.append(' ').append(Prose.capitalise(convention)).append('.');
    }
    return sentence.toString();
  }
}
