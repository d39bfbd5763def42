package dev.cadenza.midi;

/**
 * Settings of a {@link MidiAnalyzer}.
 *
 * @param limits bounds on the files accepted
 * @param profile the key profile used for key finding
 */
public record AnalyzerOptions(ReadLimits limits, KeyProfile profile) {

  /** Albrecht–Shanahan: trained on a corpus, and at least as accurate as Temperley's on the test set. */
  public static final KeyProfile DEFAULT_PROFILE = KeyProfile.ALBRECHT_SHANAHAN;

  public AnalyzerOptions {
    if (limits == null) {
      throw new IllegalArgumentException("illegal limits: null");
    }
    if (profile == null) {
      throw new IllegalArgumentException("illegal profile: null");
    }
  }

  public static AnalyzerOptions defaults() {
    return new AnalyzerOptions(ReadLimits.defaults(), DEFAULT_PROFILE);
  }

  public AnalyzerOptions withLimits(ReadLimits newLimits) {
    return new AnalyzerOptions(newLimits, profile);
  }

  public AnalyzerOptions withProfile(KeyProfile newProfile) {
    return new AnalyzerOptions(limits, newProfile);
  }
}
