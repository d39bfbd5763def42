package dev.cadenza.reliability;

/**
 * Whether the long variants run: {@code -Dcadenza.longTests=true} on the Maven command line. CI runs
 * the short variants, which keep the whole reliability suite well under two minutes.
 */
final class LongTests {
  static final String PROPERTY = "cadenza.longTests";

  private LongTests() {}

  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** {@code ci} normally, {@code longer} with the flag. */
  static int count(int ci, int longer) {
    return enabled() ? longer : ci;
  }
}
