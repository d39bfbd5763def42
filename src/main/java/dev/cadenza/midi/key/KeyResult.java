package dev.cadenza.midi.key;

import java.util.List;

/**
 * The key of the whole piece.
 *
 * @param tonic the spelled tonic, e.g. "F#" or "Bb"
 * @param mode major, minor, dorian, phrygian, lydian, mixolydian or locrian
 * @param confidence the model's probability of this key against every other tonic and mode, 0 to 1
 * @param parentKey the major key with the same signature, e.g. "C major" for D dorian
 * @param decidedBy the degree that chose the mode among those on this tonic, e.g. "raised sixth over
 *     a minor third → dorian"
 * @param runnerUp the next most likely key
 * @param profileEstimate the plain Krumhansl–Schmuckler estimate from the pitch collection alone
 *     (major or minor; its confidence is the profile correlation)
 * @param evidence where the music rests on the tonic, in words ("ends on D", ...)
 */
public record KeyResult(String tonic, String mode, double confidence, String parentKey, String decidedBy,
    Alternative runnerUp, Alternative profileEstimate, List<String> evidence) {

  /** Another reading of the key, with its probability (or correlation for the profile estimate). */
  public record Alternative(String tonic, String mode, double confidence) {}

  public KeyResult {
    evidence = List.copyOf(evidence);
  }

  /** "D dorian". */
  public String name() {
    return tonic + " " + mode;
  }
}
