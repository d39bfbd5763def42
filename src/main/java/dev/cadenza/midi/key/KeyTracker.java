package dev.cadenza.midi.key;

import dev.cadenza.midi.Note;
import dev.cadenza.midi.Timeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Follows the key bar by bar. Each bar is scored against the 24 keys with the histogram of a
 * window of bars around it; a Viterbi pass then chooses the best sequence of keys, paying a fixed
 * penalty per change, so a modulation is reported only when the new key is sustained for several
 * bars, not for a passing secondary dominant.
 */
public final class KeyTracker {

  /**
   * The home key of the piece and the key of each bar.
   *
   * @param barCollections for each bar, the pitch classes that sound in the window around it, as a bit mask
   */
  public record KeyTrack(KeyEstimator.Estimate home, List<Tonality> barKeys, List<Integer> barCollections) {
    /** The local key of a 1-based bar; the home key outside the piece. */
    public Tonality at(int bar) {
      return bar >= 1 && bar <= barKeys.size() ? barKeys.get(bar - 1) : home.key();
    }

    /**
     * This track with another home key: bars read in a key that shares the new home's signature, or
     * that of its modal parent (relative and modal neighbours), move to the new home. In a modal home,
     * so does every bar whose notes all belong to the mode's collection: with no note outside it, a
     * profile's G major in D dorian is only the profile's way of hearing the same seven notes.
     *
     * @param modal whether the new home is a mode other than major and minor
     */
    public KeyTrack rehomed(Tonality newHome, double confidence, int parentTonic, boolean modal) {
      int collection = 0;
      for (int degree : MAJOR_SCALE) {
        collection |= 1 << ((parentTonic + degree) % 12);
      }
      List<Tonality> moved = new ArrayList<>(barKeys.size());
      for (int bar = 0; bar < barKeys.size(); bar++) {
        Tonality key = barKeys.get(bar);
        boolean sameNotes = key.relativeMajorTonic() == newHome.relativeMajorTonic()
            || key.relativeMajorTonic() == parentTonic;
        boolean withinMode = modal && (barCollections.get(bar) & ~collection) == 0;
        moved.add(sameNotes || withinMode ? newHome : key);
      }
      return new KeyTrack(new KeyEstimator.Estimate(newHome, confidence), moved, barCollections);
    }
  }

