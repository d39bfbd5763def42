package dev.cadenza.answer;

import java.util.function.Consumer;

/**
 * The generation step: writes an answer to a question from numbered passages. Citations in the
 * text are {@code [n]}, n being the 1-based position of a passage in the request. Implementations
 * say when the passages do not cover the question instead of inventing an answer.
 */
public interface Answerer {

  /** Names the backend in responses, e.g. "embedded" or "openai:cadenza-llama2-qlora". */
  String name();

  Draft answer(GenerationRequest request);

  /**
   * Answers while handing the text to {@code onToken} piece by piece, in order, on the calling
   * thread; the pieces concatenate to the returned draft's text. This default answers first and
   * then hands over the text a sentence at a time (citations stay with their sentence); model
   * backends override it to pass on tokens as they arrive.
   */
  default Draft answer(GenerationRequest request, Consumer<String> onToken) {
    Draft draft = answer(request);
    SentencePieces.of(draft.text()).forEach(onToken);
    return draft;
  }
}
