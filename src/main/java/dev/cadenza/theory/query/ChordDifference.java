package dev.cadenza.theory.query;

import dev.cadenza.theory.query.QueryResult.ChordResult;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What tells two spelled chords apart, for a question that compares them ("cadd9 vs c9 whats the difference"): the
 * notes only one of them has, each with its role in that chord, and the notes they share. Notes are compared as
 * spelled, so C# and Db are different notes, as they are different chord members.
 */
public final class ChordDifference {

  /** Words that ask how two things differ. */
  private static final Pattern COMPARES = Pattern.compile(
      "(?i)\\b(?:vs\\.?|versus|diff|difference|differences|different|differ|differs|compare|compared|comparison)(?=\\W|$)");

  private ChordDifference() {}

  /** Whether the question asks how the things it names differ. */
  public static boolean asked(String question) {
    return COMPARES.matcher(question).find();
  }

  /**
   * "C9 has Bb (its minor 7th), which Cadd9 does not; both have C, E, G and D." Empty when the two are the same chord
   * or either is asked in an inversion or with a bass of its own (their notes from the bass are not their tones).
   */
  public static Optional<String> of(ChordResult a, ChordResult b) {
    if (a.symbol().equals(b.symbol()) || !a.notes().equals(a.tones()) || !b.notes().equals(b.tones())) {
      return Optional.empty();
    }
    List<String> onlyA = only(a, b);
    List<String> onlyB = only(b, a);
    List<String> shared = a.tones().stream().filter(b.tones()::contains).toList();
    String both = shared.isEmpty() ? "they have no note in common"
        : "both have " + Prose.and(shared);
    if (onlyA.isEmpty() && onlyB.isEmpty()) {
      return Optional.of(a.symbol() + " and " + b.symbol() + " have the same notes, " + Prose.and(shared)
          + ": they differ only in which note is heard as the root.");
    }
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      ChordResult more = onlyA.isEmpty() ? b : a;
      ChordResult fewer = more == a ? b : a;
      List<String> extra = more == a ? onlyA : onlyB;
      return Optional.of(more.symbol() + " has " + Prose.and(extra) + ", which " + fewer.symbol() + " does not; " + both + ".");
    }
    return Optional.of(a.symbol() + " has " + Prose.and(onlyA) + " where " + b.symbol() + " has " + Prose.and(onlyB)
        + "; " + both + ".");
  }

  /** The tones of {@code chord} that {@code other} lacks, each with its role: "Bb (its minor 7th)". */
  private static List<String> only(ChordResult chord, ChordResult other) {
    List<String> roles = List.of(chord.roles().split(", "));
    return IntStream.range(0, chord.tones().size()).filter(i -> !other.tones().contains(chord.tones().get(i)))
        .mapToObj(i -> chord.tones().get(i) + " (its " + roles.get(i) + ")").toList();
  }
}
