package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FallbackAnswererTest {

  private static final GenerationRequest REQUEST = new GenerationRequest("What is a deceptive cadence?", List.of(
      TestPassages.passage(1, "Cadences", "", "A deceptive cadence moves from V to vi. It surprises the listener.")),
      List.of());

  /** A primary that always fails the same way. */
  private record Failing(RuntimeException error) implements Answerer {
    @Override
    public String name() {
      return "openai:test";
    }

    @Override
    public Draft answer(GenerationRequest request) {
      throw error;
    }

    @Override
    public Draft answer(GenerationRequest request, Consumer<String> onToken) {
      onToken.accept("Half an ");
      throw error;
    }
  }

  private final GroundedComposer embedded = new GroundedComposer();

  @Test
  void passesThePrimaryAnswerThrough() {
    Answerer primary = new Answerer() {
      @Override
      public String name() {
        return "openai:test";
      }

      @Override
      public Draft answer(GenerationRequest request) {
        return new Draft("From the model [1].", true);
      }
    };
    assertThat(new FallbackAnswerer(primary).answer(REQUEST)).isEqualTo(new Draft("From the model [1].", true));
  }

  @Test
  void answersWithTheEmbeddedComposerAndSaysWhy() {
    FallbackAnswerer answerer = new FallbackAnswerer(new Failing(new AnswererUnavailableException("HTTP 503 from model server")));
    assertThat(answerer.answer(REQUEST)).isEqualTo(embedded.answer(REQUEST).withFallback("HTTP 503 from model server"));
  }

  @Test
  void streamsTheFallbackAfterWhateverThePrimarySent() {
    FallbackAnswerer answerer = new FallbackAnswerer(new Failing(new AnswererUnavailableException("timeout after 30 s")));
    List<String> tokens = new ArrayList<>();
    Draft draft = answerer.answer(REQUEST, tokens::add);
    assertThat(draft.fallback()).isEqualTo("timeout after 30 s");
    assertThat(draft.text()).isEqualTo(embedded.answer(REQUEST).text());
    assertThat(String.join("", tokens)).isEqualTo("Half an " + draft.text());
  }

  @Test
  void letsOtherExceptionsThrough() {
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> new FallbackAnswerer(new Failing(bug)).answer(REQUEST)).isSameAs(bug);
  }

  @Test
  void isNamedAfterThePrimary() {
    assertThat(new FallbackAnswerer(new Failing(new AnswererUnavailableException("x"))).name()).isEqualTo("openai:test");
  }
}
