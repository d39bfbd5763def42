package dev.cadenza.midi.key;

import dev.cadenza.midi.MelodyAnalyzer;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.Spans;
import dev.cadenza.midi.Timeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the music rests, measured for each of the twelve possible tonics: the clues a listener uses
 * beyond the pitch collection. Each clue is a number from 0 to 1 per tonic pitch class, so that a
 * linear model ({@link ModalKeyModel}) can weigh them against the profile fit.
 *
 * @param histogram duration-weighted pitch classes of all notes
 * @param clues one row per {@link Clue}, twelve values each (indexed by tonic pitch class)
 */
record TonicEvidence(double[] histogram, double[][] clues) {

  /** The clues, in the order of the model's weights after the profile fit. */
  enum Clue {
    /** The last melody note. */
    FINAL_NOTE,
    /** The lowest note of the final sonority. */
    FINAL_BASS,
    /** Share of the last bar's sounding time. */
    FINAL_BAR,
    /** Share of the melody's phrase endings: long notes and notes before a rest. */
    PHRASE_ENDS,
    /** Share of the time of notes that start on strong beats. */
    STRONG_BEATS,
    /** The lowest note of the piece. */
    LOWEST,
    /** Share of the bass line's time (the lowest sounding note at each onset). */
    BASS,
    /** The first melody note and the first bass note, half each. */
    OPENING,
    /** Share of the bass notes under the melody's phrase endings. */
    CADENCE_BASS,
    /** The final sonority is this tonic's dominant: a fifth above it in the bass, its leading tone above. */
    FINAL_DOMINANT,
    /** The tonic of the major or minor key that the opening bars fit best (Temperley's profiles). */
    OPENING_KEY,
    /** Share of the bass line's time under a major chord a fifth above this tonic: its dominant, leading tone included. */
    DOMINANT_HARMONY
  }

  /** The opening is this share of the bars, and at least {@link #OPENING_MIN_BARS}. */
  static final int OPENING_SHARE = 4;
  static final int OPENING_MIN_BARS = 2;
  private static final KeyEstimator OPENING_ESTIMATOR = new KeyEstimator(KeyProfile.TEMPERLEY);

  /** A melody note at least this many times the median time to the next onset ends a phrase. */
  static final double PHRASE_END_LENGTH = 1.75;

  static TonicEvidence of(List<Note> pitched, Timeline timeline) {
    List<Note> melody = MelodyAnalyzer.topVoice(pitched);
    List<Note> bass = bassLine(pitched);
    double[][] clues = new double[Clue.values().length][12];
    double[] histogram = new double[12];
    double[] strong = new double[12];
    double[] lastBar = new double[12];
    double[] opening = new double[12];
    int finalBar = timeline.position(pitched.getLast().onset()).bar();
    double finalBarStart = timeline.barStart(finalBar);
    double openingEnd = timeline.barStart(1 + Math.max(OPENING_MIN_BARS, finalBar / OPENING_SHARE));
    for (Note note : pitched) {
      histogram[note.pitchClass()] += note.duration();
      if (timeline.meter(note.onset()).isStrongBeat(timeline.position(note.onset()).beat())) {
        strong[note.pitchClass()] += note.duration();
      }
      lastBar[note.pitchClass()] += note.overlap(finalBarStart, Double.MAX_VALUE);
      opening[note.pitchClass()] += note.overlap(0, openingEnd);
    }
    clues[Clue.FINAL_NOTE.ordinal()][melody.getLast().pitchClass()] = 1;
    clues[Clue.FINAL_BASS.ordinal()][bass.getLast().pitchClass()] = 1;
    clues[Clue.FINAL_BAR.ordinal()] = shares(lastBar);
    clues[Clue.STRONG_BEATS.ordinal()] = shares(strong);
    clues[Clue.LOWEST.ordinal()][pitched.stream().mapToInt(Note::pitch).min().orElseThrow() % 12] = 1;
    clues[Clue.BASS.ordinal()] = shares(durations(bass));
    clues[Clue.OPENING.ordinal()][melody.getFirst().pitchClass()] += 0.5;
    clues[Clue.OPENING.ordinal()][bass.getFirst().pitchClass()] += 0.5;
    double[] ends = new double[12];
    double[] endBass = new double[12];
    for (Note end : phraseEnds(melody)) {
      ends[end.pitchClass()]++;
      Note under = Spans.covering(bass, end.onset(), Note::onset, Note::end, MelodyAnalyzer.TOGETHER);
      endBass[(under == null ? end : under).pitchClass()]++;
    }
    double lastOnset = pitched.getLast().onset();
    int finalBass = bass.getLast().pitchClass();
    boolean[] sounding = new boolean[12];
    pitched.stream().filter(note -> note.end() > lastOnset).forEach(note -> sounding[note.pitchClass()] = true);
    int tonicBelow = Math.floorMod(finalBass - 7, 12);
    if (sounding[Math.floorMod(tonicBelow + 11, 12)]) {
      clues[Clue.FINAL_DOMINANT.ordinal()][tonicBelow] = 1;
    }
    clues[Clue.DOMINANT_HARMONY.ordinal()] = shares(dominants(pitched, bass));
    clues[Clue.OPENING_KEY.ordinal()][OPENING_ESTIMATOR.estimate(opening).key().tonic()] = 1;
    clues[Clue.PHRASE_ENDS.ordinal()] = shares(ends);
    clues[Clue.CADENCE_BASS.ordinal()] = shares(endBass);
    return new TonicEvidence(histogram, clues);
  }

