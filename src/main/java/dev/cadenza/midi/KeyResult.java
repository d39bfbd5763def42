package dev.cadenza.midi;

/**
 * The estimated key of the whole piece.
 *
 * @param tonic the spelled tonic, e.g. "F#" or "Bb"
 * @param mode "major" or "minor"
 * @param confidence the Krumhansl–Schmuckler correlation of the best key, 0 to 1
 */
public record KeyResult(String tonic, String mode, double confidence) {}
