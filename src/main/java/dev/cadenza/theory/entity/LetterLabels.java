package dev.cadenza.theory.entity;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Letters used as labels, not notes: the sections of a form ("the A section", "part B", "A B A form"), the
 * themes of a rondo and the two rootless voicing types of jazz piano ("voicing A and B"). A run of single
 * letters, joined by commas, dashes, "and" or "or", is a run of labels when a label noun follows it or
 * introduces it; a letter alone is read by the same rule.
 */
final class LetterLabels {
  /** Nouns a label letter names an instance of: "the A section", "A B A form". */
  private static final Set<String> AFTER = Set.of("section", "sections", "part", "parts", "theme", "themes", "phrase",
      "phrases", "form", "forms", "voicing", "voicings", "period", "strain", "strains", "episode", "material", "idea");
  /** Nouns that introduce labels after them: "part B", "section A", "voicing A and B". */
  private static final Set<String> BEFORE = Set.of("part", "parts", "section", "sections", "theme", "themes",
      "voicing", "voicings", "form", "type", "types", "strain", "phrase", "phrases", "episode");
  private static final Set<String> JOINS = Set.of(",", "-", "and", "or");
  /** Forms lettered without a noun rarely go past D (A B A C A B A, A B C B A). */
  private static final int MAX_SECTIONS = 4;

  private LetterLabels() {}

  /** Whether the token at {@code i} is a letter used as a label. */
  static boolean label(Tokens t, int i) {
    if (!letter(t, i)) {
      return false;
    }
    int first = i;
    while (letter(t, first - 1) || JOINS.contains(t.lower(first - 1)) && letter(t, first - 2)) {
      first -= letter(t, first - 1) ? 1 : 2;
    }
    int last = i;
    while (letter(t, last + 1) || JOINS.contains(t.lower(last + 1)) && letter(t, last + 2)) {
      last += letter(t, last + 1) ? 1 : 2;
    }
    boolean capitals = t.at(i).equals(t.at(i).toUpperCase(Locale.ROOT));
    // "form" is also a verb ("do B D F A form a chord?"): before it, labels are the letters from A on (A B A).
    boolean named = AFTER.contains(t.lower(last + 1)) && (!t.lower(last + 1).startsWith("form") || fromA(t, first, last))
        && !partOf(t, first, last);
    // A lower-case letter is a label only after its noun ("part b"); "a section" keeps its article.
    return capitals && (named || sectionsInOrder(t, first, last)) || BEFORE.contains(t.lower(first - 1));
  }

  /** "is G part of Ebm7": the note asked about, "part of" saying where, not the G part of a piece. */
  private static boolean partOf(Tokens t, int first, int last) {
    return first == last && t.is(first - 1, "is", "are") && t.is(last + 1, "part") && t.is(last + 2, "of");
  }

  /**
   * Whether a run of capital letters names sections as a form does, with no noun needed: each new letter the next
   * from A, some letter coming back, two to four letters ("A B A", "A A B A", "A B A C A"). A chord spelled from A
   * skips letters ("A C E"), and a scale from A to A has seven.
   */
  private static boolean sectionsInOrder(Tokens t, int first, int last) {
    char next = 'A';
    boolean returns = false;
    for (int k = first; k <= last; k++) {
      if (!letter(t, k)) continue;
      char c = t.at(k).charAt(0);
      // A lower-case letter ends the run: the article of "A A B A a song form".
      if (!Character.isUpperCase(c)) break;
      if (c == next) {
        next++;
      } else if (c < next) {
        returns = true;
      } else {
        return false;
      }
    }
    return returns && next - 'A' >= 2 && next - 'A' <= MAX_SECTIONS;
  }

  /** Whether the letters of a run are A, B, C... without a gap, as sections are lettered in order of appearance. */
  private static boolean fromA(Tokens t, int first, int last) {
    Set<Character> used = new TreeSet<>();
    for (int k = first; k <= last; k++) {
      if (letter(t, k)) used.add(Character.toUpperCase(t.at(k).charAt(0)));
    }
    char expected = 'A';
    for (char c : used) {
      if (c != expected++) return false;
    }
    return true;
  }

  private static boolean letter(Tokens t, int i) {
    return t.at(i).matches("[A-Ga-g]");
  }
}
