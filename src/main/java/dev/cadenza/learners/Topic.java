package dev.cadenza.learners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A practised skill. Each has its own rating per learner, a library document to cite when the index cannot be
 * searched, and the words a search for its explanation uses.
 */
public enum Topic {
  INTERVAL("interval", "pitch/interval-qualities-and-inversion", "interval quality and number"),
  CHORD_SPELLING("chord-spelling", "harmony/triads", "spelling triads and seventh chords"),
  SCALE_SPELLING("scale-spelling", "pitch/major-scale", "spelling major and minor scales"),
  CHORD_IDENTIFICATION("chord-identification", "jazz/chord-symbols", "naming a chord from its notes"),
  KEY_SIGNATURE("key-signature", "pitch/key-signatures", "key signature order of sharps and flats"),
  RELATIVE_KEY("relative-key", "pitch/relative-and-parallel-keys", "relative major and minor keys"),
  ROMAN_NUMERAL("roman-numeral", "harmony/roman-numerals", "Roman numerals in major and minor keys"),
  CADENCE("cadence", "harmony/cadences", "authentic half plagal deceptive cadence"),
  INVERSION("inversion", "harmony/inversions", "chord inversions and figured bass figures"),
  EAR_INTERVAL("ear-interval", "ear-training/interval-recognition", "recognising intervals by ear"),
  EAR_CHORD("ear-chord", "ear-training/chord-quality-recognition", "hearing chord quality major minor"),
  EAR_CADENCE("ear-cadence", "ear-training/harmonic-dictation", "hearing cadences authentic half plagal deceptive");

  private final String label;
  private final String document;
  private final String query;

  Topic(String label, String document, String query) {
    this.label = label;
    this.document = document;
    this.query = query;
  }

  /** The name in the API and in the database: "chord-spelling". */
  public String label() {
    return label;
  }

  /** The corpus document that explains the topic ("harmony/cadences"). */
  public String document() {
    return document;
  }

  /** What a library search for the topic asks. */
  public String query() {
    return query;
  }

  /** The topic with this label (case and spaces forgiven), or empty. */
  public static Optional<Topic> ofLabel(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst();
  }

  /** Like {@link #ofLabel} but throws with the list of topics. */
  public static Topic parse(String text) {
    return ofLabel(text).orElseThrow(() -> new IllegalArgumentException("unknown topic '" + text + "'; topics: "
        + String.join(", ", Arrays.stream(values()).map(Topic::label).toList())));
  }
}
