package dev.cadenza.abc;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which written bars are played: a section between |: and :| twice (or as many times as
 * its endings are numbered), each pass taking only the endings numbered for it. A :| with no |: before
 * it repeats from the start, or from the end of the previous repeated section. Every bar is visited at
 * most {@link VoiceBuilder#MAX_ENDING} times, so the work stays linear in the bars written.
 */
final class Repeats {

  private Repeats() {}

  /** Indexes into {@code bars}, in playing order. */
  static List<Integer> playingOrder(List<WrittenBar> bars) {
    int[] passes = passes(bars);
    List<Integer> order = new ArrayList<>();
    int sectionStart = 0;
    int pass = 1;
    boolean closing = false;
    int i = 0;
    while (i < bars.size()) {
      WrittenBar bar = bars.get(i);
      if (closing && bar.endings == 0 || bar.startRepeat && i > sectionStart) {
        sectionStart = i;
        pass = 1;
        closing = false;
      }
      if (bar.endings != 0 && (bar.endings & (1 << pass)) == 0) {
        i++;
        continue;
      }
      order.add(i);
      if (bar.endRepeat && pass < passes[i]) {
        pass++;
        i = sectionStart;
        continue;
      }
      if (bar.endRepeat) {
        closing = true;
        sectionStart = i + 1;
      }
      i++;
    }
    return order;
  }

  /**
   * For each bar that ends a repeat, how many times its section is played: twice, or the highest ending
   * number in the run of ending bars it belongs to.
   */
  private static int[] passes(List<WrittenBar> bars) {
    int[] passes = new int[bars.size()];
    int runStart = 0;
    for (int i = 0; i <= bars.size(); i++) {
      if (i == bars.size() || bars.get(i).endings == 0) {
        int highest = 2;
        for (int j = runStart; j < i; j++) {
          highest = Math.max(highest, 31 - Integer.numberOfLeadingZeros(bars.get(j).endings));
        }
        for (int j = runStart; j < i; j++) {
          passes[j] = highest;
        }
        if (i < bars.size()) {
          passes[i] = 2;
        }
        runStart = i + 1;
      }
    }
    return passes;
  }
}
