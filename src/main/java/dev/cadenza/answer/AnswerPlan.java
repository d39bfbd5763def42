package dev.cadenza.answer;

import dev.cadenza.question.QuestionForm;
import dev.cadenza.question.Remembered;
import dev.cadenza.question.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the sentences of an answer by the question's form. Every plan quotes runs of consecutive
 * sentences from one passage in document order, starting at the sentence that answers best (with the
 * sentence it leans on, if it leans), going on while the next stays relevant or continues a list, and
 * stopping when relevance drops. A definition leads with the sentence that defines the subject and adds an
 * example; a comparison gives each side, then a sentence naming both; lists and procedures stay whole. An answer
 * quoting one passage goes on with a short run of a second when that run nearly opened the answer itself.
 */
final class AnswerPlan {

  private static final int MAX_PROSE = 6;
  /** The best-scoring sentences tried in turn as the answer's opening before the plan gives up. */
  private static final int MAX_ANCHORS = 3;
  /** Sentences of the anchor's paragraph, the anchor among them, quoted whatever their words: a teacher reads on. */
  private static final int PARAGRAPH_PROSE = 3;
  /** A paragraph's opening sentence this short is a topic sentence: the rest of the paragraph says what it announces. */
  private static final int TOPIC_SENTENCE_WORDS = 10;
  private static final int MAX_LIST_ITEMS = 12;
  /** The most sentences one list item has that an answer quotes whole. */
  private static final int MAX_ITEM_SENTENCES = 5;
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 80;
  /** A following sentence stays while it scores at least this share of the anchor. */
  private static final double KEEP_SHARE = 0.35;
  /** A sentence from elsewhere joins a short answer only when about as relevant as the anchor and naming the subject. */
  private static final double SUPPLEMENT_SHARE = 0.25;
  private static final double DUPLICATE_OVERLAP = 0.6;
  /** Another passage's best sentence joins the answer when it scores this share of the opening sentence. */
  private static final double SECOND_SOURCE_SHARE = 0.6;
  /** A sentence this close in meaning to one already chosen says it again in other words. */
  private static final double DUPLICATE_MEANING = 0.85;
  /** Maximal marginal relevance: the share of a supplement's score that is relevance, the rest novelty. */
  private static final double MMR_LAMBDA = 0.7;
  private static final double SECTION_BONUS = 0.4;
  /** A passage whose title or heading asks why is the explanation a why question wants, whatever its words. */
  private static final double EXPLAINING_BONUS = 1.0;
  /**
   * A glossary entry written as a label and a colon: up to four words before it, an abbreviation in brackets after
   * them, and perhaps a second name after "or" ("Ritardando (rit.) or rallentando (rall.): gradually slower.").
   */
  private static final String LABEL_WORDS = "[\\w#°'/-]+(?:\\s+[\\w#°'/-]+){0,3}";
  private static final String ABBREVIATION = "(?:\\s*\\([^)]{1,20}\\))?";
  private static final Pattern ENTRY_LABEL = Pattern.compile(
      "(" + LABEL_WORDS + ")" + ABBREVIATION + "(?:\\s+or\\s+" + LABEL_WORDS + ABBREVIATION + ")?:\\s");
  private static final Pattern TASK = Pattern.compile(
      "(?i)^(?:(?:in|at|for|on|after)\\s+[^,]{1,40},\\s+)?(?:find|locate|mark|name|identify|spell|write|label|compare|try|play|sing|listen|practice|practise)\\b.*");
  private static final Pattern EXAMPLE = Pattern.compile(
      "(?i)\\b(?:for example|for instance|such as|e\\.g\\.|in [A-G][#b]? (?:major|minor)|as in)\\b");
  private static final Pattern FUNCTION = Pattern.compile(
      "(?i)\\b(?:resolv\\w*|leads?|moves?|goes|pulls?|creat\\w*|function\\w*|used|purpose|because|so that|role"
          + "|tension|release|prepar\\w*|avoid\\w*|rises?|falls?|ascends?|descends?|up|down|by step)\\b");

  /** Words that state when a rule holds: "only between the outer voices", "acceptable if the soprano moves by step". */
  private static final Pattern CONDITION = Pattern.compile(
      "(?i)\\b(?:only|if|unless|except|acceptable|allowed|objectionable|forbidden|permitted|avoided|exceptions?)\\b");
  private static final double CONDITION_BONUS = 0.5;
  /** A sentence about the page itself ("This page builds those textures step by step") tells what it covers, not the answer. */
  private static final Pattern ABOUT_THE_PAGE = Pattern.compile(
      "(?i)\\b(?:this|the\\s+next|the\\s+following)\\s+(?:page|section|chapter|lesson|guide|article|document)\\b|\\bthe good news\\b");

