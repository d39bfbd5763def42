package dev.cadenza.midi;

import dev.cadenza.midi.voice.Issue;
import dev.cadenza.midi.voice.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the student-facing report: an overview, what works, and what to fix, each point placed by
 * bar and beat and tied to the rule behind it.
 */
final class FeedbackWriter {

  /** Points listed in full per section; the rest are counted. */
  static final int MAX_POINTS = 25;
  /** Cadences praised one by one; a long piece has dozens. */
  static final int MAX_CADENCES = 8;
  private static final List<Rule> CHECKED_IN_FOUR_VOICES = List.of(Rule.PARALLEL_FIFTHS, Rule.PARALLEL_OCTAVES,
      Rule.HIDDEN_FIFTHS, Rule.HIDDEN_OCTAVES, Rule.VOICE_CROSSING, Rule.VOICE_OVERLAP, Rule.SPACING, Rule.RANGE,
      Rule.UNRESOLVED_LEADING_TONE, Rule.UNRESOLVED_SEVENTH);

  private FeedbackWriter() {}

  /**
   * @param fourVoices whether the music was checked as four-part writing
   */
  static String write(MidiAnalysis analysis, boolean fourVoices) {
    StringBuilder text = new StringBuilder(overview(analysis));
    List<String> works = works(analysis, fourVoices);
    text.append("\n\nWhat works\n");
    appendPoints(text, works.isEmpty() ? List.of("Nothing stands out yet; see the points below.") : works);
    text.append("\nWhat to fix\n");
    List<String> fixes = analysis.issues().stream().map(FeedbackWriter::fix).toList();
    appendPoints(text, fixes.isEmpty() ? List.of("Nothing to fix in what was checked.") : fixes);
    if (!fourVoices && analysis.key() != null) {
      text.append("\nVoice-leading rules were not checked: they need four voices (four tracks, or four notes"
          + " sounding together).\n");
    }
    return text.toString();
  }

  private static String overview(MidiAnalysis analysis) {
    if (analysis.key() == null) {
      return "The file holds only percussion, so there is no key, harmony or melody to analyse. It is "
          + analysis.bars() + " bars of " + analysis.meter() + ".";
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "This piece is in %s %s (key confidence %.2f), in %s%s, %d bar%s long.", analysis.key().tonic(),
        analysis.key().mode(), analysis.key().confidence(), analysis.meter(),
        analysis.meterAssumed() ? " (assumed: the file has no time signature)" : "", analysis.bars(),
        analysis.bars() == 1 ? "" : "s"));
    for (KeyHint hint : analysis.keyHints()) {
      if (!hint.agrees()) {
        text.append(" The file's key signature says ").append(hint.key()).append(" at bar ").append(hint.bar())
            .append(", but the notes point to ").append(hint.estimated())
            .append("; many programs write C major whatever the music is, so the notes decide.");
      }
    }
    for (Modulation modulation : analysis.modulations()) {
      text.append(" At bar ").append(modulation.bar()).append(" it moves to ").append(modulation.to())
          .append(" (the ").append(modulation.relation()).append(").");
    }
    if (analysis.texture() != null) {
      text.append(" Texture: ").append(analysis.texture().label()).append('.');
    }
    return text.toString();
  }

  private static List<String> works(MidiAnalysis analysis, boolean fourVoices) {
    List<String> works = new ArrayList<>();
    for (Cadence cadence : analysis.cadences().subList(0, Math.min(MAX_CADENCES, analysis.cadences().size()))) {
      String name = cadence.fullName();
      works.add(String.format(Locale.ROOT, "Bar %d, beat %s: %s %s (%s) in %s marks the end of a phrase.",
          cadence.bar(), BarBeat.beatText(cadence.beat()), article(name), name, cadence.progression(), cadence.key()));
    }
    if (analysis.cadences().size() > MAX_CADENCES) {
      works.add((analysis.cadences().size() - MAX_CADENCES)
          + " more cadences mark later phrase ends (see the cadence list).");
    }
    if (fourVoices) {
      List<String> kept = CHECKED_IN_FOUR_VOICES.stream()
          .filter(rule -> analysis.issues().stream().noneMatch(issue -> issue.rule().equals(rule.id())))
          .map(rule -> rule.title().toLowerCase(Locale.ROOT)).toList();
      if (!kept.isEmpty()) {
        works.add("The four voices have no problems with " + String.join(", ", kept) + ".");
      }
    }
    MelodySummary melody = analysis.melody();
    if (melody != null) {
      works.add(String.format(Locale.ROOT, "The melody spans %s %s (%s to %s) with %s %s shape.",
          article(melody.range()), melody.range(), melody.lowest(), melody.highest(), article(melody.contour()),
          melody.contour()));
    }
    return works;
  }

  private static String fix(Issue issue) {
    String why = Rule.byId(issue.rule()).map(Rule::explanation).orElse("");
    String title = Rule.byId(issue.rule()).map(Rule::title).orElse(issue.rule());
    return String.format(Locale.ROOT, "Bar %d, beat %s — %s (%s): %s Why: %s", issue.bar(),
        BarBeat.beatText(issue.beat()), title, issue.rule(), issue.message(), why);
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static void appendPoints(StringBuilder text, List<String> points) {
    points.stream().limit(MAX_POINTS).forEach(point -> text.append("- ").append(point).append('\n'));
    if (points.size() > MAX_POINTS) {
      text.append("- … and ").append(points.size() - MAX_POINTS).append(" more (see the list of issues).\n");
    }
  }
}
