package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Exit codes and messages of the command line, run in-process. */
class MainTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  @Test
  void unknownCommandIsAUsageErrorWithExitCode2() {
    assertThat(run("bogus").exit()).isEqualTo(2);
  }

  @Test
  void theoryAnswersExactlyAsJson() {
    Run r = run("theory", "--json", "spell Cmaj7");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"intent\":\"chord_spelling\"").contains("\"notes\":[\"C\",\"E\",\"G\",\"B\"]");
  }

  @Test
  void theoryOnAConceptualQuestionSaysSoAndFails() {
    Run r = run("theory", "why do composers like cadences");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("cadenza: not a question the theory engine can compute");
  }

  @Test
  void everyCommandPrintsUsageWithDefaults() {
    Run r = run("ask", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--k").contains("default: 5");
  }
}
