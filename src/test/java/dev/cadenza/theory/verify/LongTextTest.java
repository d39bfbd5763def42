package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.testing.SmallStack;
import dev.cadenza.theory.text.NoteLists;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long and repetitive text costs the verifier linear time and no stack per repeat: every claim kind,
 * long note lists and long runs of spaces, at several sizes within one run.
 */
class LongTextTest {
  /** Interleaved timing rounds; the fastest of each size counts. */
  private static final int ROUNDS = 4;
  private static final List<String> PIECES = List.of(
      "Cmaj7 is C, E, G, B. ",
      "The notes of a G7 chord are G, B, D and F and ",
      "The C major scale is C, D, E, F, G, A, B. ",
      "E major has four sharps: F#, C#, G#, D#. ",
      "In C major, V7 is G, B, D, F. ",
      "From C to E is a major third, ",
      "the relative minor of A major is F# minor; ",
      "C E G C-E-G-A-Bm ",
      "C                                        major ",
      "A chord is C E G without a fifth. ");

  private final Verifier verifier = new Verifier();

  @Test
  void doublingTheTextAtMostRoughlyDoublesTheVerificationTime() {
    int[] sizes = {12_000, 24_000, 48_000};
    long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    // Warm-up at every size, so that no size is timed while the JIT is still compiling (a fresh fork once measured 3.01
    // for 12k -> 24k under load, where a warm run gives about 2).
    for (int size : sizes) verifier.verify(text(size));
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < sizes.length; i++) {
        nanos[i] = Math.min(nanos[i], cpuNanos(text(sizes[i])));
      }
    }
    for (int i = 1; i < nanos.length; i++) {
      assertThat((double) nanos[i] / nanos[i - 1]).as("time ratio %d->%d: %s ns", i - 1, i, nanos[i - 1] + " -> " + nanos[i])
          .isLessThan(3.0); // linear gives 2, quadratic 4: room for a collection or a busy machine, none for n²
    }
  }

  @Test
  void verifiesEveryClaimInALongTextWithASmallStack() {
    String text = text(48_000);
    VerificationReport report = SmallStack.run(() -> verifier.verify(text));
    int perRound = verifier.verify(String.join("", PIECES)).claims().size();
    int rounds = text.length() / String.join("", PIECES).length();
    assertThat(perRound).isGreaterThanOrEqualTo(7);
    assertThat(report.claims().size()).isGreaterThanOrEqualTo(perRound * rounds);
  }

  @Test
  void readsAThousandNoteListAsOneList() {
    String text = "C E G ".repeat(1_000).strip();
    List<NoteLists.NoteList> lists = SmallStack.run(() -> NoteLists.find(text, 3));
    assertThat(lists).singleElement().satisfies(list -> {
      assertThat(list.notes()).hasSize(3_000);
      assertThat(list.end()).isEqualTo(text.length());
    });
  }

  private long cpuNanos(String text) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    verifier.verify(text);
    return threads.getCurrentThreadCpuTime() - start;
  }

  /** The pieces repeated in order up to exactly {@code length} characters. */
  private static String text(int length) {
    StringBuilder text = new StringBuilder(length + 100);
    for (int i = 0; text.length() < length; i++) {
      text.append(PIECES.get(i % PIECES.size()));
    }
    return text.substring(0, length);
  }
}