  /** How many library sentences the readings below are kept for: more than the shipped library has. */
  static final int KEPT_SENTENCES = 32_768;

  /** What the patterns above say of a sentence, whatever the question. */
  private record Marks(boolean function, boolean condition, boolean example, boolean aboutThePage, boolean task,
      String entryLabel) {
    static Marks of(String text) {
      Matcher label = ENTRY_LABEL.matcher(text);
      return new Marks(FUNCTION.matcher(text).find(), CONDITION.matcher(text).find(), EXAMPLE.matcher(text).find(),
          ABOUT_THE_PAGE.matcher(text).find(), TASK.matcher(text).matches(), label.lookingAt() ? label.group(1) : "");
    }
  }

  /** Kept by sentence: the same library sentences are scored question after question. */
  private static final Remembered<Marks> MARKS = new Remembered<>(Marks::of, KEPT_SENTENCES);

  private final Relevance relevance;
  private final List<List<SourceSentence>> passages;
  private final QuestionForm form;
  private final Set<Integer> explaining;
  private final boolean conditions;
  private final List<SourceSentence> chosen = new ArrayList<>();

  AnswerPlan(QuestionForm form, Relevance relevance, List<List<SourceSentence>> passages) {
    this(form, relevance, passages, Set.of());
  }

  /**
   * @param explaining the passages that set out to answer the question: for a why question those whose section says
   *     why ("Why the Dominant Resolves to the Tonic"), for a part of a whole the section headed by the part
   */
  AnswerPlan(QuestionForm form, Relevance relevance, List<List<SourceSentence>> passages, Set<Integer> explaining) {
    this(form, relevance, passages, explaining, false);
  }

  /**
   * @param conditions whether the question asks when something is allowed ("are hidden fifths always wrong?", "can
   *     the 7th ever go up?"): the rule's conditions answer it, and a list of them stays whole
   */
  AnswerPlan(QuestionForm form, Relevance relevance, List<List<SourceSentence>> passages, Set<Integer> explaining,
      boolean conditions) {
    this.conditions = conditions;
    this.explaining = explaining;
    this.form = form;
    this.relevance = relevance;
    this.passages = passages;
  }

  /** The sentences of the answer in the order they are to be read; empty when nothing relevant was found. */
  List<SourceSentence> compose(List<Set<String>> sides) {
    if (form == QuestionForm.COMPARISON && sides.size() >= 2) {
      new ComparisonPlan(this, relevance).compose(sides);
      if (!chosen.isEmpty()) {
        // A short comparison goes on with what else the passages say of its sides.
        supplement(chosen.stream().mapToDouble(relevance::score).max().orElse(0), sides);
        return chosen;
      }
    }
    // An anchor whose run comes to nothing (a lead-in to a table, "the bar-by-bar plan is:") gives way to the next.
    Set<SourceSentence> tried = new HashSet<>();
    double anchorScore = 0;
    double opening = 0;
    for (int attempt = 0; attempt < MAX_ANCHORS && chosen.isEmpty(); attempt++) {
      Optional<SourceSentence> anchor = best(s -> tried.contains(s) ? 0 : anchorScore(s)).map(this::explanationStart);
      if (anchor.isEmpty()) return chosen;
      tried.add(anchor.get());
      anchorScore = relevance.score(anchor.get());
      opening = anchorScore(anchor.get());
      addRun(anchor.get(), anchorScore, MAX_PROSE);
    }
    if (chosen.isEmpty()) return chosen;
    if (form == QuestionForm.DEFINITION) addNamedEntries();
    if (form == QuestionForm.DEFINITION || form == QuestionForm.EXAMPLE) addExample();
    if (form == QuestionForm.LIST && chosen.stream().noneMatch(SourceSentence::listItem)) addList();
    if (conditions) addConditions();
    addSecondSource(opening);
    supplement(anchorScore, List.of());
    return chosen;
  }

