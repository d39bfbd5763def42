package dev.cadenza.answer;

/**
 * The generation step: writes an answer to a question from numbered passages. Citations in the
 * text are {@code [n]}, n being the 1-based position of a passage in the request. Implementations
 * say when the passages do not cover the question instead of inventing an answer.
 */
public interface Answerer {

  /** Names the backend in responses, e.g. "embedded" or "openai:cadenza-llama2-qlora". */
  String name();

  Draft answer(GenerationRequest request);
}
