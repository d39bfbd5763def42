package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.testing.FuzzRun;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random ABC-like text (fragments of real notation shuffled with stray characters) and hostile shapes
 * (deep runs of one construct, repeats that multiply): reading either succeeds or throws
 * {@link AbcException}, and stays quick. Each run draws a fresh seed, printed and replayable with
 * {@code -Dcadenza.fuzz.seed=N}.
 */
class AbcFuzzTest {

  private static final String[] PIECES = {"A", "b", "c'", "C,", "^F", "__B", "=c", "z", "x", "Z2", "2", "/", "3/2", "//",
      ">", "<", "-", "(3", "(3:2:4", "[", "]", "[CEG]", "{g}", "!trill!", "~", ".", "\"Am\"", "\"^note\"", "|", "||",
      "|]", "[|", "|:", ":|", "::", "|1", ":|2", "[2", "[K:Dmix]", "[M:6/8]", "[L:1/16]", "[V:2]", " ", " ", "\n",
      "\nK:Bb\n", "\nV:1\n", "\nM:3/4\n", "%", "&", "(", ")", "\\", "\"", "!", "{", "}", ":", "0", "9999", "y", "J"};
  private static final String[] HEADERS = {"X:1\nK:C\n", "X:1\nM:6/8\nL:1/8\nK:Am\n", "X:1\nM:C|\nK:D dor\n",
      "X:1\nK:none\n", "X:1\nQ:1/4=90\nK:F#m\n", ""};

  @Test
  void randomAbcIsReadOrRefusedWithAnAbcException() {
    FuzzRun run = FuzzRun.start("ABC", 20_000, Duration.ofSeconds(20), 500_000, Duration.ofMinutes(5));
    Random random = new Random(run.seed());
    FuzzRun.Budget budget = run.budget();
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
    while (budget.next()) {
      StringBuilder abc = new StringBuilder(HEADERS[random.nextInt(HEADERS.length)]);
      for (int n = random.nextInt(60); n > 0; n--) {
        abc.append(random.nextInt(20) == 0 ? (char) random.nextInt(128) : PIECES[random.nextInt(PIECES.length)]);
      }
      try {
        AbcTune tune = AbcReader.read(abc.toString());
        if (budget.tried() % 50 == 0) {
          analyzer.analyze(tune.score());
        }
      } catch (AbcException expected) {
        assertThat(expected.line()).isPositive();
        assertThat(expected.column()).isPositive();
      } catch (RuntimeException e) {
        fail(run.describe() + ", input " + (budget.tried() - 1) + ":\n" + abc, e);
      }
    }
    System.out.println(budget.summary());
  }

  @Test
  void hostileShapesAreReadInLinearTime() {
    String head = "X:1\nM:4/4\nL:1/8\nK:C\n";
    String[] hostile = {
        head + "(3".repeat(100_000) + "A",
        head + "|: A :|".repeat(20_000),
        head + "|: A |1 B :|2 c |".repeat(10_000),
        head + "A-".repeat(50_000) + "A",
        head + "^".repeat(200_000),
        head + "[" + "C".repeat(100_000) + "]",
        head + "A>".repeat(60_000) + "A",
        head + "c'''''''''''''''''''''''''''''''''''''''''''",
        head + "\"Am\"".repeat(50_000) + "A",
        head + "[K:G]".repeat(50_000) + "A",
        "X:1\n" + "K:C\n".repeat(50_000) + "A"};
    for (String abc : hostile) {
      long start = System.nanoTime();
      try {
        AbcReader.read(abc);
      } catch (AbcException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as(abc.substring(0, 40)).isLessThan(Duration.ofSeconds(3));
    }
  }
}
