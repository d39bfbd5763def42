/**
 * Harmony: chord spans matched to templates in the local key ({@link dev.cadenza.midi.harmony.HarmonyAnalyzer}),
 * their names ({@link dev.cadenza.midi.harmony.ChordNames}) and the cadences at phrase ends
 * ({@link dev.cadenza.midi.harmony.CadenceDetector}). Builds on {@code midi.key}; knows nothing of voice leading.
 */
package dev.cadenza.midi.harmony;
