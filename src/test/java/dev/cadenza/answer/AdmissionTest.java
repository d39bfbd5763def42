package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  @Test
  void runsWorkAndReturnsItsResult() {
    assertThat(new Admission(1, 0).call(() -> "answer")).isEqualTo("answer");
  }

  @Test
  void refusesAtOnceWhenTheRunningAndWaitingPlacesAreTaken() throws Exception {
    Admission admission = new Admission(2, 3);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<String>> admitted = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        admitted.add(clients.submit(() -> admission.call(() -> {
          await(release);
          return "done";
        })));
      }
      awaitWaiting(admission, 3);
      assertThatThrownBy(() -> admission.call(() -> "too many"))
          .isInstanceOfSatisfying(OverloadedException.class, e -> assertThat(e.retryAfterSeconds()).isPositive());
      assertThat(admission.refused()).isEqualTo(1);
      release.countDown();
      for (Future<String> answer : admitted) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("done");
      }
    }
    assertThat(admission.waiting()).isZero();
    assertThat(admission.call(() -> "free again")).isEqualTo("free again");
  }

  @Test
  void aFailingAnswerGivesItsTurnBack() {
    Admission admission = new Admission(1, 0);
    assertThatThrownBy(() -> admission.call(() -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(admission.call(() -> "next")).isEqualTo("next");
  }

  @Test
  void rejectsNonsenseLimits() {
    assertThatThrownBy(() -> new Admission(0, 1)).hasMessageContaining("max running");
    assertThatThrownBy(() -> new Admission(1, -1)).hasMessageContaining("max waiting");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitWaiting(Admission admission, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (admission.waiting() < expected && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      Thread.yield();
    }
    assertThat(admission.waiting()).isEqualTo(expected);
  }
}
