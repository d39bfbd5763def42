package dev.cadenza.midi.voice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The part-writing rules the analysis checks. Each has a stable {@link #id()} used in
 * {@link Issue#rule()} and a {@link #searchQuery()} that the app sends to the corpus search to find
 * a passage explaining the rule.
 */
public enum Rule {
  PARALLEL_FIFTHS("parallel-fifths", "Parallel fifths",
      "Two voices a perfect fifth apart that move to another "
          + "perfect fifth sound like one voice doubled; independent voices avoid it.",
      "parallel fifths consecutive fifths voice leading"),
  PARALLEL_OCTAVES("parallel-octaves", "Parallel octaves",
      "Two voices an octave or unison apart that move to another octave "
          + "or unison merge into one line, so the texture loses a voice.",
      "parallel octaves consecutive octaves unisons voice leading"),
  HIDDEN_FIFTHS("hidden-fifths", "Hidden fifths",
      "When soprano and bass move in the same direction into a perfect fifth with "
          + "a leap in the soprano, the fifth stands out as if it were parallel.",
      "hidden fifths direct fifths similar motion outer voices"),
  HIDDEN_OCTAVES("hidden-octaves", "Hidden octaves",
      "When soprano and bass move in the same direction into an octave with "
          + "a leap in the soprano, the octave stands out as if it were parallel.",
      "hidden octaves direct octaves similar motion outer voices"),
  VOICE_CROSSING("voice-crossing", "Voice crossing",
      "A voice that goes below the voice under it (or above the one over it) blurs which line is which.",
      "voice crossing four-part writing"),
  VOICE_OVERLAP("voice-overlap", "Voice overlap",
      "A voice should not move past the note the neighbouring voice has just left, or the ear follows the wrong line.",
      "voice overlap four-part writing"),
  SPACING("spacing", "Spacing",
      "Keep adjacent upper voices (soprano–alto, alto–tenor) within an "
          + "octave; only tenor and bass may be further apart.",
      "spacing between voices octave soprano alto tenor"),
  RANGE("range", "Voice range",
      "Each voice should stay within its singable range: soprano C4–G5, alto G3–D5, tenor C3–G4, bass E2–C4.",
      "vocal ranges soprano alto tenor bass"),
  UNRESOLVED_LEADING_TONE("unresolved-leading-tone", "Leading tone resolution",
      "The leading tone pulls up to the tonic; in an outer "
          + "voice it should rise by a semitone when the dominant resolves.",
      "leading tone resolution dominant tonic"),
  UNRESOLVED_SEVENTH("unresolved-seventh", "Chordal seventh resolution",
      "The seventh of a seventh chord is a dissonance and should resolve down by step when the chord changes.",
      "resolution of the chordal seventh down by step"),
  LARGE_LEAP("large-leap", "Large leap",
      "A leap larger than an octave is hard to sing and breaks the line; step back after any large leap.",
      "melodic leaps voice leading singable line"),
  FINAL_CADENCE("final-cadence", "Ending on the tonic",
      "A piece sounds finished when it closes on the tonic, "
          + "usually with an authentic cadence (V–I); anything else leaves it hanging.",
      "authentic cadence ending on the tonic closure");

  private final String id;
  private final String title;
  private final String explanation;
  private final String searchQuery;

  Rule(String id, String title, String explanation, String searchQuery) {
    this.id = id;
    this.title = title;
    this.explanation = explanation;
    this.searchQuery = searchQuery;
  }

  /** The stable id used in JSON, e.g. {@code parallel-fifths}. */
  public String id() {
    return id;
  }

  /** A short heading, e.g. "Parallel fifths". */
  public String title() {
    return title;
  }

  /** The rule and the reason behind it, in one or two plain sentences. */
  public String explanation() {
    return explanation;
  }

  /** Keywords for the corpus search that finds a passage explaining this rule. */
  public String searchQuery() {
    return searchQuery;
  }

  /** The rule with a given id, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /** The search query for a rule id, for linking an {@link Issue} to a corpus passage; empty for an unknown id. */
  public static Optional<String> searchQueryFor(String id) {
    return byId(id).map(Rule::searchQuery);
  }
}
