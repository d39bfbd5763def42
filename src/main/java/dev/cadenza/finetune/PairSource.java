package dev.cadenza.finetune;

import java.util.Optional;
import java.util.Random;

/** Draws question-answer pairs of one family. */
public interface PairSource {
  Family family();

  /**
   * One pair drawn with {@code random}, or empty when the draw cannot be used (a spelling that would need
   * triple accidentals, a chord with no cadence reading). The same generator state gives the same pair.
   */
  Optional<Pair> draw(Random random);
}
