/**
 * MIDI understanding and feedback for students.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.cadenza.midi.MidiAnalyzer#analyze(byte[])} reads a type 0 or 1 Standard MIDI File and
 *       returns a {@link dev.cadenza.midi.MidiAnalysis}: key (Krumhansl–Schmuckler with Temperley's or
 *       Albrecht–Shanahan's profiles, whole piece and bar by bar, with modulations), meter and bars,
 *       chords with Roman numerals in the local key, cadences, melody, texture, four-part voice-leading
 *       issues and a plain-language report. Its JSON form (Jackson) is a contract with the web page:
 *       {@code key {tonic, mode, confidence}, meter, bars, chords [{bar, beat, symbol, roman}],
 *       cadences [{bar, beat, type, key, progression}], issues [{bar, beat, rule, message}], feedback},
 *       then {@code tempo, modulations, melody, texture, keyHints, warnings, meterAssumed, tracks,
 *       durationSeconds, barLines, notes [{pitch, name, onset, duration, velocity, track, channel}]}.
 *       Bars and beats are 1-based and beats count the time signature's denominator; note times are
 *       in seconds. {@link dev.cadenza.midi.MidiAnalyzer#analyze(MidiScore)} analyses a piece read from
 *       other notation (ABC tunes, {@code dev.cadenza.abc}) the same way.
 *   <li>{@link dev.cadenza.midi.voice.Rule} gives each issue's stable rule id and a search query for the
 *       corpus passage that explains it.
 *   <li>{@link dev.cadenza.midi.MidiWriter} and {@link dev.cadenza.midi.MidiExamples} write type 1 files
 *       (conductor track with title, tempo and time signature) for chords, scales, progressions and
 *       cadences.
 * </ul>
 *
 * <p>Packages by job: this one reads and writes Standard MIDI Files, holds the note model
 * ({@link dev.cadenza.midi.MidiScore}, {@link dev.cadenza.midi.Note}, {@link dev.cadenza.midi.Timeline}) and
 * runs and reports the analysis; {@code midi.key} finds the key and mode, {@code midi.harmony} names chords
 * and cadences, {@code midi.voice} checks voice leading, each building only on those before it.
 *
 * <p>Bad input: every unreadable or oversized file ends in a {@link dev.cadenza.midi.MidiException}
 * (unchecked) with a message for the student; the bounds are in {@link dev.cadenza.midi.ReadLimits}.
 * Tolerant reading: a note without note-off is closed at the end of its track, zero-length notes are
 * dropped, malformed tempo, time-signature and key-signature events are ignored (each with a warning);
 * a missing time signature means 4/4, stated as assumed; key signatures are hints, compared with the
 * key estimated from the notes. Channel 10 (index 9) is percussion and takes no part in harmony.
 */
package dev.cadenza.midi;
