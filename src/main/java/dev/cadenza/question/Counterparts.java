package dev.cadenza.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that stand in for each other in a follow-up: "and with flats?" after a question about sharps asks it
 * about flats, "and the left hand?" after one about the right hand, "and the alto sax?" after one about the Bb
 * clarinet. A fragment's word takes the place of the last question's member of the same group, in the number
 * (sharp, sharps) the last question used.
 */
final class Counterparts {

  /** Each group's members, longer names before the shorter ones they contain ("bb clarinet" before "clarinet"). */
  private static final List<List<String>> GROUPS = List.of(
      List.of("sharp", "flat"),
      List.of("left", "right"),
      List.of("ascending", "descending"),
      List.of("upward", "downward"),
      List.of("simple", "compound"),
      List.of("duple", "triple", "quadruple"),
      List.of("treble", "bass", "alto", "tenor"),
      List.of("soprano", "alto", "tenor", "bass"),
      List.of("diatonic", "chromatic"),
      List.of("consonant", "dissonant"),
      List.of("consonance", "dissonance"),
      List.of("relative", "parallel"),
      List.of("natural", "harmonic", "melodic"),
      List.of("accented", "unaccented"),
      List.of("first", "second", "third", "fourth", "fifth"),
      List.of("root position", "first inversion", "second inversion", "third inversion"),
      List.of("bb clarinet", "eb clarinet", "a clarinet", "bb trumpet", "bb tenor sax", "bb tenor saxophone",
          "eb alto sax", "eb alto saxophone", "eb baritone sax", "horn in f", "french horn", "english horn",
          "alto saxophone", "tenor saxophone", "baritone saxophone", "soprano saxophone", "alto sax", "tenor sax",
          "baritone sax", "soprano sax", "clarinet", "trumpet", "horn", "flute", "oboe", "violin", "piano"));

  private Counterparts() {}

  /**
   * The last question with its member of a group replaced by the member {@code fragment} names, or null when
   * the fragment names no member of a group the last question has another member of. The fragment's other
   * words must be in the last question already ("in the left hand" after "... in the right hand"), so "second
   * inversion" does not turn "first species" into "second species".
   */
  static String swapped(String lastQuestion, String fragment) {
    Set<String> asked = Terms.of(lastQuestion);
    record Named(List<String> group, String own) {}
    List<Named> named = new ArrayList<>();
    for (List<String> group : GROUPS) {
      group.stream().filter(member -> find(member, fragment) != null).findFirst()
          .filter(own -> asked.containsAll(leftOver(fragment, own)))
          .ifPresent(own -> named.add(new Named(group, own)));
    }
    named.sort(Comparator.comparingInt((Named n) -> n.own().length()).reversed());
    for (Named n : named) {
      String own = n.own();
      for (String other : n.group()) {
        if (other.equals(own) || own.contains(other) || other.contains(own)) continue;
        Matcher there = find(other, lastQuestion);
        if (there != null) {
          String replacement = there.group(1) == null ? own : plural(own);
          return withArticle(lastQuestion.substring(0, there.start()), replacement) + replacement
              + lastQuestion.substring(there.end());
        }
      }
    }
    return null;
  }

  /** "a tenor sax" becomes "an alto sax", and back. */
  private static String withArticle(String before, String word) {
    return before.replaceFirst("(?i)\\b(a|an)\\s+$", "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ");
  }

  private static Set<String> leftOver(String fragment, String own) {
    Set<String> left = new HashSet<>(Terms.of(fragment));
    left.removeAll(Terms.of(own));
    return left;
  }

  /** {@code member} as whole words in {@code text}, any case, group 1 its plural ending if it has one. */
  private static Matcher find(String member, String text) {
    Matcher m = Pattern.compile("(?i)(?<![\\w#])" + Pattern.quote(member) + "(s)?(?![\\w#])").matcher(text);
    return m.find() ? m : null;
  }

  private static String plural(String member) {
    return member.endsWith("s") ? member : member + "s";
  }
}
