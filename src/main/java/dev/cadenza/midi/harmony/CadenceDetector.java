package dev.cadenza.midi.harmony;

import dev.cadenza.midi.BarBeat;
import dev.cadenza.midi.MelodyAnalyzer;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.Timeline;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.Tonality;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds cadences at phrase ends. A chord ends a phrase when it is the last one, when silence
 * follows it, when it is held from a strong beat for a bar and at least twice as long as the
 * typical chord, or when it arrives on a strong beat of every fourth bar. The arrival and the
 * harmony before it decide the type: V–I is perfect authentic with both chords in root position and
 * the tonic on top, otherwise imperfect (vii°–I too); IV–I plagal; V–vi deceptive; any arrival on V
 * half.
 */
public final class CadenceDetector {

  /** The types, as reported. */
  public static final String PAC = "PAC";
  public static final String IAC = "IAC";
  public static final String HC = "HC";
  public static final String PLAGAL = "plagal";
  public static final String DECEPTIVE = "deceptive";

  /** A cadence: the chord before, the chord of arrival and the type. */
  public record Found(ChordSpan before, ChordSpan arrival, String type) {}

  private static final int PHRASE_BARS = 4;
  private static final double LONG_CHORD = 2.0;

  private CadenceDetector() {}

  /**
   * @param melody the top voice in onset order, for the soprano note at the arrival
   */
  public static List<Found> detect(List<ChordSpan> spans, List<Note> melody, Timeline timeline) {
    List<Found> cadences = new ArrayList<>();
    double typical = median(spans);
    for (int i = 1; i < spans.size(); i++) {
      ChordSpan arrival = spans.get(i);
      ChordSpan before = spans.get(i - 1);
      if (!before.chord().sameHarmony(arrival.chord()) && endsPhrase(spans, i, typical, timeline)) {
        String type = type(before, arrival, MelodyAnalyzer.pitchAt(melody, arrival.start()));
        if (type != null) {
          cadences.add(new Found(before, arrival, type));
        }
      }
    }
    return cadences;
  }

  private static boolean endsPhrase(List<ChordSpan> spans, int i, double typical, Timeline timeline) {
    ChordSpan span = spans.get(i);
    BarBeat position = timeline.position(span.start());
    boolean strong = timeline.meter(span.start()).isStrongBeat(position.beat());
    boolean last = i == spans.size() - 1;
    boolean silenceAfter = !last && spans.get(i + 1).start() > span.end() + 1e-6;
    double length = span.end() - span.start();
    boolean held = strong && length >= LONG_CHORD * typical && length >= timeline.meter(span.start()).quartersPerBar();
    boolean phraseBar = strong && position.bar() % PHRASE_BARS == 0;
    return last || silenceAfter || held || phraseBar;
  }

  private static String type(ChordSpan before, ChordSpan arrival, int soprano) {
    Tonality key = arrival.key();
    Chord from = before.chord();
    Chord to = arrival.chord();
    if (Harmony.isTonic(to, key)) {
      if (Harmony.isDominant(from, key)) {
        boolean perfect = from.inversion() == 0 && to.inversion() == 0 && soprano >= 0 && soprano % 12 == key.tonic();
        return perfect ? PAC : IAC;
      }
      if (Harmony.isLeadingToneChord(from, key)) {
        return IAC;
      }
      return Harmony.isSubdominant(from, key) ? PLAGAL : null;
    }
    if (Harmony.isDominant(to, key) && !Harmony.isDominant(from, key)) {
      return HC;
    }
    return Harmony.isSubmediant(to, key) && Harmony.isDominant(from, key) ? DECEPTIVE : null;
  }

  private static double median(List<ChordSpan> spans) {
    double[] lengths = spans.stream().mapToDouble(span -> span.end() - span.start()).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
  }
}
