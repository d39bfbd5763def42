package dev.cadenza.theory.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article from the note in "a minor chord", "a major key", "a diminished triad", "a maj7 chord": a lower-case "a"
 * before quality words that end in a general noun speaks of any such chord or key ("why does a minor chord
 * sound sad"), not of A minor, and so does one before the first of a pair the noun closes ("a maj7 and a dom7
 * chord"). A key name that goes on ("a minor key signature", "a minor pentatonic scale")
 * keeps the note, since the noun there belongs to one key or scale.
 */
final class ArticleBeforeQuality {
  private static final Set<String> QUALITIES = Set.of("major", "minor", "dominant", "diminished", "augmented", "half",
      "fully", "suspended", "natural", "harmonic", "melodic", "-", "maj", "min", "dim", "aug", "dom", "sus", "maj7", "min7", "dom7", "dim7", "m7", "m7b5");
  private static final Set<String> EXTENSIONS = Set.of("seventh", "7th", "7", "ninth", "9th", "sixth", "6th",
      "eleventh", "11th", "thirteenth", "13th");
  private static final Set<String> GENERAL_NOUNS = Set.of("chord", "chords", "triad", "triads", "key", "keys",
      "scale", "scales", "tonality", "mode", "interval", "intervals", "one", "ones");
  private static final Set<String> PAIRING = Set.of("and", "or", "vs", "versus");
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:b|#)?(?:i{1,3}|iv|vi{0,2})[°ø+o]?\\d*(?:/.*)?");
  /** Nouns a key name modifies: "a minor key signature" is A minor's signature. */
  private static final Set<String> KEY_COMPOUNDS = Set.of("signature", "signatures");

  private ArticleBeforeQuality() {}

  /** Whether the tokens from {@code from} are quality words, an optional extension and a general noun. */
  static boolean generic(Tokens t, int from) {
    // "the 7th of a V4/3": a Roman numeral names the chord, so the "a" before it is an article.
    if (ROMAN_NUMERAL.matcher(t.lower(from)).matches()) {
      return true;
    }
    int i = from;
    while (QUALITIES.contains(t.lower(i))) {
      i++;
    }
    if (i == from || t.is(from, "-")) {
      return false;
    }
    // "a half dim viiø7", "a half diminished seventh", "a dominant 7th and a major 7th by ear": no note is
    // half-diminished or dominant without its capital letter.
    if (t.is(from, "half", "fully", "dominant", "dom", "dom7")) {
      return true;
    }
    if (EXTENSIONS.contains(t.lower(i))) {
      i++;
    }
    // "a diminished vii°7": a Roman numeral names the chord, so the "a" before it is an article.
    if (ROMAN_NUMERAL.matcher(t.lower(i)).matches()) {
      return true;
    }
    // "a maj7 and a dom7 chord": the noun closes both sides of the pair.
    if (PAIRING.contains(t.lower(i))) {
      int next = ARTICLES.contains(t.lower(i + 1)) ? i + 2 : i + 1;
      return generic(t, next);
    }
    return GENERAL_NOUNS.contains(t.lower(i)) && !KEY_COMPOUNDS.contains(t.lower(i + 1));
  }
}
