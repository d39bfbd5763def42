package dev.cadenza.llm;

import java.util.concurrent.atomic.LongAdder;

/** Counts of calls to the model server, for metrics: how many answered, failed, were refused by the open circuit, retried. */
public final class ModelCalls {

  private final LongAdder answered = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder retries = new LongAdder();

  void answered() {
    answered.increment();
  }

  void failed() {
    failed.increment();
  }

  void refused() {
    refused.increment();
  }

  void retried() {
    retries.increment();
  }

  /** Calls the server answered (after any retries). */
  public long answeredCount() {
    return answered.sum();
  }

  /** Calls that failed after their retries (timeouts, 5xx, refused connections, bad replies). */
  public long failedCount() {
    return failed.sum();
  }

  /** Calls never sent because the circuit was open. */
  public long refusedCount() {
    return refused.sum();
  }

  /** Retries of transient failures. */
  public long retryCount() {
    return retries.sum();
  }
}
