package dev.cadenza.testing;

/**
 * Whether the long variants run: {@code -Dcadenza.longTests=true} on the Maven command line. CI runs
 * the short variants, which keep the whole suite well inside its time limit.
 */
public final class LongTests {
  public static final String PROPERTY = "cadenza.longTests";

  private LongTests() {}

  public static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** {@code ci} normally, {@code longer} with the flag. */
  public static int count(int ci, int longer) {
    return enabled() ? longer : ci;
  }
}
