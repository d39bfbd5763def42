package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.IntentClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Expected-by-predicted counts of a classifier over labelled questions, with the misroutes kept for printing. */
final class IntentConfusion {
  private static final Intent[] INTENTS = Intent.values();

  private final int[][] counts = new int[INTENTS.length][INTENTS.length];
  private final List<String> misroutes = new ArrayList<>();
  private int total;
  private int correct;

  static IntentConfusion measure(IntentClassifier classifier, List<LabelledQuestion> questions) {
    IntentConfusion confusion = new IntentConfusion();
    for (LabelledQuestion question : questions) {
      confusion.record(question, classifier.classify(question.question()));
    }
    return confusion;
  }

  private void record(LabelledQuestion question, Intent predicted) {
    counts[question.intent().ordinal()][predicted.ordinal()]++;
    total++;
    if (predicted == question.intent()) {
      correct++;
    } else {
      misroutes.add(question.intent().label() + " -> " + predicted.label() + ": " + question.question());
    }
  }

  double accuracy() {
    return correct / (double) total;
  }

  /** The accuracy line, one row per expected intent (columns are predictions, then recall), and the misroutes. */
  String render() {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "accuracy %d/%d = %.4f%n", correct, total, accuracy()));
    table.append(String.format(Locale.ROOT, "%-22s", "expected \\ predicted"));
    for (Intent intent : INTENTS) {
      table.append(String.format(Locale.ROOT, "%6.6s", abbreviation(intent)));
    }
    table.append(String.format(Locale.ROOT, "%8s%n", "recall"));
    for (Intent expected : INTENTS) {
      int[] row = counts[expected.ordinal()];
      table.append(String.format(Locale.ROOT, "%-22s", expected.label()));
      int rowTotal = 0;
      for (int count : row) {
        table.append(String.format(Locale.ROOT, "%6d", count));
        rowTotal += count;
      }
      int hits = row[expected.ordinal()];
      table.append(String.format(Locale.ROOT, "%4d/%-3d%n", hits, rowTotal));
    }
    misroutes.forEach(misroute -> table.append("misrouted ").append(misroute).append(System.lineSeparator()));
    return table.toString();
  }

  /** A column heading: the initials of the intent's words, e.g. {@code CS} for chord spelling. */
  private static String abbreviation(Intent intent) {
    StringBuilder initials = new StringBuilder();
    for (String word : intent.name().split("_")) {
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }
}
