package dev.cadenza.learners;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cadences practised, each with the closing progressions that make it in major and in minor (numerals the
 * engine realises) and the names a learner may give it. "Imperfect cadence" is the British half cadence.
 */
enum Cadence {
  AUTHENTIC("authentic", "the dominant in root position resolves to the tonic in root position, the strongest close",
      List.of("V I", "V7 I"), List.of("V i", "V7 i"), List.of("perfect authentic", "pac", "perfect", "full")),
  IMPERFECT_AUTHENTIC("imperfect authentic", "dominant to tonic with one of them inverted, a weaker close",
      List.of("V6 I", "V65 I", "V43 I6", "V7 I6"), List.of("V6 i", "V65 i", "V43 i6"), List.of("iac")),
  HALF("half", "the phrase stops on the dominant, an open ending",
      List.of("I V", "ii6 V", "IV V", "I64 V"), List.of("i V", "iv V", "ii°6 V"),
      List.of("hc", "imperfect", "semicadence", "semi-cadence")),
  PLAGAL("plagal", "the subdominant moves to the tonic, the 'amen' close",
      List.of("IV I"), List.of("iv i"), List.of("amen")),
  DECEPTIVE("deceptive", "the dominant moves to the submediant instead of the expected tonic",
      List.of("V vi", "V7 vi"), List.of("V VI", "V7 VI"), List.of("interrupted")),
  PHRYGIAN_HALF("Phrygian half", "in minor, iv6 moves to V with the bass falling a half step",
      List.of(), List.of("iv6 V"), List.of("phrygian"));

  private final String label;
  private final String meaning;
  private final List<String> inMajor;
  private final List<String> inMinor;
  private final List<String> otherNames;

  Cadence(String label, String meaning, List<String> inMajor, List<String> inMinor, List<String> otherNames) {
    this.label = label;
    this.meaning = meaning;
    this.inMajor = inMajor;
    this.inMinor = inMinor;
    this.otherNames = otherNames;
  }

  String label() {
    return label;
  }

  String meaning() {
    return meaning;
  }

  /** "an authentic", "a half": the label with its article, to start a sentence's predicate. */
  String withArticle() {
    return (label.startsWith("a") || label.startsWith("i") ? "an " : "a ") + label;
  }

  /** Right when the answer names this cadence; a malformed answer names none of {@code choices}. */
  Grade grade(String answer, String choices) {
    Cadence named = named(answer).orElseThrow(() -> new MalformedAnswerException(
        "'" + answer + "' names no cadence; answer " + choices));
    return named == this ? Grade.RIGHT : Grade.WRONG;
  }

  /** The closing progressions ("V7 I") that make this cadence in a major or minor key. */
  List<String> progressions(boolean minor) {
    return minor ? inMinor : inMajor;
  }

  /** The cadence a learner's words name ("PAC", "interrupted", "half cadence"), or empty. */
  static Optional<Cadence> named(String answer) {
    String words = answer.toLowerCase(Locale.ROOT).replace("cadence", "").replaceAll("[^a-z -]", " ").strip()
        .replaceAll("\\s+", " ");
    for (Cadence cadence : values()) {
      if (cadence.label.toLowerCase(Locale.ROOT).equals(words) || cadence.otherNames.contains(words)) {
        return Optional.of(cadence);
      }
    }
    return Optional.empty();
  }
}
