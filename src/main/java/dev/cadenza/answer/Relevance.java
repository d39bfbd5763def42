package dev.cadenza.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a sentence answers the question: the question's words it contains, each weighted by its
 * rarity among the sentences read (a word in every sentence tells nothing), the subject's words counting
 * more; and whether it is the sentence that defines the subject.
 */
final class Relevance {

  /** The subject's own words weigh more than the rest of the question ("what does a <i>fermata</i> look like"). */
  private static final double SUBJECT_WEIGHT = 1.5;
  /** Words that follow the subject in a definition: "A deceptive cadence <i>is</i> ...". */
  private static final Pattern DEFINING_VERB = Pattern.compile(
      "(?i)^((?:(?:a|an|the)\\s+)?[\\w#'°/ -]{1,60}?)\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:is|are|means|refers\\s+to"
          + "|describes|names|consists\\s+of|denotes|:)(?:\\s|$).*");
  /** The words before the verb may add this many to the subject's ("The <i>Mixolydian mode</i>", "A <i>plagal</i> cadence"). */
  private static final int EXTRA_SUBJECT_WORDS = 2;

  private final Set<String> questionTerms;
  private final Set<String> subjectTerms;
  private final Map<String, Integer> frequency = new HashMap<>();

  Relevance(Set<String> questionTerms, Set<String> subjectTerms, List<List<SourceSentence>> sentences) {
    this.questionTerms = questionTerms;
    this.subjectTerms = subjectTerms;
    sentences.forEach(list -> list.forEach(s -> s.terms().forEach(t -> frequency.merge(t, 1, Integer::sum))));
  }

  double score(SourceSentence s) {
    double score = 0;
    for (String term : questionTerms) {
      if (s.terms().contains(term)) {
        score += (subjectTerms.contains(term) ? SUBJECT_WEIGHT : 1.0) / Math.sqrt(frequency.getOrDefault(term, 1));
      }
    }
    return score;
  }

  /** Whether the sentence says what the subject is: a glossary entry for it, or the subject then "is", "means", ":". */
  boolean defines(SourceSentence s) {
    return defines(s, subjectTerms);
  }

  static boolean defines(SourceSentence s, Set<String> subject) {
    if (subject.isEmpty()) return false;
    if (!s.headword().isEmpty()) return covers(Terms.of(s.headword()), subject);
    Matcher m = DEFINING_VERB.matcher(s.text());
    if (!m.matches()) return false;
    Set<String> before = Terms.of(m.group(1));
    // The subject opens the sentence: "The Mixolydian mode is", not "To realize a figured bass means".
    boolean opens = !before.isEmpty() && subject.contains(before.iterator().next());
    return opens && before.size() <= subject.size() + EXTRA_SUBJECT_WORDS && covers(before, subject);
  }

  /** All of the subject's words, or all but one of three or more. */
  private static boolean covers(Set<String> words, Set<String> subject) {
    long found = subject.stream().filter(words::contains).count();
    return found == subject.size() || subject.size() >= 3 && found >= subject.size() - 1;
  }

  /** Whether the sentence contains a word of the subject. */
  boolean namesSubject(SourceSentence s) {
    return subjectTerms.stream().anyMatch(s.terms()::contains);
  }

  /** The share of {@code terms} the sentence contains. */
  static double share(SourceSentence s, Set<String> terms) {
    return terms.isEmpty() ? 0 : terms.stream().filter(s.terms()::contains).count() / (double) terms.size();
  }
}
