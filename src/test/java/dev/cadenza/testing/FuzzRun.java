package dev.cadenza.testing;

import java.time.Duration;
import java.util.Locale;

/**
 * The seed and budget of one fuzz run. Each run takes a fresh seed from the clock, so every CI build
 * explores inputs no earlier build tried; {@code -Dcadenza.fuzz.seed=N} replays a printed seed. A run
 * stops at its iteration count or its time box, whichever comes first, so a slow machine shortens the
 * run instead of stretching CI; {@code -Dcadenza.longTests=true} raises both.
 *
 * @param name what is fuzzed, for the log line
 * @param seed the seed of every random choice in the run
 * @param iterations inputs to try at most
 * @param timeBox wall-clock time after which no new input is started
 */
public record FuzzRun(String name, long seed, int iterations, Duration timeBox) {
  public static final String SEED_PROPERTY = "cadenza.fuzz.seed";

  /** A run with a rotating (or replayed) seed, the CI budget normally and the long budget with the flag. */
  public static FuzzRun start(String name, int ciIterations, Duration ciTimeBox, int longIterations, Duration longTimeBox) {
    Long replay = Long.getLong(SEED_PROPERTY);
    long seed = replay != null ? replay : System.currentTimeMillis();
    FuzzRun run = LongTests.enabled()
        ? new FuzzRun(name, seed, longIterations, longTimeBox)
        : new FuzzRun(name, seed, ciIterations, ciTimeBox);
    System.out.println(String.format(Locale.ROOT, "%s fuzz: seed %d (%s), up to %,d inputs or %d s; replay with -D%s=%d",
        name, seed, replay != null ? "replayed" : "rotating", run.iterations, run.timeBox.toSeconds(), SEED_PROPERTY, seed));
    return run;
  }

  /** Starts the clock; ask the returned budget before each input. */
  public Budget budget() {
    return new Budget(System.nanoTime() + timeBox.toNanos());
  }

  /** How to name this run in an assertion, so a failure says how to reproduce it. */
  public String describe() {
    return String.format(Locale.ROOT, "%s fuzz seed %d (replay with -D%s=%d)", name, seed, SEED_PROPERTY, seed);
  }

  /** Counts the inputs tried against the run's limits. */
  public final class Budget {
    private final long deadline;
    private int tried;

    private Budget(long deadline) {
      this.deadline = deadline;
    }

    /** True while another input may be started; counts it. */
    public boolean next() {
      if (tried >= iterations || System.nanoTime() >= deadline) return false;
      tried++;
      return true;
    }

    /** Inputs started so far; the last one's index is {@code tried() - 1}. */
    public int tried() {
      return tried;
    }

    /** One log line: how far the run got. */
    public String summary() {
      return String.format(Locale.ROOT, "%s fuzz seed %d: %,d of %,d inputs tried%s", name, seed, tried, iterations,
          tried < iterations ? " (time box of " + timeBox.toSeconds() + " s reached)" : "");
    }
  }
}
