package dev.cadenza.finetune;

import java.util.Objects;

/**
 * One training record: the chat messages and the same conversation in the Llama-2 chat template, the
 * family it came from, and whether the verifier re-checked its answer.
 */
public record ChatRecord(String system, String user, String assistant, String family, boolean verified) {
  /** The system prompt of every record. */
  public static final String SYSTEM_PROMPT =
      "You are a helpful assistant that provides accurate and concise responses related to music theory.";

  public ChatRecord {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(assistant, "assistant");
    Objects.requireNonNull(family, "family");
  }

  static ChatRecord of(Pair pair) {
    return new ChatRecord(SYSTEM_PROMPT, pair.user(), pair.answer(), pair.family().label(), true);
  }

  /** {@code <s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{user} [/INST] {answer} </s>}. */
  public String text() {
    return "<s>[INST] <<SYS>>\n" + system + "\n<</SYS>>\n\n" + user + " [/INST] " + assistant + " </s>";
  }
}
