package dev.cadenza.midi;

import dev.cadenza.midi.harmony.CadenceDetector;
import dev.cadenza.midi.harmony.HarmonyAnalyzer;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.KeyEstimator;
import dev.cadenza.midi.key.KeyFinder;
import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.midi.key.KeyTracker;
import dev.cadenza.midi.key.Mode;
import dev.cadenza.midi.voice.Issue;
import dev.cadenza.midi.voice.LineChecks;
import dev.cadenza.midi.voice.VoiceExtractor;
import dev.cadenza.midi.voice.VoiceExtractor.Slice;
import dev.cadenza.midi.voice.VoiceLeadingChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Standard MIDI File and analyses it for a student: key (and modulations), meter, chords
 * with Roman numerals, cadences, melody, texture and, for four-part writing, voice leading; then
 * writes the feedback. Thread-safe: an instance holds only its options.
 */
public final class MidiAnalyzer {

  private final AnalyzerOptions options;
  private final KeyTracker keyTracker;
  private final KeyFinder keyFinder = new KeyFinder();

  public MidiAnalyzer(AnalyzerOptions options) {
    this.options = options;
    this.keyTracker = new KeyTracker(new KeyEstimator(options.profile()));
  }

  /** An analyser with {@link AnalyzerOptions#defaults()}. */
  public static MidiAnalyzer withDefaults() {
    return new MidiAnalyzer(AnalyzerOptions.defaults());
  }

  /**
   * Analyses a type 0 or 1 MIDI file.
   *
   * @throws MidiException for anything that is not a readable MIDI file within the limits
   */
  public MidiAnalysis analyze(byte[] data) {
    return analyze(MidiReader.read(data, options.limits()));
  }

  /**
   * Analyses a piece already read, from a MIDI file or another notation.
   *
   * @throws MidiException when the piece has more bars than the limits allow
   */
  public MidiAnalysis analyze(MidiScore score) {
    Timeline timeline = score.timeline();
    int bars = timeline.barCount(score.end());
    if (bars > options.limits().maxQuarterNotes()) {
      throw new MidiException(String.format(Locale.ROOT, "The music has %,d bars, more than the limit of %,d.", bars,
          options.limits().maxQuarterNotes()));
    }
    MusicNames names = new MusicNames(score.keySignatures().stream().map(MidiScore.KeySignatureEvent::sharps).toList());
    Reports reports = new Reports(timeline, names);
    List<Note> pitched = score.pitchedNotes();
    if (pitched.isEmpty()) {
      MidiAnalysis draft = assemble(score, bars, reports, null, null, List.of(), List.of(), List.of(), null, null);
      return draft.withFeedback(FeedbackWriter.write(draft, false));
    }
    KeyTracker.KeyTrack profileKeys = keyTracker.track(pitched, timeline, bars);
    KeyFinder.Found found = keyFinder.find(pitched, timeline, names, profileKeys.home());
    int parentTonic = Math.floorMod(found.tonic() - found.mode().aboveParent(), 12);
    boolean modal = found.mode() != Mode.MAJOR && found.mode() != Mode.MINOR;
    KeyTracker.KeyTrack keys = profileKeys.rehomed(found.harmonic(), found.report().confidence(), parentTonic, modal);
    if (modal) {
      names.nameModalHome(found.harmonic(), found.report().name(), parentTonic);
    }
    Texture texture = TextureAnalyzer.describe(pitched, bars);
    boolean singleLine = texture.maxVoices() <= 1;
    List<ChordSpan> harmony = HarmonyAnalyzer.analyze(pitched, timeline, keys, bars, singleLine);
    Context context = new Context(timeline, keys, harmony, names);
    List<Note> melody = MelodyAnalyzer.topVoice(pitched);
    List<CadenceDetector.Found> cadences = CadenceDetector.detect(harmony, melody, timeline);
    List<Slice> voices = VoiceExtractor.extract(pitched);
    List<Issue> issues = new ArrayList<>(voices.isEmpty()
        ? LineChecks.melodyLeaps(melody, context)
        : VoiceLeadingChecker.check(voices, context));
    issues.addAll(LineChecks.ending(melody, singleLine, context));
    issues.sort(Comparator.comparingInt(Issue::bar).thenComparingDouble(Issue::beat).thenComparing(Issue::rule));
    MidiAnalysis draft = assemble(score, bars, reports, keys, found.report(), harmony, cadences, issues,
        MelodyAnalyzer.summarize(melody, context), texture);
    return draft.withFeedback(FeedbackWriter.write(draft, !voices.isEmpty()));
  }

  private static MidiAnalysis assemble(MidiScore score, int bars, Reports reports, KeyTracker.KeyTrack keys,
      KeyResult key, List<ChordSpan> harmony, List<CadenceDetector.Found> cadences, List<Issue> issues, MelodySummary melody,
      Texture texture) {
    Timeline timeline = score.timeline();
    List<String> warnings = new ArrayList<>(score.warnings());
    if (timeline.meterChangePositions().size() > 1) {
      warnings.add("The time signature changes " + (timeline.meterChangePositions().size() - 1)
          + " times; bars are numbered through the changes.");
    }
    if (timeline.tempoChangePositions().size() > Reports.MAX_TEMPO_MARKS) {
      warnings.add("Only the first " + Reports.MAX_TEMPO_MARKS + " of " + timeline.tempoChangePositions().size()
          + " tempo changes are listed.");
    }
    List<KeyHint> hints = List.of();
    List<Modulation> modulations = List.of();
    if (keys != null) {
      hints = reports.keyHints(score.keySignatures(), keys);
      modulations = reports.modulations(keys);
      hints.stream().filter(hint -> !hint.agrees()).forEach(hint -> warnings.add("The key signature at bar "
          + hint.bar() + " says " + hint.key() + " but the notes suggest " + hint.estimated()
          + "; the estimate from the notes is used."));
    }
    double end = score.notes().stream().mapToDouble(note -> note.onsetSeconds() + note.durationSeconds()).max().orElse(0);
    return new MidiAnalysis(key, timeline.meter(0).label(), bars, reports.chords(harmony), reports.cadences(cadences),
        issues, "", reports.tempo(), modulations, melody, texture, hints, warnings, score.meterAssumed(),
        score.trackNames(), Rounding.thousandths(end), reports.barLines(bars), reports.notes(score.notes(), keys));
  }
}
