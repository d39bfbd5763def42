package dev.cadenza.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.testing.CountingEmbedder;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

  private final CountingEmbedder model = new CountingEmbedder();
  private final CachingEmbedder cache = new CachingEmbedder(model, 2);

  @Test
  void aRepeatedQuestionIsEmbeddedOnce() {
    float[] first = cache.embed("What is a cadence?").content().vector();
    float[] again = cache.embed("What is a cadence?").content().vector();
    assertThat(again).isEqualTo(first);
    assertThat(model.texts).hasValue(1);
  }

  @Test
  void caseAndWhitespaceDifferencesShareOneEntry() {
    cache.embed("What is a cadence?");
    cache.embed("  what IS a\tcadence? ");
    assertThat(model.texts).hasValue(1);
  }

  @Test
  void theLeastRecentlyUsedQuestionIsForgottenFirst() {
    cache.embed("one");
    cache.embed("two");
    cache.embed("one");
    cache.embed("three");
    cache.embed("one");
    assertThat(model.texts).as("'one' stayed, 'two' was evicted").hasValue(3);
    cache.embed("two");
    assertThat(model.texts).hasValue(4);
  }

  @Test
  void batchCallsPassThroughUncached() {
    List<TextSegment> segments = List.of(TextSegment.from("a passage"), TextSegment.from("a passage"));
    cache.embedAll(segments);
    cache.embedAll(segments);
    assertThat(model.texts).hasValue(4);
  }
}
