package dev.cadenza.eval;

/** The question-file layouts {@link QuestionFiles} recognises, told apart by their first character and keys. */
public enum QuestionFormat {
  /** One object per line: {@code {"question", "answer", "relevant"?, "id"?, "topic"?, "kind"?}}. */
  JSONL("jsonl"),
  /** A JSON array of {@code {"instruction", "input"?, "response" or "output"}}. */
  ALPACA("alpaca"),
  /** A JSON array of {@code {"conversations" or "conversation": [{"from": "human", "value"}, {"from": "gpt", "value"}]}}. */
  SHAREGPT("sharegpt");

  private final String label;

  QuestionFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
