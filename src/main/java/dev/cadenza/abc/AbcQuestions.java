package dev.cadenza.abc;

import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.key.KeyResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an ABC tune pasted into a question ("what key is this in? X:1 T:... K:G ...") and answers it
 * from the analysis: the key and mode with the degree that decided it, how that compares with the K:
 * field, the meter and the chord symbols written.
 */
public final class AbcQuestions {

  /**
   * What the answer says, for pages to show.
   *
   * @param writtenKey the key the K: field names
   * @param key the analysed key, null when the tune has no pitched notes
   */
  public record TuneReport(String title, String writtenKey, KeyResult key, String meter, int bars,
      List<AbcTune.ChordSymbol> chordSymbols) {}

  private static final Pattern TUNE_START = Pattern.compile("(?m)(?:^|\\s)(X:\\s*\\d+)");
  private static final Pattern KEY_FIELD = Pattern.compile("(?m)(?:^|\\s)K:");
  private static final Pattern MUSIC_AFTER_KEY = Pattern.compile("(?m)^K:[^\n]*\n(?:[A-Za-z]:[^\n]*\n|%[^\n]*\n|\\s*\n)*"
      + "[^\n]*[A-Ga-gz|]");
  private static final int MAX_SYMBOLS = 12;

  private AbcQuestions() {}

  /**
   * The ABC tune in a question, from its X: field on; empty when the question holds none, as when it only
   * names the fields ("what do X:1 and K: mean?"): a tune has music after its K: field.
   */
  public static Optional<String> tune(String question) {
    Matcher start = TUNE_START.matcher(question);
    if (!start.find() || !KEY_FIELD.matcher(question).find(start.start(1))) {
      return Optional.empty();
    }
    String abc = question.substring(start.start(1));
    String tune = abc.strip().contains("\n") ? abc : OneLineTune.unfold(abc);
    return MUSIC_AFTER_KEY.matcher(tune).find() ? Optional.of(tune) : Optional.empty();
  }

  /** Reads and analyses a tune. */
  public static TuneReport report(String abc, MidiAnalyzer analyzer) {
    AbcTune tune = AbcReader.read(abc);
    MidiAnalysis analysis = analyzer.analyze(tune.score());
    return new TuneReport(tune.title(), tune.key(), analysis.key(), analysis.meter(), analysis.bars(),
        tune.chordSymbols());
  }

  public static String text(TuneReport report) {
    String name = report.title().isEmpty() ? "The tune" : "“" + report.title() + "”";
    StringBuilder text = new StringBuilder();
    KeyResult key = report.key();
    if (key == null) {
      text.append(name).append(" has no pitched notes, so it has no key.");
    } else {
      text.append(String.format(Locale.ROOT, "%s is in %s (confidence %.2f): %s; it has the signature of %s.",
          name, key.name(), key.confidence(), key.decidedBy(), key.parentKey()));
      if (!key.evidence().isEmpty()) {
        text.append(" The melody rests on the tonic: ").append(String.join(", ", key.evidence())).append('.');
      }
      text.append(" The next most likely key is ").append(key.runnerUp().tonic()).append(' ')
          .append(key.runnerUp().mode()).append('.');
      if (!report.writtenKey().equals("none")) {
        text.append(report.writtenKey().equals(key.name())
            ? " The K: field says " + report.writtenKey() + " too."
            : " The K: field says " + report.writtenKey() + ", but the notes point to " + key.name() + ".");
      }
    }
    text.append(" Meter ").append(report.meter()).append(", ").append(report.bars()).append(" bars as played.");
    if (!report.chordSymbols().isEmpty()) {
      text.append(" Chord symbols written: ").append(String.join(" ", report.chordSymbols().stream()
          .limit(MAX_SYMBOLS).map(AbcTune.ChordSymbol::symbol).toList()))
          .append(report.chordSymbols().size() > MAX_SYMBOLS ? " …" : "").append('.');
    }
    return text.toString();
  }
}
