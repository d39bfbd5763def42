package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.qa.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntentRouterTest {
  private static final double REQUIRED_HELD_OUT_ACCURACY = 0.90;
  /** A word with no theory in it says nothing about what is asked; the trained model's best guess for it is weak. */
  private static final String VAGUE_QUESTION = "hmm";
  private static final int CONCURRENT_THREADS = 4;
  private static final int CONCURRENT_ROUNDS = 20;

  private static IntentRouter router;

  @BeforeAll
  static void trainOnce() {
    router = IntentRouter.trainDefault();
    System.out.printf(
        Locale.ROOT,
        "trained default router in %d ms: %s%n",
        router.trainingTime().toMillis(),
        router.settings());
  }

  @Test
  void routesHandWrittenHeldOutQuestionsWithAtLeastNinetyPercentAccuracy() {
    List<LabelledQuestion> heldOut = HeldOutQuestions.load();

    IntentConfusion confusion = IntentConfusion.measure(router, heldOut);

    System.out.println("held-out " + HeldOutQuestions.RESOURCE + System.lineSeparator() + confusion.render());
    assertThat(heldOut).hasSizeGreaterThanOrEqualTo(80);
    assertThat(heldOut).extracting(LabelledQuestion::intent).contains(Intent.values());
    assertThat(confusion.accuracy()).isGreaterThanOrEqualTo(REQUIRED_HELD_OUT_ACCURACY);
  }

  @Test
  void twoTrainingsWithTheSameSettingsRouteIdentically() {
    IntentRouter retrained = new IntentRouter(RouterSettings.DEFAULTS);
    List<String> questions = new ArrayList<>();
    HeldOutQuestions.load().forEach(question -> questions.add(question.question()));
    new QuestionGenerator(7L).generate(30).forEach(question -> questions.add(question.question()));

    assertThat(questions)
        .allSatisfy(question -> assertThat(retrained.route(question)).isEqualTo(router.route(question)));
  }

  @Test
  void fallsBackToConceptualWhenTheBestGuessIsBelowTheThreshold() {
    IntentRouter ungated = new IntentRouter(RouterSettings.DEFAULTS.withConfidenceThreshold(0.0));
    Routing bestGuess = ungated.route(VAGUE_QUESTION);
    assertThat(bestGuess.intent().computable()).as("best guess for %s", VAGUE_QUESTION).isTrue();
    assertThat(bestGuess.confidence()).isLessThan(RouterSettings.DEFAULT_CONFIDENCE_THRESHOLD);

    assertThat(router.route(VAGUE_QUESTION)).isEqualTo(new Routing(Intent.CONCEPTUAL, bestGuess.confidence()));
  }

  @Test
  void routesAConfidentComputableQuestionToItsIntent() {
    Routing routing = router.route("what notes are in a D# major 13th chord?");

    assertThat(routing.intent()).isEqualTo(Intent.CHORD_SPELLING);
    assertThat(routing.confidence()).isGreaterThanOrEqualTo(RouterSettings.DEFAULT_CONFIDENCE_THRESHOLD);
  }

  @Test
  void routesAQuestionWithoutWordsToConceptual() {
    assertThat(router.classify("")).isEqualTo(Intent.CONCEPTUAL);
  }

  @Test
  void classifiesConcurrentlyExactlyAsSequentially() throws InterruptedException, ExecutionException {
    List<String> questions = HeldOutQuestions.load().stream().map(LabelledQuestion::question).toList();
    List<Intent> sequential = questions.stream().map(router::classify).toList();
    List<Callable<List<Intent>>> rounds = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_ROUNDS; i++) {
      rounds.add(() -> questions.stream().map(router::classify).toList());
    }

    try (ExecutorService pool =
        Executors.newFixedThreadPool(CONCURRENT_THREADS, Thread.ofPlatform().name("router-test-", 0).factory())) {
      for (Future<List<Intent>> round : pool.invokeAll(rounds)) {
        assertThat(round.get()).isEqualTo(sequential);
      }
    }
  }
}
