package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.CorpusException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The fuzzing harness itself: it must catch what it is there to catch. */
class FuzzingTest {

  @Test
  void undocumentedExceptionsAndHangsAreViolationsAndTheDocumentedOneIsNot() {
    CountDownLatch never = new CountDownLatch(1);
    try (Fuzzing fuzz = new Fuzzing("harness", 1L, CorpusException.class, Duration.ofMillis(200))) {
      fuzz.check(0, new byte[] {1}, bytes -> {
        throw new CorpusException("documented");
      });
      fuzz.check(1, new byte[] {2}, bytes -> {
        throw new NullPointerException("undocumented");
      });
      fuzz.check(2, new byte[] {3}, bytes -> never.await());
      fuzz.check(3, new byte[] {4}, bytes -> {});
      assertThat(fuzz.violations()).extracting(Fuzzing.Violation::iteration).containsExactly(1, 2);
      assertThat(fuzz.violations().get(1).outcome()).contains("no result within 200 ms");
      assertThat(fuzz.violations().get(0).input()).exists();
      assertThat(fuzz.summary()).contains("1 parsed, 1 refused with CorpusException, 2 violations");
    }
  }

  @Test
  void mutationsAreReproducibleFromTheSeed() {
    byte[] input = "---\ntitle: T\n---\nBody".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Mutator a = new Mutator(9L, List.of("---\n"));
    Mutator b = new Mutator(9L, List.of("---\n"));
    for (int i = 0; i < 50; i++) {
      assertThat(a.mutate(input, 5)).containsExactly(b.mutate(input, 5));
    }
  }
}
