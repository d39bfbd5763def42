package dev.cadenza.compose;

import dev.cadenza.compose.MelodyNote.Role;
import dev.cadenza.theory.Key;
import java.util.List;
import java.util.Locale;

/** The few sentences that say how a composed melody was made and what the read-back found. */
final class Explanation {

  private Explanation() {}

  static String of(Key key, ComposeRequest request, List<ProgressionChord> chords, List<MelodyNote> melody,
      Composition.Range range, Composition.Check check) {
    int bars = chords.size() * request.barsPerChord();
    long passing = melody.stream().filter(n -> n.role() == Role.PASSING_TONE).count();
    long neighbour = melody.stream().filter(n -> n.role() == Role.NEIGHBOUR_TONE).count();
    int steps = 0;
    for (int i = 1; i < melody.size(); i++) {
      steps += Math.abs(MelodyWriter.index(melody.get(i).pitch()) - MelodyWriter.index(melody.get(i - 1).pitch())) == 1
          ? 1 : 0;
    }
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Here is %s %d-bar melody in %s over %s, %s, in 4/4 (%s rhythm, seed %d).",
        article(bars), bars, key.name(), String.join(" - ", chords.stream().map(ProgressionChord::symbol).toList()),
        request.barsPerChord() == 1 ? "one bar per chord" : request.barsPerChord() + " bars per chord",
        request.style().label(), request.seed()));
    text.append(" Every note on beats 1 and 3 is a tone of the chord above it");
    text.append(passing + neighbour == 0 ? "." : String.format(Locale.ROOT,
        "; the weak beats add %d passing %s and %d neighbour %s, each a step from the notes around it.",
        passing, passing == 1 ? "tone" : "tones", neighbour, neighbour == 1 ? "tone" : "tones"));
    text.append(String.format(Locale.ROOT, " %d of its %d moves are steps, it stays between %s and %s (%d semitones)"
        + " and it ends on %s, the %s.", steps, melody.size() - 1, range.lowest(), range.highest(),
        range.semitones(), melody.getLast().pitch().withoutOctave(),
        melody.getLast().pitch().sameSpelling(key.tonic()) ? "tonic" : "root of the last chord"));
    text.append(check.passed()
        ? " Read back from its MIDI file, the analyser hears " + check.key().found() + " and the requested chord in"
            + " every bar."
        : " Read back from its MIDI file, the analyser " + disagreement(check) + ".");
    return text.toString();
  }

  /** "an" before numbers said with a vowel sound (8, 11, 18, 80-89), else "a". */
  private static String article(int number) {
    return number == 8 || number == 11 || number == 18 || (number >= 80 && number <= 89) ? "an" : "a";
  }

  private static String disagreement(Composition.Check check) {
    if (!check.key().agrees()) {
      return "hears " + check.key().found() + " rather than " + check.key().expected();
    }
    return check.bars().stream().filter(b -> !b.agrees() || !b.melodyOnChordTones()).findFirst()
        .map(b -> "hears " + b.found() + " in bar " + b.bar() + " where " + b.expected() + " was asked")
        .orElse("disagrees with the request");
  }
}
