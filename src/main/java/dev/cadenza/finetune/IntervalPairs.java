package dev.cadenza.finetune;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Intervals: naming the interval between two notes (simple between pitch classes, up to two octaves
 * between pitches), the note an interval above or below, semitone counts and inversions. Every interval
 * and note in an answer comes from the engine.
 */
final class IntervalPairs implements PairSource {
  /** The usual intervals twice, the rarer ones once, so a uniform pick favours what students meet most. */
  private static final List<Interval> SIMPLE = intervals(
      "m2 M2 m3 M3 P4 P5 m6 M6 m7 M7 m2 M2 m3 M3 P4 P5 m6 M6 m7 M7 A1 A2 d3 A3 d4 A4 d5 A5 d6 A6 d7");
  private static final List<Interval> COMPOUND = intervals("P8 m9 M9 A9 m10 M10 P11 A11 P12 m13 M13 m14 M14 P15");
  private static final List<String> BETWEEN = List.of(
      "What is the interval between {0} and {1}?",
      "What interval is {0} up to {1}?",
      "Name the interval from {0} up to {1}.",
      "How far above {0} is {1}?",
      "Identify the ascending interval {0} to {1}.");
  private static final List<String> SEMITONES = List.of(
      "How many semitones are there from {0} up to {1}?",
      "Count the semitones from {0} up to {1}.",
      "How many half steps is it from {0} up to {1}?");
  private static final List<String> INVERSIONS = List.of(
      "What is the inversion of the interval {0} up to {1}?",
      "Invert the interval {0} up to {1}. What interval results?",
      "If you turn {0} up to {1} upside down, what interval do you get?");
  private static final List<String> MOVES = List.of(
      "What note is {0} {1} {2}?",
      "Which note lies {0} {1} {2}?",
      "What is {3} {1} {2}?",
      "Find the note {0} {1} {2}.");

  private final IntervalMoves moves = new IntervalMoves(MOVES);

  @Override
  public Family family() {
    return Family.INTERVAL;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    double kind = random.nextDouble();
    boolean pitches = Draw.chance(random, 0.35);
    Note start = pitches ? Draw.root(random).withOctave(Draw.octave(random)) : Draw.root(random);
    List<Interval> pool = pitches ? both() : SIMPLE;
    Interval interval = Draw.pick(random, pool);
    try {
      if (kind < 0.3) {
        return Optional.of(between(start, start.transpose(interval), random));
      }
      if (kind < 0.6) {
        return Optional.of(moves.pair(start, interval, Draw.chance(random, 0.6), random));
      }
      if (kind < 0.8) {
        return Optional.of(semitones(start, start.transpose(interval), random));
      }
      Note lower = start.withoutOctave();
      return inversion(lower, lower.transpose(Draw.pick(random, SIMPLE)), random);
    } catch (IllegalArgumentException tripleAccidentalOrBeyondRange) {
      return Optional.empty();
    }
  }

  private Pair between(Note lower, Note upper, Random random) {
    Interval interval = Interval.between(lower, upper);
    String question = Words.fill(Draw.pick(random, BETWEEN), lower, upper);
    String answer = "From " + lower + " up to " + upper + " is " + named(interval) + ", "
        + Words.plural(interval.semitones(), "semitone") + (interval.isCompound()
            ? ". Reduced to within an octave it is " + named(interval.simple()) + "."
            : ", spanning " + Words.counted(interval.number(), "letter name") + " ("
                + IntervalMoves.letters(lower.letter(), interval.number(), 1) + ").");
    return new Pair(family(), lower.withoutOctave().toString(), question, answer);
  }

  private Pair semitones(Note lower, Note upper, Random random) {
    Interval interval = Interval.between(lower, upper);
    String question = Words.fill(Draw.pick(random, SEMITONES), lower, upper);
    String answer = Words.capitalise(Words.plural(interval.semitones(), "semitone")) + ": " + lower + " up to "
        + upper + " is " + named(interval) + ".";
    return new Pair(family(), lower.withoutOctave().toString(), question, answer);
  }

  private Optional<Pair> inversion(Note lower, Note upper, Random random) {
    Interval interval = Interval.between(lower, upper);
    Interval inverted = Interval.between(upper, lower);
    if (interval.number() + inverted.number() != 9 || interval.semitones() + inverted.semitones() != 12) {
      return Optional.empty();
    }
    String question = Words.fill(Draw.pick(random, INVERSIONS), lower, upper);
    String answer = lower + " up to " + upper + " is " + named(interval) + "; inverted, " + upper + " up to "
        + lower + " is " + named(inverted) + ". The numbers add up to 9 (" + interval.number() + " + "
        + inverted.number() + ") and the semitones to 12 (" + interval.semitones() + " + " + inverted.semitones()
        + ").";
    return Optional.of(new Pair(family(), lower.toString(), question, answer));
  }

  /** "a major third (M3)". */
  static String named(Interval interval) {
    return Words.withArticle(interval.name()) + " (" + interval.shortName() + ")";
  }

  private static List<Interval> both() {
    List<Interval> all = new ArrayList<>(SIMPLE);
    all.addAll(COMPOUND);
    return all;
  }

  private static List<Interval> intervals(String shortNames) {
    return Arrays.stream(shortNames.split(" ")).map(Interval::parse).toList();
  }
}