  /** The value of a clue for a tonic pitch class. */
  double clue(Clue clue, int tonic) {
    return clues[clue.ordinal()][tonic];
  }

  /** Melody notes that close a phrase: long ones, ones followed by a rest, and the last. */
  static List<Note> phraseEnds(List<Note> melody) {
    double[] spans = new double[melody.size()];
    for (int i = 0; i < melody.size(); i++) {
      spans[i] = i + 1 < melody.size() ? melody.get(i + 1).onset() - melody.get(i).onset() : melody.get(i).duration();
    }
    double[] sorted = spans.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    List<Note> ends = new ArrayList<>();
    for (int i = 0; i < melody.size(); i++) {
      Note note = melody.get(i);
      boolean last = i == melody.size() - 1;
      boolean restAfter = !last && spans[i] - note.duration() >= median / 2;
      if (last || restAfter || spans[i] >= PHRASE_END_LENGTH * median) {
        ends.add(note);
      }
    }
    return ends;
  }

  /**
   * The lowest sounding note at each onset, cut where the next onset starts; in a single line, the
   * line itself. Chords played a little apart (unquantised) count as one onset.
   */
  static List<Note> bassLine(List<Note> pitched) {
    List<Note> line = new ArrayList<>();
    List<Note> sounding = new ArrayList<>();
    int i = 0;
    while (i < pitched.size()) {
      double onset = pitched.get(i).onset();
      Note lowest = pitched.get(i);
      for (; i < pitched.size() && pitched.get(i).onset() < onset + MelodyAnalyzer.TOGETHER; i++) {
        sounding.add(pitched.get(i));
        lowest = pitched.get(i).pitch() < lowest.pitch() ? pitched.get(i) : lowest;
      }
      sounding.removeIf(note -> note.end() <= onset + MelodyAnalyzer.TOGETHER);
      for (Note note : sounding) {
        lowest = note.pitch() < lowest.pitch() ? note : lowest;
      }
      double end = Math.min(lowest.end(), i < pitched.size() ? pitched.get(i).onset() : Double.MAX_VALUE);
      line.add(new Note(onset, Math.max(end - onset, MelodyAnalyzer.TOGETHER), lowest.onsetSeconds(),
          lowest.durationSeconds(), lowest.pitch(), lowest.velocity(), lowest.track(), lowest.channel()));
    }
    return line;
  }

  /** Bass time under a major third above the bass, credited to the tonic a fifth below the bass. */
  private static double[] dominants(List<Note> pitched, List<Note> bass) {
    double[] weights = new double[12];
    int from = 0;
    for (Note low : bass) {
      while (from < pitched.size() && pitched.get(from).end() <= low.onset()) {
        from++;
      }
      for (int i = from; i < pitched.size() && pitched.get(i).onset() < low.end(); i++) {
        Note other = pitched.get(i);
        if (other.end() > low.onset() && Math.floorMod(other.pitch() - low.pitch(), 12) == 4) {
          weights[Math.floorMod(low.pitchClass() - 7, 12)] += low.duration();
          break;
        }
      }
    }
    return weights;
  }

  private static double[] durations(List<Note> notes) {
    double[] weights = new double[12];
    notes.forEach(note -> weights[note.pitchClass()] += note.duration());
    return weights;
  }

  private static double[] shares(double[] weights) {
    double total = Arrays.stream(weights).sum();
    double[] shares = new double[12];
    for (int pc = 0; pc < 12 && total > 0; pc++) {
      shares[pc] = weights[pc] / total;
    }
    return shares;
  }
}
