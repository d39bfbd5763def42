package dev.cadenza.leakage;

import dev.cadenza.theory.Accidentals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one measure of "the same text" that keeps evaluation items out of training data (eval/EXCLUDE.md). Texts
 * are compared as normalised words: ASCII accidentals (C♯ is C#), lower case, apostrophes dropped ("what's" is
 * "whats"), every other run of characters that are not letters, digits or "#" a single break ("#" stays, so C# is
 * not C). A text repeats a
 * reference when their normalised words are equal, or when at least {@link #THRESHOLD} of the reference's word
 * n-grams occur in the text: a verbatim copy inside a longer text scores 1, each changed word costs at most n
 * n-grams (so a long copy with an edit or two still counts), and a text sharing only a phrase or two scores low.
 * A reference too short for two n-grams is matched by equality alone.
 */
public final class NearDuplicates {
  /** The share of a reference's n-grams a text must contain to count as repeating it. */
  public static final double THRESHOLD = 0.8;

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
  private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}#]+");

  private final int n;
  private final List<Reference> references;
  /** Each reference by its normalised text, and under each of its n-grams, so a text is compared with few. */
  private final Map<String, Reference> byText = new HashMap<>();
  private final Map<String, List<Reference>> byNgram = new HashMap<>();

  private record Reference(int index, String text, Set<String> ngrams) {}

  private NearDuplicates(int n, List<Reference> references) {
    this.n = n;
    this.references = references;
    for (Reference reference : references) {
      byText.putIfAbsent(normalise(reference.text), reference);
      reference.ngrams.forEach(g -> byNgram.computeIfAbsent(g, k -> new ArrayList<>()).add(reference));
    }
  }

  /** A detector for these reference texts, comparing word n-grams of length {@code n}. */
  public static NearDuplicates of(Collection<String> references, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("illegal n: " + n + ", must be >= 1");
    }
    List<Reference> list = new ArrayList<>();
    for (String text : references) {
      List<String> words = words(text);
      if (!words.isEmpty()) {
        list.add(new Reference(list.size(), text, ngrams(words, n)));
      }
    }
    return new NearDuplicates(n, List.copyOf(list));
  }

  /**
   * The first reference (in the order given) that {@code text} repeats, as the reference was written; empty when it
   * repeats none. A reference of fewer than two n-grams is a topic name ("picardy third") any text may contain, so
   * it is matched by equality only.
   */
  public Optional<String> repeatedIn(String text) {
    List<String> words = words(text);
    Reference best = byText.get(String.join(" ", words));
    Map<Integer, Integer> shared = new HashMap<>();
    for (String ngram : ngrams(words, n)) {
      byNgram.getOrDefault(ngram, List.of()).forEach(r -> shared.merge(r.index, 1, Integer::sum));
    }
    for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
      Reference reference = references.get(entry.getKey());
      boolean repeated = reference.ngrams.size() >= 2 && entry.getValue() >= THRESHOLD * reference.ngrams.size();
      if (repeated && (best == null || reference.index < best.index)) {
        best = reference;
      }
    }
    return Optional.ofNullable(best).map(Reference::text);
  }

  /** How many references are compared. */
  public int size() {
    return references.size();
  }

  /** The references as written. */
  public List<String> references() {
    return references.stream().map(Reference::text).toList();
  }

  /** The normalised words of a text, in order. */
  public static List<String> words(String text) {
    String lower = APOSTROPHES.matcher(Accidentals.asciify(text).toLowerCase(Locale.ROOT)).replaceAll("");
    return BREAKS.splitAsStream(lower).filter(w -> !w.isEmpty()).toList();
  }

  /** The normalised words joined by single spaces. */
  public static String normalise(String text) {
    return String.join(" ", words(text));
  }

  private static Set<String> ngrams(List<String> words, int n) {
    Set<String> ngrams = new HashSet<>();
    for (int i = 0; i + n <= words.size(); i++) {
      ngrams.add(String.join(" ", words.subList(i, i + n)));
    }
    return ngrams;
  }
}
