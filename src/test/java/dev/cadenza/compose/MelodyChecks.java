package dev.cadenza.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The measurement's checks of a melody read from its ABC: each returns the problems found, none when it passes. */
final class MelodyChecks {

  private MelodyChecks() {}

  /**
   * @param chordClasses the pitch classes of the chord expected in each bar
   * @param stable the pitch classes the melody may end on
   */
  static List<String> problems(AbcTune tune, List<Set<Integer>> chordClasses, Set<Integer> stable) {
    List<String> problems = new ArrayList<>();
    if (tune.bars().size() != chordClasses.size()) {
      problems.add(tune.bars().size() + " bars for " + chordClasses.size() + " chords");
      return problems;
    }
    int low = Integer.MAX_VALUE;
    int high = Integer.MIN_VALUE;
    for (int b = 0; b < tune.bars().size(); b++) {
      AbcTune.Bar bar = tune.bars().get(b);
      int total = bar.notes().stream().mapToInt(AbcTune.Played::eighths).sum();
      if (total != Style.EIGHTHS_PER_BAR) {
        problems.add("bar " + (b + 1) + " holds " + total + " quavers");
      }
      for (AbcTune.Played note : bar.notes()) {
        low = Math.min(low, note.midi());
        high = Math.max(high, note.midi());
        boolean strong = note.onset() % 4 == 0;
        if (strong && !chordClasses.get(b).contains(note.midi() % 12)) {
          problems.add("bar " + (b + 1) + ": strong-beat note " + note.midi() + " is not a chord tone");
        }
      }
    }
    if (high - low > 16) {
      problems.add("range of " + (high - low) + " semitones, more than a tenth");
    }
    List<AbcTune.Played> last = tune.bars().getLast().notes();
    if (!stable.contains(last.getLast().midi() % 12)) {
      problems.add("ends on " + last.getLast().midi() + ", not a stable tone");
    }
    return problems;
  }
}
