package dev.cadenza.theory.entity;

import java.util.Set;

/**
 * Tells the article from the note A after a question's opener: in "what's a mixolydian scale", "is there a
 * harmonic minor chord", "give me a dorian melody" the lower-case "a" introduces a kind of scale, not a scale on
 * A. A student naming the tonic writes it after the article ("what's an A mixolydian scale") or in capitals.
 */
final class ArticleAfterOpener {
  /** Openers after which a noun phrase, and so an article, is expected ("what's" is read as "what"). */
  private static final Set<String> OPENERS = Set.of("what", "whats", "what is", "is there", "give me", "show me",
      "explain", "define", "describe", "is it", "it", "its", "was", "need", "want");
  /** Words that name a kind of scale or mode, not a quality of a chord on A. */
  private static final Set<String> KINDS = Set.of("dorian", "phrygian", "lydian", "mixolydian", "locrian", "aeolian",
      "ionian", "harmonic", "melodic", "natural");

  private ArticleAfterOpener() {}

  /** Whether the lower-case "a" at {@code i} follows an opener and precedes the name of a kind of scale. */
  static boolean article(Tokens t, int i) {
    if (!t.at(i).equals("a") || !KINDS.contains(t.lower(i + 1))) {
      return false;
    }
    return OPENERS.contains(t.lower(i - 1)) || OPENERS.contains(t.lower(i - 2) + " " + t.lower(i - 1));
  }
}
