package dev.cadenza.midi;

import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.midi.voice.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the analysis found, shaped for JSON (Jackson writes the components in this order).
 * Bars and beats are 1-based; beats count the time signature's denominator. For a file with only
 * percussion, {@code key}, {@code melody} and {@code texture} are null and the lists are empty.
 *
 * @param key the estimated key of the whole piece
 * @param meter the opening time signature, e.g. "3/4"
 * @param bars the number of bars
 * @param chords each chord change with its symbol and Roman numeral in the local key
 * @param cadences cadences at phrase ends
 * @param issues part-writing problems, by bar and beat
 * @param feedback the student-facing report in plain language
 * @param tempo tempo marks, the first at bar 1
 * @param modulations sustained key changes
 * @param melody the top voice described
 * @param texture density and texture
 * @param keyHints the file's key-signature events compared with the notes
 * @param warnings what was assumed, repaired or ignored while reading
 * @param meterAssumed true when the file had no time signature and 4/4 was assumed
 * @param tracks the track names, by track index
 * @param durationSeconds when the last note ends
 * @param barLines where each bar starts, for placing bars and beats in time
 * @param notes every note, percussion included, for playback and the piano roll
 */
public record MidiAnalysis(KeyResult key, String meter, int bars, List<ChordLabel> chords, List<Cadence> cadences,
    List<Issue> issues, String feedback, List<TempoMark> tempo, List<Modulation> modulations, MelodySummary melody,
    Texture texture, List<KeyHint> keyHints, List<String> warnings, boolean meterAssumed, List<String> tracks,
    double durationSeconds, List<BarLine> barLines, List<NoteEvent> notes) {

  public MidiAnalysis {
    chords = List.copyOf(chords);
    cadences = List.copyOf(cadences);
    issues = List.copyOf(issues);
    tempo = List.copyOf(tempo);
    modulations = List.copyOf(modulations);
    keyHints = List.copyOf(keyHints);
    warnings = List.copyOf(warnings);
    tracks = List.copyOf(tracks);
    barLines = List.copyOf(barLines);
    notes = List.copyOf(notes);
  }

  /**
   * This analysis with each list (notes, bar lines, chords, issues, key hints) cut to its first {@code max} items and
   * a warning naming each cut, so a huge file cannot make a response of tens of megabytes.
   */
  public MidiAnalysis listedUpTo(int max) {
    List<String> cuts = new ArrayList<>(warnings);
    List<NoteEvent> shownNotes = firstOf(notes, max, "notes", cuts);
    List<BarLine> shownBars = firstOf(barLines, max, "bar lines", cuts);
    List<ChordLabel> shownChords = firstOf(chords, max, "chords", cuts);
    List<Issue> shownIssues = firstOf(issues, max, "issues", cuts);
    List<KeyHint> shownHints = firstOf(keyHints, max, "key hints", cuts);
    if (cuts.size() == warnings.size()) {
      return this;
    }
    return new MidiAnalysis(key, meter, bars, shownChords, cadences, shownIssues, feedback, tempo, modulations, melody,
        texture, shownHints, cuts, meterAssumed, tracks, durationSeconds, shownBars, shownNotes);
  }

  private static <T> List<T> firstOf(List<T> items, int max, String what, List<String> cuts) {
    if (items.size() <= max) {
      return items;
    }
    cuts.add(String.format(Locale.ROOT, "only the first %,d of %,d %s are listed", max, items.size(), what));
    return items.subList(0, max);
  }

  /** Chord changes and issues listed one by one in {@link #summary()}; the rest are counted. */
  public static final int MAX_SUMMARY_ITEMS = 12;

  /**
   * One paragraph of exact facts a generator can quote: key, meter, length, chords, cadences and the
   * first issues, each placed by bar and beat. The ask pipeline and the fine-tuning data both use it.
   */
  public String summary() {
    StringBuilder s = new StringBuilder("Analysis of the uploaded MIDI file: ");
    if (key != null) {
      s.append(String.format(Locale.ROOT, "estimated key %s (confidence %.2f; %s; signature of %s; runner-up %s %s), ",
          key.name(), key.confidence(), key.decidedBy(), key.parentKey(), key.runnerUp().tonic(), key.runnerUp().mode()));
    }
    s.append("meter ").append(meter).append(meterAssumed ? " (assumed)" : "").append(", ").append(bars).append(" bars.");
    if (!chords.isEmpty()) {
      s.append(" Chords:");
      chords.stream().limit(MAX_SUMMARY_ITEMS).forEach(c -> s.append(String.format(Locale.ROOT, " bar %d beat %s %s (%s);",
          c.bar(), BarBeat.beatText(c.beat()), c.symbol(), c.roman())));
      s.setLength(s.length() - 1);
      s.append(chords.size() > MAX_SUMMARY_ITEMS ? " (" + (chords.size() - MAX_SUMMARY_ITEMS) + " more chords)." : ".");
    }
    cadences.forEach(c -> s.append(String.format(Locale.ROOT, " %s%s (%s) at bar %d.",
        c.fullName().substring(0, 1).toUpperCase(Locale.ROOT), c.fullName().substring(1), c.progression(), c.bar())));
    issues.stream().limit(MAX_SUMMARY_ITEMS).forEach(i -> s.append(String.format(Locale.ROOT,
        " Bar %d, beat %s: %s%s", i.bar(), BarBeat.beatText(i.beat()), i.message(), i.message().endsWith(".") ? "" : ".")));
    if (issues.size() > MAX_SUMMARY_ITEMS) s.append(" (").append(issues.size() - MAX_SUMMARY_ITEMS).append(" more issues.)");
    if (issues.isEmpty() && key != null) s.append(" No part-writing issues were found.");
    return s.toString();
  }

  /** This analysis with the report text filled in. */
  MidiAnalysis withFeedback(String text) {
    return new MidiAnalysis(key, meter, bars, chords, cadences, issues, text, tempo, modulations, melody, texture,
        keyHints, warnings, meterAssumed, tracks, durationSeconds, barLines, notes);
  }
}
