package dev.cadenza.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence leans on one before it: it opens with a pronoun or demonstrative ("They are the most
 * audible voices"), a connective ("However, ..."), or "the" and a word that points back ("The two most
 * important are ...", "The usual solution is ..."). Such a sentence is quoted with its antecedent or not at all.
 */
final class Antecedents {

  private static final Set<String> LEANING = Set.of("they", "them", "it", "its", "it's", "this", "these", "those",
      "that", "that's", "such", "he", "she", "his", "her", "their", "both", "another", "also", "however", "but", "and",
      "so", "thus", "therefore", "hence", "instead", "otherwise", "likewise", "similarly", "here", "there", "then",
      "yet", "still", "each", "either", "neither", "one", "again", "finally", "next", "meanwhile");
  private static final Set<String> LEANING_AFTER_THE = Set.of("two", "three", "four", "five", "both", "usual", "latter",
      "former", "same", "other", "others", "rest", "remaining", "above", "previous", "following", "second", "third",
      "last", "result", "answer", "solution", "reason", "problem", "exception", "one");
  private static final Set<String> LEANING_OPENERS = Set.of("because of this", "as a result", "in this case",
      "for this reason", "in that case", "on the other hand", "in other words", "by contrast", "in contrast");
  /** "Often called perfect pitch.": a participle with no subject names again what the sentence before defined. */
  private static final Pattern SUBJECTLESS_NAMING = Pattern.compile(
      "^(?:(?:often|also|sometimes|usually|commonly|formerly|more\\s+commonly)\\s+)?(?:called|known\\s+as|named|written|abbreviated)\\b[^,]*");

  /** "Because it lies a half step below ..." explains something named before it. */
  private static final Pattern CLAUSE_ON_A_PRONOUN = Pattern.compile(
      "^(?:because|since|although|while|when|if|as|unless)\\s+(?:it|its|this|these|they|their|that|those|such)\\b.*");

  /** "Like harmonic minor, it has an augmented second": the subject after an opening phrase is a pronoun. */
  private static final Pattern PRONOUN_AFTER_OPENING_PHRASE = Pattern.compile(
      "^(?:like|unlike|in|on|at|for|with|after|before|during|as with|compared with)\\b[^,]*,\\s+"
          + "(?:it|its|they|their|this|these|those)\\b.*");

  /**
   * "Several forces combine to make it so strong", "Musicians sometimes call it ...", "Write it on the staff",
   * "Versions of these modes ...": "it", "them", "these" or "those" in the opening clause, with nothing before it that
   * could be what it stands for (no article, determiner or subordinating word introduces a noun of the sentence's
   * own), points at something named in an earlier sentence.
   */
  private static final Pattern OBJECT_PRONOUN = Pattern.compile(
      "\\b(?:it|them|these|those(?!\\s+(?:who|that|which|of|in|with|whose|where)\\b))\\b");
  private static final int OBJECT_PRONOUN_WITHIN = 7;
  private static final Pattern DEMONSTRATIVE_BEFORE_NOUN = Pattern.compile(
      "\\b(?:these|those)\\s+(?!(?:who|that|which|of|in|with|whose|where|are|were|is|was|can|will|would|may|must)\\b)[a-z]");
  private static final Set<String> NAMES_ITS_OWN = Set.of("a", "an", "the", "each", "every", "this", "that", "which",
      "who", "what", "how", "one", "when", "if", "where", "as", "once", "until", "whenever", "because", "since", "while");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** "it is easy to", "find it easy to", "it takes": an "it" that stands for a clause after it, not for anything before. */
  private static final Pattern EXPLETIVE_IT = Pattern.compile(
      "^it\\s+(?:(?:is|was|'s|takes|took|seems|helps|pays)\\b|\\w+\\s+(?:to|that)\\b).*");

  /**
   * The words after an opening "one" that make it stand for a noun named before ("One is major", "One of them"); before
   * a noun of its own it counts ("One tradition writes I6/4 V", "One voice holds while the other moves").
   */
  private static final Set<String> ONE_STANDING_FOR_A_NOUN = Set.of("of", "is", "was", "are", "can", "could", "may",
      "might", "must", "should", "would", "will", "has", "had", "does", "did", "more", "such", "another", "or", "and");

  private Antecedents() {}

  static boolean leans(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}]+", "");
    if (CLAUSE_ON_A_PRONOUN.matcher(lower).matches() || PRONOUN_AFTER_OPENING_PHRASE.matcher(lower).matches()) {
      return true;
    }
    if (SUBJECTLESS_NAMING.matcher(lower).matches()) return true;
    for (String opener : LEANING_OPENERS) {
      if (lower.startsWith(opener)) return true;
    }
    String[] words = lower.split("[^\\p{L}'-]+", 3);
    if (words.length == 0 || words[0].isEmpty()) return false;
    boolean oneBeforeANoun = words[0].equals("one") && words.length > 1 && !ONE_STANDING_FOR_A_NOUN.contains(words[1]);
    if (LEANING.contains(words[0]) && !oneBeforeANoun) return true;
    if (words[0].equals("the") && words.length > 1 && LEANING_AFTER_THE.contains(words[1])) return true;
    return pronounBeforeItsNoun(lower);
  }

  private static boolean pronounBeforeItsNoun(String lower) {
    String clause = lower.split("[,;:(]", 2)[0];
    // "Working through a lead sheet in these layers ...": a plural demonstrative before a noun points back wherever it
    // stands.
    if (DEMONSTRATIVE_BEFORE_NOUN.matcher(clause).find()) return true;
    Matcher pronoun = OBJECT_PRONOUN.matcher(clause);
    if (!pronoun.find() || EXPLETIVE_IT.matcher(clause.substring(pronoun.start())).matches()) return false;
    List<String> before = List.of(clause.substring(0, pronoun.start()).split("[^\\p{L}'-]+"));
    // The clause's own subject is never what its object pronoun stands for: "The barline cancels it" leans on the
    // accidental named before it, "Play the chord and hold it" does not.
    List<String> beyondSubject = ARTICLES.contains(before.getFirst()) ? before.subList(1, before.size()) : before;
    return before.size() < OBJECT_PRONOUN_WITHIN && beyondSubject.stream().noneMatch(NAMES_ITS_OWN::contains);
  }
}
