package dev.cadenza.midi.key;

import dev.cadenza.midi.MusicNames;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.Rounding;
import dev.cadenza.midi.Timeline;
import dev.cadenza.theory.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the key of a whole piece with {@link ModalKeyModel} and explains it: the spelled tonic and
 * mode, the parent major key, the degree that decided the mode, the runner-up, the plain profile
 * estimate and the tonic evidence in words.
 */
public final class KeyFinder {

  /** A degree sounding less than this share of the time counts as absent when naming the mode. */
  static final double ABSENT = 0.01;
  private static final String[] DEGREE_NAMES = {"first", "second", "second", "third", "third", "fourth", "fourth",
      "fifth", "sixth", "sixth", "seventh", "seventh"};

  /** The chosen key as the harmonic analysis uses it (major or minor third) and as reported. */
  public record Found(Tonality harmonic, int tonic, Mode mode, KeyResult report) {}

  private final ModalKeyModel model = ModalKeyModel.fitted();

  public Found find(List<Note> pitched, Timeline timeline, MusicNames names, KeyEstimator.Estimate profile) {
    TonicEvidence evidence = TonicEvidence.of(pitched, timeline);
    List<ModalKeyModel.Choice> ranked = model.ranked(evidence);
    ModalKeyModel.Choice best = ranked.get(0);
    ModalKeyModel.Choice second = ranked.get(1);
    Key parent = parent(best.tonic(), best.mode(), names);
    String tonic = tonicName(best.tonic(), best.mode(), names);
    KeyResult report = new KeyResult(tonic, best.mode().label(), Rounding.thousandths(best.probability()),
        parent.name(), decidedBy(best.mode(), best.tonic(), evidence.histogram()),
        new KeyResult.Alternative(tonicName(second.tonic(), second.mode(), names), second.mode().label(),
            Rounding.thousandths(second.probability())),
        new KeyResult.Alternative(names.tonic(profile.key()), profile.key().mode(),
            Rounding.thousandths(Math.max(0, profile.correlation()))),
        described(evidence, best.tonic(), tonic));
    return new Found(new Tonality(best.tonic(), best.mode().hasMinorThird()), best.tonic(), best.mode(), report);
  }

  /** The parent major key; major and minor keys are spelled as before (a tie of six goes to flats in minor). */
  private static Key parent(int tonic, Mode mode, MusicNames names) {
    if (mode == Mode.MINOR) {
      return names.key(new Tonality(tonic, true)).relative();
    }
    return names.key(new Tonality(Math.floorMod(tonic - mode.aboveParent(), 12), false));
  }

  private static String tonicName(int tonic, Mode mode, MusicNames names) {
    if (mode == Mode.MINOR) {
      return names.tonic(new Tonality(tonic, true));
    }
    return dev.cadenza.theory.Note.fromMidi(60 + tonic, parent(tonic, mode, names)).withoutOctave().toString();
  }

  /** "raised sixth over a minor third → dorian", or why the mode could not be told from its neighbour. */
  static String decidedBy(Mode mode, int tonic, double[] histogram) {
    double total = java.util.Arrays.stream(histogram).sum();
    double share = histogram[Math.floorMod(tonic + mode.characteristic(), 12)] / total;
    if (mode == Mode.MINOR && histogram[Math.floorMod(tonic + 11, 12)] / total >= ABSENT && share < ABSENT) {
      return "raised seventh (leading tone) over a minor third → minor";
    }
    if (share >= ABSENT) {
      return mode.sign() + " → " + mode.label();
    }
    String third = mode.hasMinorThird() ? "minor third" : "major third";
    return String.format(Locale.ROOT, "no %s degree sounds, so the %s and the rest of the collection decide → %s",
        mode == Mode.LOCRIAN ? "fifth" : DEGREE_NAMES[mode.characteristic()], third, mode.label());
  }

  private static List<String> described(TonicEvidence evidence, int tonic, String name) {
    List<String> lines = new ArrayList<>();
    if (evidence.clue(TonicEvidence.Clue.FINAL_NOTE, tonic) > 0) {
      lines.add("the melody ends on " + name);
    }
    if (evidence.clue(TonicEvidence.Clue.FINAL_BASS, tonic) > 0) {
      lines.add("the final bass note is " + name);
    }
    addShare(lines, "of the phrase endings", evidence.clue(TonicEvidence.Clue.PHRASE_ENDS, tonic), name);
    addShare(lines, "of the time on strong beats", evidence.clue(TonicEvidence.Clue.STRONG_BEATS, tonic), name);
    addShare(lines, "of the last bar", evidence.clue(TonicEvidence.Clue.FINAL_BAR, tonic), name);
    if (evidence.clue(TonicEvidence.Clue.OPENING, tonic) > 0) {
      lines.add("the music opens on " + name);
    }
    if (evidence.clue(TonicEvidence.Clue.LOWEST, tonic) > 0) {
      lines.add("the lowest note is " + name);
    }
    return lines;
  }

  private static void addShare(List<String> lines, String what, double share, String name) {
    if (share > 0) {
      lines.add(String.format(Locale.ROOT, "%s is %.0f%% %s", name, 100 * share, what));
    }
  }
}