  /**
   * A why answer found in a section that sets out to explain and is headed by the whole subject ("Why the Dominant
   * Resolves to the Tonic — The leading tone") starts where the section does: its reasons run from its first sentence.
   */
  private SourceSentence explanationStart(SourceSentence anchor) {
    if (!explaining.contains(anchor.passage())) return anchor;
    return passages.get(anchor.passage()).stream().filter(s -> !s.heading() && quotable(s))
        .findFirst().orElse(anchor);
  }

  private double anchorScore(SourceSentence s) {
    // Within the best passage, the sentence saying what the question asks about its topic ("the iii chord is the least
    // used") opens the answer before the topic's first sentence.
    double score = relevance.score(s) + relevance.focusBonus(s);
    // A lead-in ("the bar-by-bar plan is:") answers through its list, so a list saying nothing of the question none.
    if (s.announcesList() && !relevantList(s)) return 0;
    // An answer opens on the question's own words, or in a section whose title names the whole subject
    // ("Sentence" over "the presentation states a basic idea"); closeness in meaning alone may only follow.
    if (relevance.lexical(s) == 0 && relevance.sectionShare(s) < 1) return 0;
    if (relevance.defines(s)) score += form == QuestionForm.DEFINITION ? 1.0 : 0.4;
    // A section headed by the subject ("Figured bass", "The Neapolitan sixth") is about it.
    score += SECTION_BONUS * relevance.sectionShare(s);
    // A why question is answered where the text sets out to explain why, though its heading may name the thing otherwise.
    if (explaining.contains(s.passage())) score += EXPLAINING_BONUS;
    if (form == QuestionForm.FUNCTION && marks(s).function()) score += 0.3;
    if (conditions && marks(s).condition()) score += CONDITION_BONUS;
    if (form == QuestionForm.EXAMPLE && marks(s).example()) score += 0.5;
    if ((form == QuestionForm.LIST || form == QuestionForm.PROCEDURE) && s.announcesList()) score += 0.5;
    // What the page covers ("This page builds those textures step by step") is no answer to what it teaches.
    if (marks(s).aboutThePage()) score *= 0.5;
    if (s.leans()) score *= 0.9;
    // Earlier passages and earlier sentences (often the definition) win ties.
    return score + 0.15 / (s.passage() + 1) + 0.05 / (s.position() + 1);
  }

  /** Whether any item of the list {@code announcement} introduces scores for the question. */
  private boolean relevantList(SourceSentence announcement) {
    List<SourceSentence> passage = passages.get(announcement.passage());
    for (int i = announcement.position() + 1; i < passage.size() && passage.get(i).listItem(); i++) {
      if (relevance.score(passage.get(i)) > 0) return true;
    }
    return false;
  }

  /** Whether any sentence of the passages holds {@code term}. */
  boolean says(String term) {
    return passages.stream().flatMap(List::stream).anyMatch(s -> s.terms().contains(term));
  }

