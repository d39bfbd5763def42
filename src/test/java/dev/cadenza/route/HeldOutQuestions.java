package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the hand-written held-out questions: {@code intent<TAB>question} lines, {@code #} comments. */
final class HeldOutQuestions {
  static final String RESOURCE = "/route/heldout-questions.tsv";

  private HeldOutQuestions() {}

  static List<LabelledQuestion> load() {
    try (InputStream in = HeldOutQuestions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(HeldOutQuestions::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static LabelledQuestion parse(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 2) {
      throw new IllegalArgumentException("bad line in " + RESOURCE + ", want intent<TAB>question: " + line);
    }
    return new LabelledQuestion(Intent.valueOf(fields[0]), fields[1]);
  }
}
