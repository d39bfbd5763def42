package dev.cadenza.learners;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids for learners, items and assessments: 128 random bits, so knowing one is the only way to use it. */
final class Ids {
  private static final int BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  static String random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
