package dev.cadenza.finetune;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "What note is a minor sixth above E4?": moving a note up or down by an interval, letters counted. */
final class IntervalMoves {
  private final List<String> phrasings;

  IntervalMoves(List<String> phrasings) {
    this.phrasings = List.copyOf(phrasings);
  }

  Pair pair(Note start, Interval interval, boolean up, Random random) {
    Note result = up ? start.transpose(interval) : start.transposeDown(interval);
    String direction = up ? "above" : "below";
    String question = Words.fill(Draw.pick(random, phrasings), Words.withArticle(interval.name()), direction,
        start, interval.shortName());
    String count = interval.isCompound()
        ? Words.plural(interval.semitones(), "semitone") + (up ? " higher" : " lower")
        : Words.counted(interval.number(), "letter name") + " counting " + start.letter() + " ("
            + letters(start.letter(), interval.number(), up ? 1 : -1) + ") and "
            + Words.plural(interval.semitones(), "semitone") + (up ? " up" : " down");
    String answer = Words.capitalise(IntervalPairs.named(interval)) + " " + direction + " " + start + " is "
        + result + ": " + count + ".";
    return new Pair(Family.INTERVAL, start.withoutOctave().toString(), question, answer);
  }

  /** "F G A B C D E": {@code count} letter names from {@code first}, upward (1) or downward (-1). */
  static String letters(Letter first, int count, int direction) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(first.plus(i * direction).name());
    }
    return String.join(" ", names);
  }
}
