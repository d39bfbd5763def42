package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Random;

/** Seeded choices shared by the pair sources. */
final class Draw {
  /** How often a drawn root carries a double accidental. */
  static final double RARE_ROOT_SHARE = 0.15;
  /** How often a key is theoretical, in families that ask about signatures and relations. */
  static final double THEORETICAL_KEY_SHARE = 0.1;
  /** The lowest and highest octave a voicing starts in. */
  static final int LOW_OCTAVE = 2;

  static final int HIGH_OCTAVE = 5;

  private Draw() {}

  static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  static boolean chance(Random random, double probability) {
    return random.nextDouble() < probability;
  }

  /** A root or starting note: mostly everyday spellings, sometimes a double accidental. */
  static Note root(Random random) {
    return pick(random, chance(random, RARE_ROOT_SHARE) ? Subjects.RARE_ROOTS : Subjects.COMMON_ROOTS);
  }

  /** A key with up to seven sharps or flats. */
  static Key standardKey(Random random) {
    return pick(random, Subjects.STANDARD_KEYS);
  }

  /** A key, theoretical now and then. */
  static Key anyKey(Random random) {
    return chance(random, THEORETICAL_KEY_SHARE) ? pick(random, Subjects.THEORETICAL_KEYS) : standardKey(random);
  }

  /** An octave for the lowest note of a voicing or scale. */
  static int octave(Random random) {
    return LOW_OCTAVE + random.nextInt(HIGH_OCTAVE - LOW_OCTAVE + 1);
  }
}
