package dev.cadenza.cli;

import dev.cadenza.app.Json;
import dev.cadenza.app.TheoryJson;
import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.VerificationReport;
import dev.cadenza.theory.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check the theory facts in a text (chord and scale spellings, intervals, key signatures, relative keys,"
        + " Roman numerals, notes on transposing instruments) against the theory engine. Reads stdin unless --text is"
        + " given.")
final class VerifyCommand implements Callable<Integer> {

  @Option(names = "--text", description = "The text to check (default: read standard input).")
  String text;

  @Option(names = "--json", description = "Print {\"claims\": [...], \"corrected\": ...} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String input = text != null ? text : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    if (input.isBlank()) throw new IllegalArgumentException("nothing to verify: pass --text or pipe text on stdin");
    VerificationReport report = new Verifier().verify(input);
    if (json) {
      System.out.println(Json.mapper().writeValueAsString(TheoryJson.verification(report, input)));
    } else {
      for (Claim c : report.claims()) {
        System.out.printf(Locale.ROOT, "%-9s %-15s %s%s%n", c.verdict(), c.kind(), c.text(),
            "incorrect".equals(c.verdict()) ? "  -> expected " + c.expected() : "");
      }
      System.out.println(report.claims().size() + " claims, " + (report.hasIncorrect() ? "some incorrect" : "none incorrect"));
    }
    return report.hasIncorrect() ? 1 : 0;
  }
}
