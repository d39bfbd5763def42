package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.compose.ComposeRequest;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Composition;
import dev.cadenza.compose.Style;
import dev.cadenza.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 200 melodies composed over random progressions in random keys and styles (seed 21): the reader must
 * give back exactly the notes the composer wrote (pitch, onset and length) and its chord symbols.
 */
class AbcRoundTripTest {

  private static final long SEED = 21;
  private static final int MELODIES = 200;
  private static final String[] MAJOR = {"I", "ii", "iii", "IV", "V", "vi", "V7", "ii7", "V/V"};
  private static final String[] MINOR = {"i", "iv", "V", "VI", "III", "V7", "iiø7", "VII"};
  private static final String[] TONICS = {"C", "G", "D", "A", "E", "B", "F#", "C#", "F", "Bb", "Eb", "Ab", "Db", "Gb"};

  private record Heard(int midi, double onset, double quarters) {}

  @Test
  void everyComposedMelodyReadsBackNoteForNote() {
    SplittableRandom random = new SplittableRandom(SEED);
    Composer composer = new Composer();
    for (int i = 0; i < MELODIES; i++) {
      Composition c = composer.compose(request(random));
      AbcTune tune = AbcReader.read(c.abc());
      List<Heard> expected = c.melody().stream()
          .map(n -> new Heard(n.midi(), (n.bar() - 1) * 4 + n.beat() - 1, n.quarters())).toList();
      List<Heard> read = tune.score().notes().stream()
          .map(n -> new Heard(n.pitch(), n.onset(), n.duration())).toList();
      assertThat(read).as(c.abc()).isEqualTo(expected);
      assertThat(tune.chordSymbols()).as(c.abc()).isEqualTo(symbols(c));
    }
  }

  private static ComposeRequest request(SplittableRandom random) {
    boolean minor = random.nextBoolean();
    String tonic = TONICS[random.nextInt(TONICS.length)];
    String[] pool = minor ? MINOR : MAJOR;
    List<String> numerals = new ArrayList<>(List.of(minor ? "i" : "I"));
    for (int n = 2 + random.nextInt(5); n > 0; n--) {
      numerals.add(pool[random.nextInt(pool.length)]);
    }
    numerals.add(minor ? "i" : "I");
    Style style = Style.values()[random.nextInt(Style.values().length)];
    String key = minor ? dev.cadenza.theory.Key.major(tonic).relative().name() : tonic + " major";
    return new ComposeRequest(null, String.join(" ", numerals), key, 1 + random.nextInt(2), random.nextLong(), style);
  }

  /** The composer writes each chord's symbol on the downbeat of its first bar. */
  private static List<AbcTune.ChordSymbol> symbols(Composition c) {
    return c.chords().stream().map(chord -> new AbcTune.ChordSymbol(chord.firstBar(), 1, chord.symbol())).toList();
  }
}
