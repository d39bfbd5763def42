package dev.cadenza.theory.entity;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;

/**
 * A piece of music named in a sentence, with the span of tokens it was read from ({@code first} inclusive,
 * {@code end} exclusive, indexes into {@link Tokens}). The recogniser returns them left to right, never
 * overlapping.
 */
public sealed interface MusicEntity {
  int first();

  int end();

  /** A spelled note, with its octave when one was written: "G#5", "E flat", "b". */
  record NoteName(Note note, int first, int end) implements MusicEntity {}

  /** A chord symbol or a chord named in words: "C#m7b5", "C-major seventh", "Ab minor triad". */
  record ChordName(Chord chord, int first, int end) implements MusicEntity {}

  /** A key: "C minor", "f# minor", "the key of Eb" (major when no mode is named). */
  record KeyName(Key key, int first, int end) implements MusicEntity {}

  /** A scale or mode other than plain major or minor: "B lydian", "A harmonic minor", "E blues scale". */
  record ScaleName(Scale scale, int first, int end) implements MusicEntity {}

  /** An interval: "major third", "P5", "tritone", "whole step". */
  record IntervalName(Interval interval, int first, int end) implements MusicEntity {}

  /** A Roman numeral, secondary and chromatic ones included, or a named chord such as the Neapolitan ("N6"). */
  record Numeral(String numeral, int first, int end) implements MusicEntity {}

  /** A count: "4", "four", "no" (before sharps or flats). */
  record Count(int value, int first, int end) implements MusicEntity {}

  /** "above"/"up" (true) or "below"/"down" (false). */
  record Direction(boolean up, int first, int end) implements MusicEntity {}
}
