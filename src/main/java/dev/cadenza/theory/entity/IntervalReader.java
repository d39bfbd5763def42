package dev.cadenza.theory.entity;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import java.util.Map;
import java.util.Optional;

/** Reads an interval starting at a token: "major third", "perfect 5th", "M3", "tritone", "whole step", "fifth". */
final class IntervalReader {
  private static final Map<String, String> PLAIN = Map.of(
      "tritone", "A4", "octave", "P8", "unison", "P1", "fifth", "P5", "fourth", "P4");

  /** Words a note with its octave follows: "written D5", "concert D4", "sounds D3", "a p5 above d4". */
  private static final String[] PITCH_WORDS = {"written", "concert", "play", "plays", "played", "playing", "sound",
      "sounds", "sounding", "read", "reads", "note", "pitch", "hear", "hears", "above", "below", "under", "beneath",
      "from", "to"};

  /** An interval and the index just after its last token. */
  record Read(Interval interval, int end) {}

  private IntervalReader() {}

  /** An interval, unless its words name a chord ("a diminished seventh chord on C#"). */
  static Optional<Read> read(Tokens t, int i) {
    return words(t, i).filter(r -> !t.is(r.end(), "chord", "chords", "triad", "triads"));
  }

  private static Optional<Read> words(Tokens t, int i) {
    String word = t.at(i);
    // "plays written d5", "concert d4": a note with its octave typed in lower case, not a diminished fifth.
    if (word.matches("d[0-8]") && t.is(i - 1, PITCH_WORDS)) return Optional.empty();
    if (word.matches("(dd|d|m|P|M|A|AA)\\d{1,2}")) {
      return IntervalNames.parse(word).map(v -> new Read(v, i + 1));
    }
    // "p4" typed in lower case is still perfect; "m3" stays minor.
    if (word.matches("p\\d{1,2}")) {
      return IntervalNames.parse("P" + word.substring(1)).map(v -> new Read(v, i + 1));
    }
    Optional<Read> step = step(t, i);
    if (step.isPresent()) {
      return step;
    }
    boolean doubly = t.is(i, "doubly");
    int at = doubly ? i + 1 : i;
    if (t.is(at, "major", "minor", "perfect", "augmented", "diminished", "maj", "min", "aug", "dim", "perf")) {
      int numberAt = t.is(at + 1, "-") ? at + 2 : at + 1;
      if (IntervalNames.number(t.lower(numberAt)).isPresent() && !t.lower(numberAt).matches("\\d+")) {
        String name = (doubly ? "doubly " : "") + t.lower(at) + " " + t.lower(numberAt);
        return IntervalNames.parse(name).map(v -> new Read(v, numberAt + 1));
      }
      return Optional.empty();
    }
    String plain = PLAIN.get(t.lower(i));
    // "with its octave number", "in which octave": the register a note is in, no interval.
    if (plain == null || t.is(i, "octave") && (t.is(i + 1, "number", "numbers") || t.is(i - 1, "its", "which", "what"))) {
      return Optional.empty();
    }
    return Optional.of(new Read(Interval.parse(plain), i + 1));
  }

  /**
   * "half step", "whole-step", "semitone", each optionally "chromatic" or "diatonic". A chromatic step keeps its letter
   * (C-C# is an augmented unison, C-Ebb a diminished third); a diatonic or unqualified one moves to the next letter
   * (C-Db a minor second, C-D a major second), as steps do in a scale.
   */
  private static Optional<Read> step(Tokens t, int i) {
    boolean chromatic = t.is(i, "chromatic");
    int at = chromatic || t.is(i, "diatonic") ? i + 1 : i;
    if (t.is(at, "semitone")) {
      return Optional.of(new Read(Interval.parse(chromatic ? "A1" : "m2"), at + 1));
    }
    int unit = t.is(at + 1, "-") ? at + 2 : at + 1;
    if (!t.is(at, "whole", "half") || !t.is(unit, "step", "tone")) {
      return Optional.empty();
    }
    boolean whole = t.is(at, "whole");
    String interval = chromatic ? (whole ? "d3" : "A1") : (whole ? "M2" : "m2");
    return Optional.of(new Read(Interval.parse(interval), unit + 1));
  }
}
