package dev.cadenza.theory.query;

import dev.cadenza.theory.query.QueryResult.ChordResult;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.entity.Tokens;
import dev.cadenza.theory.text.Prose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What tells two spelled chords apart, for a question that compares them ("cadd9 vs c9 whats the difference"): the
 * notes only one of them has, each with its role in that chord, and the notes they share. Notes are compared as
 * spelled, so C# and Db are different notes, as they are different chord members.
 */
public final class ChordDifference {

  private ChordDifference() {}

  /** Whether the question asks how the things it names differ ({@link Cue#COMPARE}, {@link Cue#DIFFERENT}). */
  public static boolean asked(String question) {
    String words = " " + String.join(" ", Tokens.of(question).words()).toLowerCase(Locale.ROOT) + " ";
    return Cue.COMPARE.foundIn(words) || Cue.DIFFERENT.foundIn(words);
  }

  /**
   * "C9 has Bb (its minor 7th) and Cadd9 has no 7th; both have C, E, G and D." Chords on one root are compared member by
   * member ("Cmaj7 has B (its major 7th) where C7 has Bb (its minor 7th)"), chords on two roots by the notes only one
   * has. Empty when the two are the same chord or either is asked with a bass of its own (its notes from the bass are
   * not its tones).
   */
  public static Optional<String> of(ChordResult a, ChordResult b) {
    if (a.symbol().equals(b.symbol()) || !a.notes().equals(a.tones()) || !b.notes().equals(b.tones())) {
      return Optional.empty();
    }
    List<String> shared = a.tones().stream().filter(b.tones()::contains).toList();
    if (shared.size() == a.tones().size() && shared.size() == b.tones().size()) {
      return Optional.of(a.symbol() + " and " + b.symbol() + " have the same notes, " + Prose.and(shared)
          + ": they differ only in which note is heard as the root.");
    }
    String both = shared.isEmpty() ? "they have no note in common" : "both have " + Prose.and(shared);
    if (!a.tones().getFirst().equals(b.tones().getFirst())) {
      List<String> onlyA = only(a, b);
      List<String> onlyB = only(b, a);
      if (onlyA.isEmpty() || onlyB.isEmpty()) {
        ChordResult more = onlyA.isEmpty() ? b : a;
        ChordResult fewer = more == a ? b : a;
        return Optional.of(more.symbol() + " has " + Prose.and(onlyA.isEmpty() ? onlyB : onlyA) + ", which "
            + fewer.symbol() + " does not; " + both + ".");
      }
      return Optional.of(a.symbol() + " has " + Prose.and(onlyA) + " where " + b.symbol() + " has " + Prose.and(onlyB)
          + "; " + both + ".");
    }
    return Optional.of(String.join("; ", byMember(a, b)) + "; " + both + ".");
  }

  /** For each member (3rd, 7th, 9th, ...) the two chords spell differently or only one has, what each has. */
  private static List<String> byMember(ChordResult a, ChordResult b) {
    Map<Integer, Integer> inA = members(a);
    Map<Integer, Integer> inB = members(b);
    List<String> parts = new ArrayList<>();
    Set<Integer> numbers = new TreeSet<>(inA.keySet());
    numbers.addAll(inB.keySet());
    numbers.forEach(number -> {
      Integer i = inA.get(number);
      Integer j = inB.get(number);
      if (i != null && j != null && !a.tones().get(i).equals(b.tones().get(j))) {
        parts.add(a.symbol() + " has " + tone(a, i) + " where " + b.symbol() + " has " + tone(b, j));
      } else if (i == null || j == null) {
        ChordResult has = i == null ? b : a;
        ChordResult lacks = has == a ? b : a;
        parts.add(has.symbol() + " has " + tone(has, i == null ? j : i) + " and " + lacks.symbol() + " has no "
            + IntervalNames.ordinalDigits(number));
      }
    });
    return parts;
  }

  /** The position of each member in the chord's tones, by its number above the root (1, 3, 5, 7, 9, ...). */
  private static Map<Integer, Integer> members(ChordResult chord) {
    Map<Integer, Integer> members = new HashMap<>();
    for (int i = 0; i < chord.intervals().size(); i++) {
      members.put(Integer.parseInt(chord.intervals().get(i).replaceAll("\\D", "")), i);
    }
    return members;
  }

  /** "Bb (its minor 7th)". */
  private static String tone(ChordResult chord, int i) {
    return chord.tones().get(i) + " (its " + chord.roles().split(", ")[i] + ")";
  }

  /** The tones of {@code chord} that {@code other} lacks, each with its role: "Bb (its minor 7th)". */
  private static List<String> only(ChordResult chord, ChordResult other) {
    return IntStream.range(0, chord.tones().size()).filter(i -> !other.tones().contains(chord.tones().get(i)))
        .mapToObj(i -> tone(chord, i)).toList();
  }
}