  private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};
  /** A pitch class sounding less than this share of a window is left out of its collection: a stray grace note. */
  static final double STRAY = 0.02;

  /** Bars either side of a bar that count towards its local key. */
  static final int WINDOW_RADIUS = 2;
  /** Correlation given up per key change; larger values keep the key steadier. */
  static final double CHANGE_PENALTY = 1.0;
  /**
   * The opening key is the home key when the whole piece fits it nearly as well as the best key:
   * a piece that modulates to the dominant and stays there is still in its opening key.
   */
  static final double HOME_MARGIN = 0.1;

  private final KeyEstimator estimator;

  public KeyTracker(KeyEstimator estimator) {
    this.estimator = estimator;
  }

  public KeyTrack track(List<Note> notes, Timeline timeline, int bars) {
    double[] barStarts = new double[bars + 1];
    for (int bar = 1; bar <= bars + 1; bar++) {
      barStarts[bar - 1] = timeline.barStart(bar);
    }
    double[][] barHistograms = new double[bars][12];
    for (Note note : notes) {
      int first = Math.min(bars, timeline.position(note.onset()).bar());
      for (int bar = first; bar <= bars && barStarts[bar - 1] < note.end(); bar++) {
        barHistograms[bar - 1][note.pitchClass()] += note.overlap(barStarts[bar - 1], barStarts[bar]);
      }
    }
    double[] whole = new double[12];
    for (double[] histogram : barHistograms) {
      add(whole, histogram);
    }
    List<Tonality> keys = viterbi(emissions(barHistograms));
    List<Integer> collections = collections(barHistograms);
    placeChanges(keys, barHistograms);
    double[] correlations = estimator.correlations(whole);
    Tonality best = Tonality.ofIndex(KeyEstimator.argMax(correlations));
    Tonality opening = keys.getFirst();
    Tonality home = correlations[opening.index()] >= correlations[best.index()] - HOME_MARGIN ? opening : best;
    return new KeyTrack(new KeyEstimator.Estimate(home, correlations[home.index()]), keys, collections);
  }

  /** The pitch classes sounding in each bar's window, as bit masks. */
  private static List<Integer> collections(double[][] barHistograms) {
    List<Integer> collections = new ArrayList<>(barHistograms.length);
    for (int bar = 0; bar < barHistograms.length; bar++) {
      double[] window = window(barHistograms, bar);
      double total = Arrays.stream(window).sum();
      int mask = 0;
      for (int pc = 0; pc < 12; pc++) {
        mask |= window[pc] > STRAY * total ? 1 << pc : 0;
      }
      collections.add(mask);
    }
    return collections;
  }

  /** The histogram of the bars within {@link #WINDOW_RADIUS} of a bar. */
  private static double[] window(double[][] barHistograms, int bar) {
    double[] window = new double[12];
    for (int other = Math.max(0, bar - WINDOW_RADIUS); other <= Math.min(barHistograms.length - 1, bar + WINDOW_RADIUS);
        other++) {
      add(window, barHistograms[other]);
    }
    return window;
  }

  /**
   * Windows find a key change but blur where it happens: move each change, by up to the window
   * radius, to the bar line where the single bars on either side fit the old and the new key best.
   */
  private void placeChanges(List<Tonality> keys, double[][] barHistograms) {
    for (int change = 1; change < keys.size(); change++) {
      Tonality before = keys.get(change - 1);
      Tonality after = keys.get(change);
      if (before.equals(after)) {
        continue;
      }
      int back = 0;
      while (back < WINDOW_RADIUS && change >= 2 && keys.get(change - 2).equals(before)
          && prefers(barHistograms[change - 1], after, before)) {
        keys.set(--change, after);
        back++;
      }
      int ahead = 0;
      while (back == 0 && ahead < WINDOW_RADIUS && change + 1 < keys.size() && keys.get(change + 1).equals(after)
          && prefers(barHistograms[change], before, after)) {
        keys.set(change++, before);
        ahead++;
      }
    }
  }

  private boolean prefers(double[] histogram, Tonality key, Tonality other) {
    double[] correlations = estimator.correlations(histogram);
    return correlations[key.index()] > correlations[other.index()];
  }

  private double[][] emissions(double[][] barHistograms) {
    int bars = barHistograms.length;
    double[][] emissions = new double[bars][];
    for (int bar = 0; bar < bars; bar++) {
      emissions[bar] = estimator.correlations(window(barHistograms, bar));
    }
    return emissions;
  }

  private static List<Tonality> viterbi(double[][] emissions) {
    int bars = emissions.length;
    double[] score = emissions[0].clone();
    int[][] from = new int[bars][24];
    for (int bar = 1; bar < bars; bar++) {
      int best = KeyEstimator.argMax(score);
      double[] next = new double[24];
      for (int key = 0; key < 24; key++) {
        boolean change = score[best] - CHANGE_PENALTY > score[key];
        from[bar][key] = change ? best : key;
        next[key] = emissions[bar][key] + (change ? score[best] - CHANGE_PENALTY : score[key]);
      }
      score = next;
    }
    int[] path = new int[bars];
    path[bars - 1] = KeyEstimator.argMax(score);
    for (int bar = bars - 1; bar > 0; bar--) {
      path[bar - 1] = from[bar][path[bar]];
    }
    List<Tonality> keys = new ArrayList<>(bars);
    for (int index : path) {
      keys.add(Tonality.ofIndex(index));
    }
    return keys;
  }

  private static void add(double[] sum, double[] histogram) {
    for (int pc = 0; pc < 12; pc++) {
      sum[pc] += histogram[pc];
    }
  }
}
