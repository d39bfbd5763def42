/**
 * Key finding: Krumhansl–Schmuckler profiles bar by bar ({@link dev.cadenza.midi.key.KeyTracker}), the
 * modal model that weighs tonic evidence beyond the pitch collection ({@link dev.cadenza.midi.key.KeyFinder},
 * {@link dev.cadenza.midi.key.TonicEvidence}, {@link dev.cadenza.midi.key.ModalKeyModel}), the seven
 * {@link dev.cadenza.midi.key.Mode modes}, and the generated modal tunes its weights are fitted and measured on.
 * Reads notes only; knows nothing of chords or voice leading.
 */
package dev.cadenza.midi.key;
