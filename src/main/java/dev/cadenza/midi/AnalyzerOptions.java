package dev.cadenza.midi;

import dev.cadenza.midi.key.KeyProfile;

/**
 * Settings of a {@link MidiAnalyzer}.
 *
 * @param limits bounds on the files accepted
 * @param profile the key profile used for key finding
 */
public record AnalyzerOptions(ReadLimits limits, KeyProfile profile) {

  /**
   * Temperley's profile: on the generated pieces of KeyEstimationAccuracyTest it names every key
   * right, while Albrecht–Shanahan's, which under-weights the raised leading tone of harmonic minor,
   * misses a few minor melodies.
   */
  public static final KeyProfile DEFAULT_PROFILE = KeyProfile.TEMPERLEY;

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
