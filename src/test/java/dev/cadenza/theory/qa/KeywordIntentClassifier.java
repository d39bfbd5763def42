package dev.cadenza.theory.qa;

import java.util.Locale;

/** A deterministic keyword fake for tests; the real classifier is trained elsewhere. */
final class KeywordIntentClassifier implements IntentClassifier {
  @Override
  public Intent classify(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (q.contains("why") || q.contains("explain") || q.contains("history")) {
      return Intent.CONCEPTUAL;
    }
    if (q.contains("relative") || q.contains("parallel") || q.contains("sharps") || q.contains("flats")
        || q.contains("signature")) {
      return Intent.KEY_SIGNATURE;
    }
    if (q.contains("interval") || q.contains("above") || q.contains("below")) {
      return Intent.INTERVAL;
    }
    if (q.contains("which chord") || q.contains("what chord")) {
      return Intent.CHORD_IDENTIFICATION;
    }
    if (q.contains("scale") || q.contains("lydian") || q.contains("dorian") || q.contains("mode")) {
      return Intent.SCALE;
    }
    if (q.matches(".*\\b[iv]+[0-9/].*") || q.contains("roman")) {
      return Intent.ROMAN_NUMERAL;
    }
    return Intent.CHORD_SPELLING;
  }
}
