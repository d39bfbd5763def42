package dev.cadenza.learners;

import java.util.Optional;

/** The verdict on one answer: right or wrong and, when wrong, what the mistake reveals if it is recognised. */
public record Grade(boolean correct, Optional<Misconception> misconception) {

  public static final Grade RIGHT = new Grade(true, Optional.empty());
  public static final Grade WRONG = new Grade(false, Optional.empty());

  public static Grade wrong(Misconception misconception) {
    return new Grade(false, Optional.of(misconception));
  }

  /** Wrong, with the misconception when there is one. */
  public static Grade wrong(Optional<Misconception> misconception) {
    return new Grade(false, misconception);
  }
}
