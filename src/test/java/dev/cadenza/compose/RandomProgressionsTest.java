package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * 1,000 random progressions (seed 2026): diatonic triads and sevenths of a random key, now and then a
 * secondary dominant, in every style. Every melody must parse back from its ABC, carry each chord in its
 * bar (strong beats on chord tones) and stay within a tenth. Prints how many use non-chord tones, the
 * share of stepwise moves and how often the MIDI analyser agrees with key and chords.
 */
class RandomProgressionsTest {

  private static final long SEED = 2026;
  private static final int PROGRESSIONS = 1000;
  private static final String[] MAJOR = {"I", "ii", "iii", "IV", "V", "vi", "V7", "ii7", "IV", "V/V"};
  private static final String[] MINOR = {"i", "iv", "V", "VI", "III", "V7", "iiø7", "VII", "iv"};
  private static final String[] TONICS = {"C", "G", "D", "A", "E", "B", "F#", "F", "Bb", "Eb", "Ab", "Db"};

  @Test
  void everyRandomProgressionParsesMatchesItsChordsAndKeepsItsRange() {
    SplittableRandom random = new SplittableRandom(SEED);
    Composer composer = new Composer();
    int withNonChordTones = 0;
    int analyserAgrees = 0;
    long steps = 0;
    long moves = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < PROGRESSIONS; i++) {
      boolean minor = random.nextBoolean();
      Key key = minor ? Key.parse(TONICS[random.nextInt(TONICS.length)] + " major").relative()
          : Key.parse(TONICS[random.nextInt(TONICS.length)] + " major");
      String[] pool = minor ? MINOR : MAJOR;
      List<String> numerals = new ArrayList<>(List.of(minor ? "i" : "I"));
      int length = 2 + random.nextInt(6);
      for (int n = 1; n < length - 1; n++) {
        numerals.add(pool[random.nextInt(pool.length)]);
      }
      numerals.add(random.nextBoolean() ? (minor ? "i" : "I") : "V");
      Style style = Style.values()[random.nextInt(Style.values().length)];
      int barsPerChord = 1 + (random.nextInt(5) == 0 ? 1 : 0);
      ComposeRequest request = new ComposeRequest(null, String.join(" ", numerals), key.name(), barsPerChord,
          random.nextLong(), style);
      Composition c = composer.compose(request);
      AbcTune tune = AbcTune.parse(c.abc());
      List<Set<Integer>> classes = new ArrayList<>();
      for (Composition.ChordEntry chord : c.chords()) {
        Set<Integer> pcs = new TreeSet<>();
        Chord.parse(chord.symbol()).notes().forEach(n -> pcs.add(n.pitchClass()));
        for (int b = 0; b < barsPerChord; b++) {
          classes.add(pcs);
        }
      }
      Set<Integer> stable = new TreeSet<>(List.of(key.tonic().pitchClass(),
          Chord.parse(c.chords().getLast().symbol()).root().pitchClass()));
      List<String> problems = MelodyChecks.problems(tune, classes, stable);
      if (!problems.isEmpty()) {
        failures.add(numerals + " in " + key + ": " + problems + "\n" + c.abc());
      }
      withNonChordTones += c.nonChordTones() > 0 ? 1 : 0;
      analyserAgrees += c.check().passed() ? 1 : 0;
      for (int n = 1; n < c.melody().size(); n++) {
        moves++;
        steps += Math.abs(c.melody().get(n).midi() - c.melody().get(n - 1).midi()) <= 2
            && c.melody().get(n).midi() != c.melody().get(n - 1).midi() ? 1 : 0;
      }
    }
    System.out.println(String.format(Locale.ROOT, "random progressions: %d/%d parse, match their chords and keep a tenth;"
        + " %d use non-chord tones; %.1f %% of moves are steps; the analyser agrees on key and every chord in %d",
        PROGRESSIONS - failures.size(), PROGRESSIONS, withNonChordTones, 100.0 * steps / moves, analyserAgrees));
    assertThat(failures).isEmpty();
  }
}
