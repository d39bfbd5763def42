/**
 * Voice leading: the four voices of chorale-style writing ({@link dev.cadenza.midi.voice.VoiceExtractor}), the
 * rules on how they move ({@link dev.cadenza.midi.voice.VoiceLeadingChecker},
 * {@link dev.cadenza.midi.voice.MotionRules}), checks of a single line ({@link dev.cadenza.midi.voice.LineChecks}),
 * and each {@link dev.cadenza.midi.voice.Rule rule}'s id and explaining passage.
 */
package dev.cadenza.midi.voice;
