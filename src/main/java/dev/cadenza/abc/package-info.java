/**
 * ABC 2.1 tunes read into the MIDI analyser's note model, so every analysis of a MIDI file applies to
 * a tune shared as text.
 *
 * <p>{@link dev.cadenza.abc.AbcReader#read(String)} reads the first tune of a text into an
 * {@link dev.cadenza.abc.AbcTune}: its {@link dev.cadenza.midi.MidiScore} (notes in playing order, meter,
 * tempo, the K: field as a key-signature hint; voices as tracks) and the chord symbols written over
 * the notes. {@link dev.cadenza.abc.AbcQuestions} finds a tune pasted into a question and words the
 * answer.
 *
 * <p>Read: the header fields X: T: M: L: Q: K: V: (others are ignored); keys with modes, none, HP/Hp and
 * explicit accidentals, with or without exp; C and C| meters; note lengths, broken rhythm, ties (with
 * their accidental across the bar line), tuplets (p:q:r, chords, rests including Z bars; accidentals to
 * the bar line, in every octave unless %%propagate-accidentals says otherwise; repeats, :: and numbered
 * endings, played in order; field lines and inline fields ([K:] [M:] [L:] [Q:] [V:]) in the body; a
 * short first bar as a pickup. Skipped: grace notes, decorations (!..!, +..+, ~ . and H–W, h–w),
 * slurs, annotations, lyrics and other fields. Refused with a message: voice overlay (&), unclosed
 * chords, strings, decorations or grace groups, and anything else unreadable, each at its line and
 * column ({@link dev.cadenza.abc.AbcException}).
 */
package dev.cadenza.abc;
