package dev.cadenza.answer;

import dev.cadenza.question.Remembered;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a sentence answers the question: the question's words it contains, each weighted by its
 * rarity among the sentences read (a word in every sentence tells nothing), the subject's words counting
 * more, plus how close it is in meaning (the cosine of its stored embedding and the question's); and whether
 * it is the sentence that defines the subject.
 */
final class Relevance {
  /** Nouns that say what kind of thing a name is. */
  private static final Set<String> KINDS = Set.of("mode", "scal", "chord", "cadenc", "triad", "interval");

  /** The subject's own words weigh more than the rest of the question ("what does a <i>fermata</i> look like"). */
  private static final double SUBJECT_WEIGHT = 1.5;
  /** Cosine similarity below this says nothing: unrelated sentences of one topic score about this much. */
  static final double SIMILARITY_FLOOR = 0.2;
  /** What each unit of similarity above the floor is worth, in the units of one rare question word. */
  static final double SIMILARITY_WEIGHT = 2.0;
  /** A sentence sharing no word with the question counts only when at least this close in meaning. */
  static final double SIMILARITY_ALONE = 0.5;
  /**
   * Words that follow the subject in a definition: "A deceptive cadence <i>is</i> ...", "A dotted half note
   * <i>equals</i> ...", or a definition by where it
   * happens ("Voice crossing <i>happens</i> inside a single chord"); a clause saying when ("When a tie occurs inside
   * a slur") defines nothing.
   */
  private static final Pattern DEFINING_VERB = Pattern.compile(
      "(?i)^(?!(?:when|if|where|while|as|because|once|after|before|unless|although)\\s)((?:(?:a|an|the)\\s+)?[\\w#'°/ -]{1,60}?)\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:is|are|means|refers\\s+to"
          + "|describes|names|consists\\s+of|denotes|equals|occurs|happens|:)(?:\\s|$).*");
  /** A thing defined under another name first: "A neighbor six-four, also called a pedal six-four, is ...". */
  private static final Pattern ALIAS_DEFINED = Pattern.compile(
      "(?i)^[^,]{3,60},\\s+(?:also\\s+(?:called|known\\s+as)|or)\\s+([^,]{3,60}),\\s+(?:is|are|means)\\s");
  /** A copula and an adverb of frequency or degree make a remark about a thing, not a definition of it. */
  private static final Pattern REMARK = Pattern.compile(
      "(?i)^[^,:]{1,60}?\\s(?:is|are)\\s+(?:also|often|usually|sometimes|rarely|commonly|especially|mostly|very|quite|more|less)\\b");
  /** The words before the verb may add this many to the subject's ("The <i>Mixolydian mode</i>", "A <i>plagal</i> cadence"). */
  private static final int EXTRA_SUBJECT_WORDS = 2;

  /**
   * How many of the question's words the best passage's title must say for the rest to be its focus: one shared word
   * ("Harmonic Dictation" for "tips for melodic dictation") may be all a passage on another topic has in common.
   */
  private static final int MIN_TOPIC_WORDS = 2;
  /** Words that sort things into kinds ("rootless voicings, A and B type"): they point at no sentence in particular. */
  private static final Set<String> KIND_WORDS = Terms.of("type types kind kinds sort sorts variety varieties");

  /**
   * How a sentence is built, whatever the question: the other name it defines a thing under, whether it is a remark,
   * and the words before its defining verb (null where there is no such name or verb).
   */
  private record Shape(Set<String> alias, boolean remark, Set<String> beforeVerb) {
    static Shape of(String text) {
      Matcher alias = ALIAS_DEFINED.matcher(text);
      Matcher defining = DEFINING_VERB.matcher(text);
      return new Shape(alias.lookingAt() ? ordered(alias.group(1)) : null, REMARK.matcher(text).find(),
          defining.matches() ? ordered(defining.group(1)) : null);
    }

    /** The words in the order they are written, read-only: the shape is shared by every question's scoring. */
    private static Set<String> ordered(String words) {
      return Collections.unmodifiableSet(Terms.of(words));
    }
  }

  private static final Remembered<Shape> SHAPES = new Remembered<>(Shape::of, AnswerPlan.KEPT_SENTENCES);

  private final boolean clause;
  private final Set<String> questionTerms;
  private final Set<String> subjectTerms;
  private final boolean placed;
  private final Set<String> focusTerms;
  private final Map<String, Integer> frequency = new HashMap<>();

  Relevance(Set<String> questionTerms, Set<String> subjectTerms, List<List<SourceSentence>> sentences) {
    this(questionTerms, subjectTerms, false, sentences);
  }

  /**
   * @param clause whether the subject is a clause ("recognise intervals by ear") rather than a name ("French sixth
   *     chord"): any one word of a clause may go unsaid, the first of a name may not
   */
  Relevance(Set<String> questionTerms, Set<String> subjectTerms, boolean clause, List<List<SourceSentence>> sentences) {
    this(questionTerms, subjectTerms, false, clause, sentences);
  }

  /**
   * @param placed whether the subject is a part placed in a larger thing ("development" of "the development in sonata
   *     form"): it is named as a part is, whole, and answered in its own section, so no title gives it a focus
   */
  Relevance(Set<String> questionTerms, Set<String> subjectTerms, boolean placed, boolean clause,
      List<List<SourceSentence>> sentences) {
    this.placed = placed;
    this.clause = clause;
    this.questionTerms = questionTerms;
    this.subjectTerms = subjectTerms;
    sentences.forEach(list -> list.forEach(s -> s.terms().forEach(t -> frequency.merge(t, 1, Integer::sum))));
    // A part with a section of its own is answered there, not by the sentences of the whole that mention it.
    this.focusTerms = placed ? Set.of() : focus(questionTerms, sentences);
  }

  /**
   * The question's words that the best passage's title and heading leave unsaid, when they say some of them. Asked
   * "which diatonic chord gets used the least" and answered from "Diatonic Chords in Major Keys", every sentence
   * there is about diatonic chords; the one that answers is the one saying "least".
   */
  private static Set<String> focus(Set<String> questionTerms, List<List<SourceSentence>> sentences) {
    if (sentences.isEmpty() || sentences.getFirst().isEmpty()) return Set.of();
    Set<String> focus = new LinkedHashSet<>(questionTerms);
    focus.removeAll(sentences.getFirst().getFirst().section());
    if (questionTerms.size() - focus.size() < MIN_TOPIC_WORDS) return Set.of();
    focus.removeAll(KIND_WORDS);
    return focus;
  }

  /** Scores and definitions are asked for again and again while a plan is built; each is computed once. */
  private final Map<SourceSentence, Double> scores = new IdentityHashMap<>();
  private final Map<SourceSentence, Boolean> definitions = new IdentityHashMap<>();

  double score(SourceSentence s) {
    return scores.computeIfAbsent(s, this::computeScore);
  }

  private double computeScore(SourceSentence s) {
    double score = lexical(s);
    double similarity = Double.isNaN(s.similarity()) ? 0 : s.similarity();
    if (score == 0 && similarity < SIMILARITY_ALONE) return 0;
    return score + SIMILARITY_WEIGHT * Math.max(0, similarity - SIMILARITY_FLOOR);
  }

  /**
   * What the focus words ({@link #focus}) a sentence of the best passage holds add to its claim to open the answer:
   * each counts once more. Only there, where the passage's title has already said the rest of the question; and
   * only for choosing the opening sentence, so that what follows it is kept or dropped by plain relevance.
   */
  double focusBonus(SourceSentence s) {
    if (s.passage() != 0) return 0;
    return focusTerms.stream().filter(s.terms()::contains).mapToDouble(this::weight).sum();
  }

  /** The question's words in the sentence, each weighted by its rarity, the subject's counting more. */
  double lexical(SourceSentence s) {
    double score = 0;
    for (String term : questionTerms) {
      if (s.terms().contains(term)) {
        score += weight(term);
      }
    }
    return score;
  }

  private double weight(String term) {
    return (subjectTerms.contains(term) ? SUBJECT_WEIGHT : 1.0) / Math.sqrt(frequency.getOrDefault(term, 1));
  }

  /**
   * The highest cosine similarity of the sentence to any of {@code others} from another passage, 0 where vectors are
   * missing. Sentence vectors pooled from one chunk's run share its context and sit close together whatever they
   * say, so only sentences of different passages are compared; within a passage, runs and word overlap decide.
   */
  static double redundancy(SourceSentence s, List<SourceSentence> others) {
    if (s.vector() == null) return 0;
    return others.stream().filter(o -> o.passage() != s.passage())
        .filter(o -> o.vector() != null && o.vector().length == s.vector().length)
        .mapToDouble(o -> SentenceMeaning.cosine(s.vector(), o.vector())).max().orElse(0);
  }

  /** Whether the sentence says what the subject is: a glossary entry for it, or the subject then "is", "means", ":". */
  boolean defines(SourceSentence s) {
    // "Sonata form is ..." names the whole, not the development in it.
    return definitions.computeIfAbsent(s, sentence -> defines(sentence, subjectTerms, clause && !placed));
  }

  static boolean defines(SourceSentence s, Set<String> subject) {
    return defines(s, subject, false);
  }

  private static boolean defines(SourceSentence s, Set<String> subject, boolean clause) {
    if (subject.isEmpty()) return false;
    if (!s.headword().isEmpty()) return covers(Terms.of(s.headword()), subject, clause);
    // "Its tritone is F and Cb" is about the chord named before it, not a definition of the tritone.
    if (s.leans()) return false;
    Shape shape = SHAPES.of(s.text());
    // "A neighbor six-four, also called a pedal six-four, is ...": the other name defines as well as the first.
    Set<String> other = shape.alias();
    if (other != null && other.size() <= subject.size() + EXTRA_SUBJECT_WORDS && covers(other, subject, clause)) {
      return true;
    }
    // "Pedal six-fours are also common over tonic pedals": a remark about the thing, not what it is.
    if (shape.remark() || shape.beforeVerb() == null) return false;
    Set<String> before = shape.beforeVerb();
    // The subject opens the sentence: "The Mixolydian mode is", not "To realize a figured bass means".
    boolean opens = !before.isEmpty() && subject.contains(before.iterator().next());
    return opens && before.size() <= subject.size() + EXTRA_SUBJECT_WORDS && covers(before, subject, clause);
  }

  /**
   * All of the subject's words, or all but one of three or more. A three-word name said without its first word must
   * not carry another modifier in its place: "the German sixth chord" and "the minor sixth chord" name other things
   * than the French sixth chord, while "Chord symbols are ..." names jazz chord symbols and "The Neapolitan chord"
   * the Neapolitan sixth chord. A longer subject is a clause, and any one of its words may go.
   *
   * @param words the words in the order they are written, as {@link Terms#of} gives them
   */
  private static boolean covers(Set<String> words, Set<String> subject, boolean clause) {
    List<String> missing = subject.stream().filter(word -> !words.contains(word)).toList();
    if (missing.isEmpty()) return true;
    // The kind of thing after a name goes without saying in the name's own entry: "Mixolydian: ..." defines the
    // Mixolydian mode, "Plagal: IV to I" the plagal cadence.
    if (missing.size() == 1 && subject.size() >= 2 && missing.getFirst().equals(List.copyOf(subject).getLast())
        && KINDS.contains(missing.getFirst()) && words.size() == subject.size() - 1) {
      return true;
    }
    if (missing.size() > 1 || subject.size() < 3) return false;
    List<String> name = List.copyOf(subject);
    if (clause || subject.size() > 3 || !missing.getFirst().equals(name.getFirst())) return true;
    // The rest of the name opens the words: nothing stands where the first word would.
    return List.copyOf(words).indexOf(name.get(1)) == 0;
  }

  /** The share of the subject's words in the title and heading of the sentence's section. */
  double sectionShare(SourceSentence s) {
    return subjectTerms.isEmpty() ? 0
        : subjectTerms.stream().filter(s.section()::contains).count() / (double) subjectTerms.size();
  }

  /** Whether the sentence contains all of the subject's words, or all but one of three or more. */
  boolean namesWholeSubject(SourceSentence s) {
    return !subjectTerms.isEmpty() && covers(s.terms(), subjectTerms, clause);
  }

  /** Whether the subject holds every one of {@code words}: "accelerando" of "rit accel a tempo meaning". */
  boolean subjectHolds(Set<String> words) {
    return !words.isEmpty() && subjectTerms.containsAll(words);
  }

  /** Whether {@code terms} hold all of the subject's words, or all but one of three or more. */
  boolean coversSubject(Set<String> terms) {
    return !subjectTerms.isEmpty() && covers(terms, subjectTerms, clause);
  }

  /**
   * Whether the sentence opens on the subject: at least half its words among the sentence's first three ("A pivot chord
   * belongs to ...", "A tie is ..." of "tie vs slur"), not one word of a long clause ("A seventh degree" of "why is the
   * 7th note of natural minor called subtonic").
   */
  boolean opensOnSubject(SourceSentence s) {
    Set<String> opening = s.openingTerms();
    long named = subjectTerms.stream().filter(opening::contains).count();
    return named > 0 && 2 * named >= subjectTerms.size();
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