  /** The best-scoring quotable sentence not yet chosen; a leaning one only if its antecedent can come along. */
  Optional<SourceSentence> best(java.util.function.ToDoubleFunction<SourceSentence> score) {
    SourceSentence best = null;
    double bestScore = 0;
    // In document order, so that of equal scores the earlier passage, then the earlier sentence, wins.
    for (List<SourceSentence> passage : passages) {
      for (SourceSentence s : passage) {
        if (s.heading() || !quotableAlone(s) || s.leans() && antecedentStart(s).isEmpty()) continue;
        double value = score.applyAsDouble(s);
        // Only a sentence that would win is compared with those already chosen, the dearest test.
        if (value > bestScore && newBesideChosen(s)) {
          best = s;
          bestScore = value;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean quotable(SourceSentence s) {
    return quotableAlone(s) && newBesideChosen(s);
  }

  /** Whether the sentence could be quoted at all: its length and kind. */
  private boolean quotableAlone(SourceSentence s) {
    int words = s.words();
    return words >= MIN_WORDS && words <= MAX_WORDS && !s.text().startsWith("|") && !s.asks()
        && !marks(s).task() && !foreignEntry(s);
  }

  /** Whether the sentence says something the sentences chosen so far do not, in words or in meaning. */
  private boolean newBesideChosen(SourceSentence s) {
    return !chosen.contains(s) && chosen.stream().noneMatch(c -> repeated(s.terms(), c.terms()) > DUPLICATE_OVERLAP
        && !otherEntries(s, c))
        && Relevance.redundancy(s, chosen) < DUPLICATE_MEANING;
  }

  /**
   * Glossary entries for two terms say different things however alike their words ("Contrary motion: two voices move
   * in opposite directions" after "Similar motion: two voices move in the same direction").
   */
  private static boolean otherEntries(SourceSentence a, SourceSentence b) {
    return !entryTerm(a).isEmpty() && !entryTerm(b).isEmpty() && !entryTerm(a).equalsIgnoreCase(entryTerm(b));
  }

  /** The term a glossary entry defines, as a headword or a short label before a colon ("Contrary motion: ..."); else empty. */
  static String entryTerm(SourceSentence s) {
    return s.headword().isEmpty() ? marks(s).entryLabel() : s.headword();
  }

  private static Marks marks(SourceSentence s) {
    return MARKS.of(s.text());
  }

  /**
   * A glossary entry for another term ("Picardy third: ..." next to "Pivot chord: ...") says nothing about what a
   * named subject is unless it names it. Other forms ask about several things or about a clause, which such an entry
   * may well serve ("Interval recognition: ..." for "how to recognise intervals by ear").
   */
  private boolean foreignEntry(SourceSentence s) {
    return (form == QuestionForm.DEFINITION || form == QuestionForm.EXAMPLE) && !s.headword().isEmpty()
        && !relevance.defines(s) && !relevance.namesWholeSubject(s) && !relevance.subjectHolds(Terms.of(s.headword()));
  }

  /**
   * Where the run quoting {@code s} must start: at the nearest earlier sentence that does not lean, two back at most,
   * or the first sentence of its list item.
   */
  private Optional<Integer> antecedentStart(SourceSentence s) {
    List<SourceSentence> passage = passages.get(s.passage());
    // A later sentence of a list item leans on the item's first, however many sentences the item has.
    int reach = s.continuesItem() ? MAX_ITEM_SENTENCES : 2;
    for (int i = s.position() - 1; i >= Math.max(0, s.position() - reach); i--) {
      SourceSentence before = passage.get(i);
      if (before.listItem() != s.listItem() && !before.announcesList()) return Optional.empty();
      if (!before.leans()) return Optional.of(i);
    }
    return Optional.empty();
  }

  /** The anchor with what it leans on, then the sentences after it while they stay relevant; lists stay whole. */
  void addRun(SourceSentence anchor, double anchorScore, int maxProse) {
    List<SourceSentence> passage = passages.get(anchor.passage());
    int start = anchor.leans() ? antecedentStart(anchor).orElse(anchor.position()) : anchor.position();
    // The sentence opening the anchor's paragraph sets it up ("In natural minor, the seventh degree lies a whole step
    // below the tonic." before "A seventh degree in that position is called the subtonic"): it comes too when it
    // speaks to the question as much as the run's sentences must. An anchor opening on the subject ("A pivot chord
    // belongs to both keys"), a definition among them, leads its answer all the same.
    if (start == anchor.position() && start > 0 && !anchor.listItem() && !relevance.defines(anchor)
        && !relevance.opensOnSubject(anchor)) {
      SourceSentence before = passage.get(start - 1);
      boolean opensParagraph = start == 1 || passage.get(start - 2).paragraph() != before.paragraph();
      boolean standsAlone = !before.heading() && !before.listItem() && !before.leans()
          && Character.isUpperCase(before.text().codePointAt(0));
      if (opensParagraph && before.paragraph() == anchor.paragraph() && standsAlone
          && relevance.score(before) >= KEEP_SHARE * anchorScore) {
        start--;
      }
    }
    boolean wholeList = form == QuestionForm.LIST || form == QuestionForm.PROCEDURE || conditions;
    if (anchor.listItem() && !anchor.leans() && wholeList) start = listStart(passage, anchor.position());
    // A list of glossary entries ("Types of Motion": contrary, similar, parallel, oblique) is kept whole from its first.
    if (!anchor.listItem() && !entryTerm(anchor).isEmpty() && form == QuestionForm.LIST) {
      start = entriesStart(passage, anchor.position());
    }
    // A short sentence opening its paragraph announces what the paragraph says ("The ending follows a fixed pattern.").
    boolean topicSentence = !anchor.listItem() && anchor.words() <= TOPIC_SENTENCE_WORDS
        && (anchor.position() == 0 || passage.get(anchor.position() - 1).paragraph() != anchor.paragraph());
    int prose = 0;
    int items = 0;
    SourceSentence previous = null;
    for (int i = start; i < passage.size(); i++) {
      SourceSentence s = passage.get(i);
      boolean inList = s.listItem() && previous != null && (previous.announcesList() || previous.listItem())
          && (wholeList || previous.announcesList() || !anchor.listItem());
      // A paragraph goes on for as long as its sentences lean on the one quoted before them.
      boolean continues = s.leans() && previous != null && (s.paragraph() == previous.paragraph() || prose < 2)
          // A paragraph goes on explaining in words of its own ("Tritone substitution replaces ..." then "The most
          // quoted example swaps G7 for Db7 ...", or "Composers raise the seventh degree ...").
          || s.paragraph() == anchor.paragraph() && prose < PARAGRAPH_PROSE
          || topicSentence && s.paragraph() == anchor.paragraph() && prose < MAX_PROSE;
      // "Typical techniques:" ending the quoted paragraph brings its list along.
      boolean announces = s.announcesList() && previous != null && s.paragraph() == previous.paragraph();
      // A list item is quoted whole: its later sentences go with its first.
      boolean sameItem = s.continuesItem() && previous != null && previous.listItem();
      boolean wanted = i <= anchor.position() || inList || announces || sameItem
          || !s.listItem() && !marks(s).task()
              && (relevance.score(s) >= KEEP_SHARE * anchorScore || continues);
      // What the anchor leans on may already be quoted (the lead-in both sides of a comparison lean on).
      if (i < anchor.position() && chosen.contains(s)) continue;
      // A question the text asks its reader is left out, the sentence after it answering it; in a list it is the item
      // itself ("1. Is the first A section harmonically closed? If yes, ternary is likely ..."), a test to apply.
      if (s.asks() && i > anchor.position() && !inList) continue;
      // What the page goes on to cover ("This page defines the phrase, ...") is no part of the answer.
      if (marks(s).aboutThePage() && i > anchor.position()) continue;
      if (!wanted || chosen.contains(s) || i > anchor.position() && foreignEntry(s)) break;
      // The anchor and what it leans on always come; the limits apply to what follows them.
      boolean over = s.listItem() ? ++items > MAX_LIST_ITEMS : ++prose > maxProse;
      if (over && i > anchor.position()) break;
      chosen.add(s);
      previous = s;
    }
    // A sentence announcing a list ("Its parts are:") is no answer without the list, a lead-in none without its paragraph.
    while (!chosen.isEmpty() && (chosen.getLast().announcesList() || chosen.getLast().heading())) chosen.removeLast();
  }

  /** The announcement or first item of the list that holds the item at {@code position}. */
  private static int listStart(List<SourceSentence> passage, int position) {
    int i = position;
    while (i > 0 && passage.get(i - 1).listItem()) i--;
    return i > 0 && passage.get(i - 1).announcesList() ? i - 1 : i;
  }

  /** The first of the glossary entries (paragraphs, not list items) running up to the one at {@code position}. */
  private static int entriesStart(List<SourceSentence> passage, int position) {
    int i = position;
    while (i > 0 && !passage.get(i - 1).listItem() && !entryTerm(passage.get(i - 1)).isEmpty()) i--;
    return i;
  }

  /** A list question gets the list: the one whose announcement or items say most about the question, whole. */
  private void addList() {
    passages.stream().flatMap(List::stream)
        .filter(s -> s.listItem() && (s.position() == 0 || !passages.get(s.passage()).get(s.position() - 1).listItem()))
        .max(Comparator.comparingDouble(this::listScore).thenComparing(s -> -s.passage()))
        .filter(first -> listScore(first) > 0)
        .ifPresent(first -> addRun(first, Double.MAX_VALUE, 1));
  }

  /**
   * A question about when a rule holds gets the rule's conditions ("only between the outer voices", "acceptable if the
   * soprano moves by step") when the answer so far states none: the best sentence stating one, with its list whole.
   */
  private void addConditions() {
    if (chosen.stream().anyMatch(s -> marks(s).condition())) return;
    double anchorScore = relevance.score(chosen.getFirst());
    best(s -> marks(s).condition() && relevance.score(s) >= KEEP_SHARE * anchorScore ? relevance.score(s) : 0)
        .ifPresent(s -> {
          List<SourceSentence> passage = passages.get(s.passage());
          addRun(s.listItem() ? passage.get(listStart(passage, s.position())) : s, relevance.score(s), 1);
        });
  }

  /** The relevance of a list: its announcement's and its items', the announcement counting double. */
  private double listScore(SourceSentence first) {
    List<SourceSentence> passage = passages.get(first.passage());
    int start = listStart(passage, first.position());
    double score = start < first.position() ? 2 * relevance.score(passage.get(start)) : 0;
    for (int i = first.position(); i < passage.size() && passage.get(i).listItem(); i++) {
      score += relevance.score(passage.get(i));
    }
    return score;
  }

  /**
   * A question naming several terms ("rit accel a tempo meaning") gets the glossary entry of each, in the order the
   * passages give them.
   */
  private void addNamedEntries() {
    List<SourceSentence> named = passages.stream().flatMap(List::stream)
        .filter(s -> relevance.subjectHolds(Terms.of(entryTerm(s)))).toList();
    if (named.stream().map(AnswerPlan::termKey).distinct().count() < 2) return;
    // One entry a term: a second glossary's entry for it says the same again.
    Set<String> given = new HashSet<>();
    chosen.stream().filter(s -> !entryTerm(s).isEmpty()).forEach(s -> given.add(termKey(s)));
    named.stream().filter(this::quotable).filter(s -> given.add(termKey(s))).forEach(chosen::add);
  }

  private static String termKey(SourceSentence entry) {
    return String.join(" ", Terms.of(entryTerm(entry)));
  }

  /**
   * An answer quoting one passage goes on with the best run of another when that would nearly have opened the answer
   * itself: a second text often states what the first takes for granted.
   */
  private void addSecondSource(double opening) {
    int anchorPassage = chosen.getFirst().passage();
    if (opening <= 0 || chosen.stream().anyMatch(s -> s.passage() != anchorPassage)) return;
    best(s -> {
      if (s.passage() == anchorPassage || s.listItem() || s.announcesList() || marks(s).aboutThePage()) return 0;
      double score = anchorScore(s);
      return score >= SECOND_SOURCE_SHARE * opening ? score : 0;
    }).ifPresent(s -> addRun(s, relevance.score(s), 2));
  }

  /** A definition ends with an example when the anchor's passage or another has one about the subject. */
  private void addExample() {
    if (chosen.stream().anyMatch(s -> marks(s).example())) return;
    best(s -> marks(s).example() && !s.leans() && !s.listItem() ? relevance.score(s) : 0)
        .filter(s -> relevance.score(s) >= KEEP_SHARE * relevance.score(chosen.getFirst()))
        .ifPresent(chosen::add);
  }

  /**
   * Sentences from anywhere in the passages while the answer is short: each stands on its own (it leans on
   * nothing), names the subject (the whole subject when from another passage than the anchor's, so that "third" in
   * third-species counterpoint does not join an answer about the Picardy third) or one whole side of a comparison,
   * says nothing of the page itself, and scores at least {@link #SUPPLEMENT_SHARE} of the anchor; among those, the one
   * best balancing relevance against closeness to what is already said (maximal marginal relevance).
   */
  private void supplement(double anchorScore, List<Set<String>> sides) {
    int anchorPassage = chosen.getFirst().passage();
    while (chosen.stream().filter(s -> !s.listItem()).count() < MAX_PROSE) {
      Optional<SourceSentence> next = best(s -> s.leans() || s.listItem() || s.announcesList()
          || marks(s).aboutThePage()
          || !(s.passage() == anchorPassage ? relevance.namesSubject(s) : relevance.namesWholeSubject(s))
              && sides.stream().noneMatch(side -> Relevance.share(s, side) == 1)
          || relevance.score(s) < SUPPLEMENT_SHARE * anchorScore ? 0
          : marginal(s, anchorScore));
      if (next.isEmpty()) return;
      chosen.add(next.get());
    }
  }

  /** Relevance (as a share of the anchor's, a definition counting extra) less closeness to the sentences chosen. */
  private double marginal(SourceSentence s, double anchorScore) {
    double relevant = (relevance.score(s) + (relevance.defines(s) ? 0.5 : 0)) / anchorScore;
    // Kept above zero: every candidate here is relevant enough, novelty only orders them.
    return Math.max(1e-9, MMR_LAMBDA * relevant - (1 - MMR_LAMBDA) * Relevance.redundancy(s, chosen));
  }

  /** The share of a candidate's words that a chosen sentence already says. */
  private static double repeated(Set<String> candidate, Set<String> said) {
    if (candidate.isEmpty()) return 1;
    return candidate.stream().filter(said::contains).count() / (double) candidate.size();
  }
}
