package dev.cadenza.route;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups of words that signal the same intent, so that a synonym the generator never used ("pitches", "comprise")
 * still lights up the feature its neighbours trained. Each word belongs to at most one cue: a word listed twice
 * fails class initialisation.
 */
enum Cue {
  /** Asks for reasons, advice or explanation: the marks of a conceptual question. */
  EXPLAIN(
      "why", "explain", "explained", "describe", "difference", "differ", "mean", "means", "meaning", "purpose",
      "point", "history", "important", "importance", "sound", "sounds", "feel", "feels", "effect", "work", "works",
      "use", "used", "avoid", "should", "compose", "composing", "composer", "composers", "practice", "practise",
      "tips", "rule", "rules", "tension", "resolve", "resolves", "resolution", "sad", "happy", "dark", "bright",
      "good", "better", "best", "common", "style", "jazz", "baroque", "classical", "romantic", "influence",
      "invented", "origin", "concept", "idea", "voice", "cadence", "cadences", "counterpoint",
      "melody", "memorable", "motive", "phrase", "texture", "rhythm", "meter", "harmonize", "harmonise"),
  /** Asks for the members of a chord or scale. */
  SPELL(
      "spell", "spelled", "spelling", "spelt", "notes", "tones", "pitches", "contain", "contains", "include",
      "includes", "members", "make", "makes", "made", "consist", "consists", "comprise", "built", "components",
      "list", "play"),
  /** Asks for a name given the members. */
  NAME("name", "identify", "which", "called", "call", "recognise", "recognize", "label", "stack", "stacked"),
  /** Distances between pitches. */
  DISTANCE(
      "interval", "intervals", "distance", "apart", "between", "semitones", "semitone", "half", "steps", "step",
      "above", "below", "up", "down", "gap", "tritone", "unison", "octave", "far"),
  /** Scales and modes. */
  SCALE(
      "scale", "scales", "mode", "modes", "ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian",
      "locrian", "pentatonic", "blues", "chromatic", "harmonic", "melodic", "natural", "ascending", "descending",
      "octatonic", "bebop", "altered", "whole"),
  /** Keys and their signatures. */
  KEY(
      "key", "keys", "signature", "signatures", "sharps", "flats", "accidentals", "relative", "parallel",
      "shares", "enharmonic"),
  /** Harmonic function within a key. */
  FUNCTION(
      "numeral", "numerals", "roman", "degree", "tonic", "supertonic", "mediant", "subdominant", "dominant",
      "submediant", "neapolitan", "italian", "german", "french", "secondary", "applied", "analyse", "analyze",
      "analysis", "diatonic"),
  /** Chord vocabulary. */
  CHORD(
      "chord", "chords", "triad", "triads", "seventh", "ninth", "eleventh", "thirteenth", "diminished",
      "augmented", "suspended", "sus");

  private static final Map<String, Cue> BY_WORD =
      Arrays.stream(values())
          .flatMap(cue -> cue.words.stream().map(word -> Map.entry(word, cue)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final Set<String> words;

  Cue(String... words) {
    this.words = Set.of(words);
  }

  /** The cue a lower-case word signals, if any. */
  static Optional<Cue> of(String word) {
    return Optional.ofNullable(BY_WORD.get(word));
  }
}
