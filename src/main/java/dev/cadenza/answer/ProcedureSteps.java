package dev.cadenza.answer;

import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps of a procedure as a textbook gives them: a how-to page opens each of its sections with what to do ("Set
 * up everything you can before the first playing.", "On the first playing, do not write.", "After each hearing, sing
 * back a chunk on solfege syllables."). The steps are those opening instructions, section by section in document
 * order, taken from the one document whose steps answer the question best.
 */
final class ProcedureSteps {

  /** Fewer instructions than this make no procedure; the ordinary plan answers instead. */
  static final int MIN_STEPS = 2;
  private static final int MAX_STEPS = 8;
  /** Instructions taken from the opening of one section. */
  private static final int PER_SECTION = 2;
  private static final int MAX_WORDS = 60;

  /** Verbs a textbook opens an instruction with, in the imperative. */
  private static final Set<String> IMPERATIVES = Set.of("add", "aim", "alternate", "analyse", "analyze", "anchor",
      "apply", "ask", "avoid", "begin", "build", "check", "choose", "clap", "compare", "conduct", "connect", "count",
      "decide", "determine", "double", "draw", "find", "focus", "hear", "hum", "identify", "imagine", "keep",
      "label", "learn", "listen", "locate", "look", "mark", "memorise", "memorize", "move", "name", "note", "notice",
      "place", "play", "practise", "practice", "prepare", "put", "read", "record", "remember", "repeat", "resolve",
      "say", "scan", "set", "sing", "sketch", "spell", "spend", "start", "stop", "take", "tap", "think",
      "translate", "transpose", "try", "use", "work", "write");
  /** A word after the verb that makes it a noun or a third-person subject: "Practice makes", "Double sharps are", "Lead sheets". */
  private static final Pattern NOT_IMPERATIVE = Pattern.compile(
      "^\\S+\\s+(?:(?:\\S+\\s+)?(?:is|are|was|were|has|have|can|may|will|would|makes|means|becomes)|sheets?|leading|of"
          + "|and)\\b.*");
  /** An opening phrase before the instruction: "On the first playing, ", "After each hearing, ", "First, ". */
  private static final Pattern OPENING_PHRASE = Pattern.compile("^[^,]{1,40},\\s+");
  private static final Pattern ADVERB = Pattern.compile("^(?:(?:do\\s+not|don't|never|always|then|also|first|next)\\s+)?");

  private ProcedureSteps() {}

  /**
   * The steps, or an empty list when no document among {@code read} opens at least {@link #MIN_STEPS} of its sections
   * (or one section with that many) with instructions relevant to the question.
   */
  static List<SourceSentence> of(List<Passage> read, List<List<SourceSentence>> sentences, Relevance relevance) {
    Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    for (int p = 0; p < read.size(); p++) {
      byDocument.computeIfAbsent(read.get(p).chunk().docId(), doc -> new ArrayList<>()).add(p);
    }
    List<SourceSentence> best = List.of();
    double bestScore = 0;
    for (List<Integer> passages : byDocument.values()) {
      // Steps from a page about something else teach nothing: "play the roots" of a lead-sheet page for a polyrhythm,
      // or the soprano line of harmonic dictation for tips on melodic dictation. The page's titles must name the task.
      if (!relevance.coversSubject(titles(passages, read))) continue;
      // A page retrieval ranks below another gives steps for a neighbouring task: finding a piece's key for "how do i
      // find the parallel minor".
      if (!passages.contains(0)) continue;
      List<SourceSentence> steps = new ArrayList<>();
      passages.stream().sorted(Comparator.comparingInt(p -> read.get(p).chunk().position()))
          .forEach(p -> steps.addAll(opening(sentences.get(p))));
      List<SourceSentence> kept = steps.subList(0, Math.min(MAX_STEPS, steps.size()));
      // A document about the subject (its sections or its steps name it) outranks one that merely instructs.
      double score = kept.stream().mapToDouble(s -> relevance.lexical(s) + relevance.sectionShare(s)).sum();
      if (kept.size() >= MIN_STEPS && score > bestScore) {
        best = List.copyOf(kept);
        bestScore = score;
      }
    }
    return best;
  }

  /** The words of the document's title and of the headings of its passages read. */
  private static Set<String> titles(List<Integer> passages, List<Passage> read) {
    Set<String> words = new java.util.HashSet<>();
    for (int p : passages) {
      words.addAll(Terms.of(read.get(p).chunk().title() + " " + read.get(p).chunk().heading()));
    }
    return words;
  }

  /**
   * The instructions a section opens with, before its first sentence that tells rather than instructs, and then its
   * first list when that is a list of instructions ("- Sing a few short melodies every day ... - Record yourself ..."):
   * the list whole, each item with the sentences that go on from it.
   */
  private static List<SourceSentence> opening(List<SourceSentence> section) {
    List<SourceSentence> steps = new ArrayList<>();
    for (SourceSentence s : section) {
      if (s.heading() && steps.isEmpty()) continue;
      // The first step stands on its own; a later one may lean on the step before it ("Write it on the staff.").
      boolean step = instructs(s.text()) && !s.asks() && !s.listItem() && s.words() <= MAX_WORDS
          && (!steps.isEmpty() || !s.leans());
      if (!step || steps.size() == PER_SECTION) break;
      steps.add(s);
    }
    section.stream().filter(s -> s.listItem() && !s.continuesItem()).findFirst()
        .map(first -> instructionList(section, first))
        .ifPresent(list -> list.stream().filter(s -> !steps.contains(s)).forEach(steps::add));
    return steps;
  }

  /**
   * The list that opens at {@code first}, item by item up to the first that does not instruct, after the sentence
   * that announces it ("Legato pedalling ... solves this by changing the pedal slightly after the new chord sounds:").
   */
  private static List<SourceSentence> instructionList(List<SourceSentence> section, SourceSentence first) {
    List<SourceSentence> items = new ArrayList<>();
    int at = section.indexOf(first);
    for (SourceSentence s : section.subList(at, section.size())) {
      boolean goesOn = s.continuesItem() && !items.isEmpty();
      if (!goesOn && !(s.listItem() && !s.continuesItem() && instructs(s.text()) && s.words() <= MAX_WORDS)) break;
      items.add(s);
    }
    SourceSentence before = at > 0 ? section.get(at - 1) : null;
    if (!items.isEmpty() && before != null && before.text().endsWith(":") && !before.heading()) items.addFirst(before);
    return items;
  }

  /** Whether the sentence tells the reader what to do: it opens, perhaps after a short phrase, with an imperative. */
  static boolean instructs(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return imperative(lower) || imperative(OPENING_PHRASE.matcher(lower).replaceFirst(""));
  }

  private static boolean imperative(String clause) {
    String rest = ADVERB.matcher(clause).replaceFirst("");
    return IMPERATIVES.contains(rest.split("[^\\p{L}]+", 2)[0]) && !NOT_IMPERATIVE.matcher(rest).matches();
  }
}
