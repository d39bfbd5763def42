package dev.cadenza.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rhythmic styles of a melody in 4/4, as bar patterns of note lengths in quavers (eighth notes). Every
 * pattern starts a note on beat 1 and none holds a weak note across beat 3, so the strong beats carry
 * chord tones. The last bar ends on a long note.
 */
public enum Style {
  /** Crotchets, now and then a pair of quavers. The default. */
  FLOWING(0.8, "2 1 1 2 2|2 2 1 1 2|2 2 2 2|2 1 1 1 1 2|2 2 2 1 1", "2 1 1 4"),
  /** Even crotchets. */
  STEADY(0.65, "2 2 2 2", "2 2 4"),
  /** Minims and crotchets, long notes for singing. */
  LYRICAL(0.9, "4 4|4 2 2|2 2 4|6 2", "4 4"),
  /** Dotted crotchet and quaver pairs. */
  DOTTED(0.75, "3 1 3 1|3 1 2 2|2 2 3 1", "3 1 4");

  /** Quavers in a 4/4 bar. */
  static final int EIGHTHS_PER_BAR = 8;

  private final double nonChordToneChance;
  private final List<List<Integer>> bars;
  private final List<Integer> lastBar;

  Style(double nonChordToneChance, String bars, String lastBar) {
    this.nonChordToneChance = nonChordToneChance;
    this.bars = Arrays.stream(bars.split("\\|")).map(Style::lengths).toList();
    this.lastBar = lengths(lastBar);
  }

  private static List<Integer> lengths(String pattern) {
    List<Integer> lengths = Arrays.stream(pattern.split(" ")).map(Integer::valueOf).toList();
    if (lengths.stream().mapToInt(Integer::intValue).sum() != EIGHTHS_PER_BAR) {
      throw new IllegalStateException("a bar pattern must fill 4/4: " + pattern);
    }
    return lengths;
  }

  /** "flowing", "steady", ...: the name used in requests and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The style named {@code text} (case ignored). */
  public static Style parse(String text) {
    for (Style style : values()) {
      if (style.label().equalsIgnoreCase(text.strip())) {
        return style;
      }
    }
    throw new IllegalArgumentException("unknown style '" + text + "'; use one of "
        + String.join(", ", Arrays.stream(values()).map(Style::label).toList()));
  }

  /** How often a weak beat tries a passing or neighbour tone instead of a chord tone. */
  double nonChordToneChance() {
    return nonChordToneChance;
  }

  /** The bar patterns to choose from, lengths in quavers. */
  List<List<Integer>> bars() {
    return bars;
  }

  /** The pattern of the final bar, ending on a long note. */
  List<Integer> lastBar() {
    return lastBar;
  }
}
