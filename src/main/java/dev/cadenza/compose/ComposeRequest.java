package dev.cadenza.compose;

/**
 * What to compose over: chord names, or Roman numerals with a key.
 *
 * @param chords the progression as chord symbols or names, or null when numerals are given
 * @param numerals Roman numerals, or null when chords are given; needs {@code key}
 * @param key the key, or null to use the one the chords imply
 * @param barsPerChord bars each chord lasts, 1 to 4
 * @param seed the seed of the random choices: the same request always gives the same melody
 * @param style the rhythmic style
 */
public record ComposeRequest(String chords, String numerals, String key, int barsPerChord, long seed, Style style) {

  public static final int MAX_BARS_PER_CHORD = 4;
  public static final long DEFAULT_SEED = 1;

  public ComposeRequest {
    boolean hasChords = chords != null && !chords.isBlank();
    boolean hasNumerals = numerals != null && !numerals.isBlank();
    if (hasChords == hasNumerals) {
      throw new IllegalArgumentException("give either 'chords' or 'numerals' (with 'key'), not "
          + (hasChords ? "both" : "neither"));
    }
    if (hasNumerals && (key == null || key.isBlank())) {
      throw new IllegalArgumentException("Roman numerals need a 'key', e.g. \"G major\"");
    }
    if (barsPerChord < 1 || barsPerChord > MAX_BARS_PER_CHORD) {
      throw new IllegalArgumentException("illegal barsPerChord: " + barsPerChord + ", must be 1.." + MAX_BARS_PER_CHORD);
    }
    if (style == null) {
      throw new IllegalArgumentException("illegal style: null");
    }
  }

  /** One bar per chord, the default seed and style. */
  public static ComposeRequest ofChords(String chords) {
    return new ComposeRequest(chords, null, null, 1, DEFAULT_SEED, Style.FLOWING);
  }
}
