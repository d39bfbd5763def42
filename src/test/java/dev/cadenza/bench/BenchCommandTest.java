package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.cli.Main;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void everyBenchmarkPrintsItsUsage() {
    for (String bench : new String[] {"retrieval", "embedding", "ask", "coldstart", "ingest"}) {
      assertThat(Main.run("bench", bench, "--help")).as(bench).isZero();
    }
  }

  @Test
  void badHnswSettingsFailWithExitCodeOne() {
    assertThat(Main.run("bench", "retrieval", "--hnsw", "m=zero", "--sizes", "10", "--cache", "target/none")).isEqualTo(1);
  }
}
