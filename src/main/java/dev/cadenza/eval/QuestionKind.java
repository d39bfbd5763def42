package dev.cadenza.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a question tests, and so how its answer is judged. In-scope kinds should be answered; an
 * out-of-scope question should be refused ({@code covered: false}); a false-premise question should be
 * refused or have its wrong fact corrected in the first sentence; a follow-up is a second question sent in
 * the same conversation as its first and judged on the second answer.
 */
public enum QuestionKind {
  OPEN("open"),
  COMPUTED("computed"),
  FOLLOW_UP("follow-up"),
  OUT_OF_SCOPE("out-of-scope"),
  FALSE_PREMISE("false-premise");

  private final String label;

  QuestionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a correct answerer answers it rather than refusing. */
  public boolean inScope() {
    return this == OPEN || this == COMPUTED || this == FOLLOW_UP;
  }

  public static QuestionKind parse(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.label.equals(wanted)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown kind \"" + label + "\" (known: " + labels() + ")"));
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(QuestionKind::label).toList();
  }
}
