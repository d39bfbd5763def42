package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.Filter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

  private final AtomicLong generation = new AtomicLong();

  private static AnswerCache.Key key(String question) {
    return AnswerCache.Key.of(question, new AskRequest(question));
  }

  private static AskResult result(String answer) {
    return new AskResult("q", answer, "embedded", true, "conceptual", null, List.of(),
        new Verification(List.of(), false), Map.of("total", 1L), null, List.of());
  }

  @Test
  void aKeptAnswerIsFoundForTheSameQuestionAndOptionsOnly() {
    AnswerCache cache = new AnswerCache(10, generation::get);
    cache.put(key("what is a cadence"), generation.get(), result("A cadence ends a phrase."));

    assertThat(cache.get(key("what is a cadence"))).map(AskResult::answer).contains("A cadence ends a phrase.");
    assertThat(cache.get(key("what is a motif"))).isEmpty();
    AskRequest fewer = new AskRequest("what is a cadence", 3, Filter.NONE);
    assertThat(cache.get(AnswerCache.Key.of("what is a cadence", fewer))).as("another k retrieves other passages").isEmpty();
    AskRequest beginner = new AskRequest("what is a cadence", AskRequest.DEFAULT_K, new Filter("beginner", null));
    assertThat(cache.get(AnswerCache.Key.of("what is a cadence", beginner))).isEmpty();
  }

  @Test
  void aChangedLibraryMakesEveryKeptAnswerStale() {
    AnswerCache cache = new AnswerCache(10, generation::get);
    cache.put(key("what is a cadence"), generation.get(), result("old"));
    generation.incrementAndGet();
    assertThat(cache.get(key("what is a cadence"))).isEmpty();
  }

  @Test
  void anAnswerComposedWhileTheLibraryChangedIsNotKept() {
    AnswerCache cache = new AnswerCache(10, generation::get);
    long composedOn = cache.generation();
    generation.incrementAndGet();
    cache.put(key("what is a cadence"), composedOn, result("composed from the old library"));
    assertThat(cache.get(key("what is a cadence"))).isEmpty();
  }

  @Test
  void theLeastRecentlyAskedGoesFirst() {
    AnswerCache cache = new AnswerCache(2, generation::get);
    cache.put(key("a"), 0, result("A"));
    cache.put(key("b"), 0, result("B"));
    cache.get(key("a"));
    cache.put(key("c"), 0, result("C"));

    assertThat(cache.get(key("a"))).isPresent();
    assertThat(cache.get(key("b"))).isEmpty();
    assertThat(cache.get(key("c"))).isPresent();
  }

  @Test
  void noneKeepsNothing() {
    AnswerCache.NONE.put(key("a"), AnswerCache.NONE.generation(), result("A"));
    assertThat(AnswerCache.NONE.get(key("a"))).isEmpty();
  }
}
