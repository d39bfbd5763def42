package dev.cadenza.answer;

import dev.cadenza.theory.verify.VerificationReport;
import dev.cadenza.theory.verify.Verifier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits between a streaming generator and the client: holds tokens back until a sentence is complete,
 * checks the sentence with the verifier, and passes it on with any wrong theory fact replaced. So a
 * known-wrong fact never leaves Cadenza, even mid-stream; the cost is sentence-sized latency.
 */
final class VerifiedTokens implements Consumer<String> {

  /** A sentence end followed by whitespace: only then is the sentence certainly complete. */
  private static final Pattern COMPLETE = Pattern.compile("[.!?]+[\"')]*(?:\\s*\\[\\d{1,3}])*\\s+");

  private final Verifier verifier;
  private final Consumer<String> downstream;
  private final StringBuilder pending = new StringBuilder();

  VerifiedTokens(Verifier verifier, Consumer<String> downstream) {
    this.verifier = verifier;
    this.downstream = downstream;
  }

  @Override
  public void accept(String token) {
    pending.append(token);
    int end = -1;
    Matcher m = COMPLETE.matcher(pending);
    while (m.find()) {
      end = m.end();
    }
    if (end > 0) {
      emit(pending.substring(0, end));
      pending.delete(0, end);
    }
  }

  /** Passes on whatever is left once generation has finished. */
  void flush() {
    if (!pending.isEmpty()) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  private void emit(String text) {
    VerificationReport report = verifier.verify(text);
    downstream.accept(report.hasIncorrect() ? report.corrected(text) : text);
  }
}
