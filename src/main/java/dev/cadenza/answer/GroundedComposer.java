package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.QuestionForm;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.LibraryWords;
import dev.cadenza.retrieve.Passage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded answerer: no model, no invented text. It reads the question's form (definition,
 * function, comparison, list, procedure, example), quotes the passage sentences that plan calls for in
 * document order with their citations ({@link AnswerPlan}), and puts the theory engine's exact facts
 * first. When the passages lack the question's key words, or are far from it in meaning, it says its
 * sources do not cover the question and names the nearest topics they do cover.
 */
public final class GroundedComposer implements Answerer {

  public static final String NAME = "embedded";
  public static final String NOT_COVERED =
      "My sources don't cover this question, so I won't guess. Try rephrasing it with music-theory terms,"
          + " or ask a curator to add a document about it.";

  /**
   * @param passagesRead how many top passages sentences are drawn from
   */
  public record Options(int passagesRead) {
    public static final Options DEFAULT = new Options(5);

    public Options {
      if (passagesRead < 1) throw new IllegalArgumentException("illegal passagesRead: " + passagesRead + ", must be >= 1");
    }
  }

  /** The most key words a named thing has ("Vandermeer progression in jazz", "Zorblatt cadence"). */
  private static final int MAX_NAME_WORDS = 3;
  /** A part placed in the whole it belongs to: "development in sonata form", "bridge in rhythm changes". */
  private static final Pattern PLACED = Pattern.compile("(?i)((?:\\S+\\s+){0,2}\\S+)\\s+in\\s+(?:a\\s+|an\\s+|the\\s+)?\\S.*");
  /**
   * A question about when something is allowed: "are hidden octaves always wrong?", "can the 7th ever go up?", "when are
   * hidden octaves actually a problem".
   */
  private static final Pattern CONDITIONS_ASKED = Pattern.compile("(?i)^\\W*(?:\\w+\\W+){0,4}?(?:is|are|can|may|should|do|does)"
      + "\\b.*\\b(?:always|ever|never|allowed|ok|okay|fine|wrong|bad|forbidden|acceptable|legal|illegal|problems?"
      + "|exceptions?)\\b.*");
  private static final Pattern WHY = Pattern.compile("(?i)\\W*why\\b");
  private static final Pattern HEARING = Pattern.compile("(?i)\\b(?:hear|hearing|by\\s+ear|sounds?\\s+like|listen\\w*)\\b");
  private static final String EAR_TRAINING = "ear-training";
  private static final Pattern HOW = Pattern.compile("(?i)\\W*how\\b");
  /**
   * The verb of a how-to question: "count" of "how do you count cut time", "voice" of "how to voice a ii V I"; verbs
   * that say little of the task ("get", "make", "do") name no section.
   */
  private static final Pattern ASKED_VERB = Pattern.compile("(?i)\\bhow\\s+(?:(?:do|can|should)\\s+(?:i|you|u|we|one)|to)\\s+"
      + "(?!(?:do|get|make|know|tell|go|have|be|deal|handle|use)\\b)([a-z]+)");
  private static final Pattern NOTE_NAME = Pattern.compile("[a-g](?:#{1,2}|b{1,2}|x)?\\d?");
  /** A question with this many key words beyond its exact facts asks more than they answer. */
  private static final int OPEN_PART_TERMS = 2;
  /**
   * A size or degree the exact facts write in digits ("degree 6", "m6"): one written in digits ("the 6th degree", "a
   * minor 6th"), which {@link Terms} writes in words, or a degree in words ("the sixth degree").
   */
  private static final Pattern NUMBERED = Pattern.compile("(?i)\\b\\d+(?:st|nd|rd|th)\\b"
      + "|\\b(?:first|second|third|fourth|fifth|sixth|seventh)(?=\\s+(?:scale\\s+)?degree)");
  /** Words that ask for the facts themselves ("spell", "notes of", "what chord"), as {@link Terms} writes them. */
  private static final Set<String> ASKS_FOR_FACTS = Set.of("spell", "note", "chord", "triad", "interval", "key", "scal",
      "numeral", "roman", "signatur", "name", "identify", "writ", "build", "find", "play");

  private final Options options;
  private final LibraryWords libraryWords;

  /** With {@code libraryWords} telling the words common across the library from those that name a topic. */
  public GroundedComposer(Options options, LibraryWords libraryWords) {
    this.options = options;
    this.libraryWords = libraryWords;
  }

  public GroundedComposer(Options options) {
    this(options, LibraryWords.NONE);
  }

  public GroundedComposer() {
    this(Options.DEFAULT);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Draft answer(GenerationRequest request) {
    List<Passage> read = request.passages().subList(0, Math.min(options.passagesRead(), request.passages().size()));
    String facts = String.join(" ", request.exactFacts());
    Coverage coverage = new Coverage(read, libraryWords);
    Set<String> questionTerms = coverage.aligned(Terms.of(request.question()));
    if (!facts.isEmpty()) {
      // "passing diminished chord between Cmaj7 and Dm7": the spellings are facts the question names, not its answer,
      // which the passages give after them.
      if (beyondFacts(request.question(), questionTerms, facts).size() >= OPEN_PART_TERMS) {
        Draft open = composed(request, read, coverage, questionTerms);
        if (open.covered()) return new Draft(facts + " " + open.text(), true);
      }
      return new Draft(withContext(facts, request.question(), questionTerms, read), true);
    }
    return composed(request, read, coverage, questionTerms);
  }

  /**
   * The question's key words that the exact facts do not contain, leaving out notes and symbols with digits, and sizes
   * and degrees that the facts write in digits ({@link #NUMBERED}).
   */
  static Set<String> beyondFacts(String question, Set<String> questionTerms, String facts) {
    Set<String> beyond = Coverage.keyTerms(questionTerms);
    beyond.removeAll(Terms.of(facts));
    beyond.removeIf(term -> NOTE_NAME.matcher(term).matches() || term.chars().anyMatch(Character::isDigit)
        || ASKS_FOR_FACTS.contains(term));
    Matcher numbered = NUMBERED.matcher(question);
    while (numbered.find()) beyond.removeAll(Terms.of(numbered.group()));
    return beyond;
  }

  /** The answer composed from the passages by the question's form, or the refusal when they do not cover it. */
  private Draft composed(GenerationRequest request, List<Passage> read, Coverage coverage, Set<String> questionTerms) {
    QuestionForm.Reading reading = QuestionForm.read(request.question());
    Set<String> subject = coverage.aligned(Terms.of(reading.subject()));
    // A why or how question's subject is a whole clause ("the dominant chord lead back to the tonic"), and so is any
    // subject of more key words than a name has ("which note is doubled in a Neapolitan sixth"): enough of its key
    // words must be in the passages, not every one, so only a named thing must appear whole.
    boolean clause = reading.form() == QuestionForm.FUNCTION || reading.form() == QuestionForm.PROCEDURE
        || Coverage.keyTerms(subject).size() > MAX_NAME_WORDS;
    if (read.isEmpty() || coverage.lacks(questionTerms, clause ? Set.of() : subject, read)) {
      return new Draft(Coverage.refusal(read), false);
    }
    List<List<SourceSentence>> sentences = byEar(request.question(), read, SourceSentence.of(read));
    Part part = Part.of(reading.subject(), coverage, read, sentences);
    // The part asked about is the subject within the passages on the whole: "development", not "sonata form".
    boolean placed = !part.words().isEmpty();
    Relevance relevance = new Relevance(questionTerms, placed ? part.words() : subject.isEmpty() ? questionTerms : subject,
        placed, clause, sentences);
    List<Set<String>> sides = reading.sides().stream().map(side -> coverage.aligned(Terms.of(side))).toList();
    List<SourceSentence> chosen = reading.form() == QuestionForm.PROCEDURE ? ProcedureSteps.of(read, sentences, relevance)
        : List.of();
    if (chosen.isEmpty()) {
      Set<Integer> answering = new HashSet<>(explaining(request.question(), questionTerms, read));
      if (reading.form() == QuestionForm.PROCEDURE) answering.addAll(howTo(request.question(), questionTerms, read));
      answering.addAll(part.headed());
      boolean conditions = CONDITIONS_ASKED.matcher(request.question()).matches();
      chosen = new AnswerPlan(reading.form(), relevance, sentences, answering, conditions).compose(sides);
    }
    if (chosen.isEmpty() || Coverage.unanswered(request.question(), questionTerms, chosen)) {
      return new Draft(Coverage.refusal(read), false);
    }
    // A comparison reads side by side; any other answer reads one source at a time.
    return new Draft(render(reading.form() == QuestionForm.COMPARISON ? chosen : bySource(chosen)), true);
  }

  /**
   * The sentences grouped by the passage they come from, in the order each passage was first quoted, each group in the
   * order chosen: a sentence added from the opening passage after one from another ("Alternate the two types ..." after
   * a shell voicing) joins its own passage's sentences instead of interrupting.
   */
  static List<SourceSentence> bySource(List<SourceSentence> chosen) {
    Map<Integer, List<SourceSentence>> groups = new LinkedHashMap<>();
    chosen.forEach(s -> groups.computeIfAbsent(s.passage(), p -> new ArrayList<>()).add(s));
    return groups.values().stream().flatMap(List::stream).toList();
  }

  /**
   * The part a subject places in a whole ("development" in "development in sonata form"), when the passages read
   * have a section headed by it or a glossary entry for it; else no words ("double in a first inversion triad").
   *
   * @param headed the passages whose heading names the part: they set out to answer the question
   */
  private record Part(Set<String> words, Set<Integer> headed) {
    static final Part NONE = new Part(Set.of(), Set.of());

    static Part of(String subject, Coverage coverage, List<Passage> read, List<List<SourceSentence>> sentences) {
      Matcher placed = PLACED.matcher(subject);
      if (!placed.matches()) return NONE;
      Set<String> words = coverage.aligned(Terms.of(placed.group(1)));
      if (words.isEmpty()) return NONE;
      Set<Integer> headed = new HashSet<>();
      for (int p = 0; p < read.size(); p++) {
        if (words.equals(Terms.of(ownHeading(read.get(p))))) headed.add(p);
      }
      boolean entry = sentences.stream().flatMap(List::stream)
          .anyMatch(s -> words.equals(Terms.of(AnswerPlan.entryTerm(s).replaceAll("\\([^)]*\\)", " "))));
      return headed.isEmpty() && !entry ? NONE : new Part(words, headed);
    }
  }

  /**
   * A question about hearing ("how to hear major vs minor chord", "maj7 vs dom7 by ear") is answered from the ear-training
   * passages when any was retrieved: the theory pages say what the chords are, not how they sound. The other passages'
   * sentences are left out, their places (and so the citation numbers) kept.
   */
  private static List<List<SourceSentence>> byEar(String question, List<Passage> read, List<List<SourceSentence>> sentences) {
    if (!HEARING.matcher(question).find() || read.stream().noneMatch(p -> EAR_TRAINING.equals(p.chunk().topic()))) {
      return sentences;
    }
    List<List<SourceSentence>> heard = new ArrayList<>();
    for (int p = 0; p < read.size(); p++) {
      heard.add(EAR_TRAINING.equals(read.get(p).chunk().topic()) ? sentences.get(p) : List.of());
    }
    return heard;
  }

  /** For a why question, the passages whose title or heading asks why too, about what the question asks. */
  private static Set<Integer> explaining(String question, Set<String> questionTerms, List<Passage> read) {
    if (!WHY.matcher(question).lookingAt()) return Set.of();
    Set<String> key = Coverage.keyTerms(questionTerms);
    Set<Integer> explaining = new HashSet<>();
    for (int p = 0; p < read.size(); p++) {
      StoredChunk chunk = read.get(p).chunk();
      // It must explain what the question asks about, holding at least half its key words: "Why Study Harmony?"
      // does not answer why teachers want the chord changed across the bar line.
      boolean why = WHY.matcher(chunk.title()).lookingAt() || WHY.matcher(chunk.heading()).lookingAt();
      if (!why) continue;
      Set<String> said = Coverage.wordsOf(chunk);
      if (2 * key.stream().filter(said::contains).count() >= key.size()) explaining.add(p);
    }
    return explaining;
  }

  /**
   * For a how-to question, the passages whose section says how to do what it asks: a heading opening with "how" whose
   * title and heading hold all the question's key words but one, and at least two ("Secondary Dominants — How to spell
   * a secondary dominant" for "how do i spell one"), or a heading named by the question's verb ("Counting in simple
   * meter" for "how do you count cut time").
   */
  private static Set<Integer> howTo(String question, Set<String> questionTerms, List<Passage> read) {
    Matcher verb = ASKED_VERB.matcher(question);
    Set<String> doing = verb.find() ? Terms.of(verb.group(1)) : Set.of();
    Set<Integer> howTo = new HashSet<>();
    for (int p = 0; p < read.size(); p++) {
      String heading = ownHeading(read.get(p));
      if (!doing.isEmpty() && Terms.of(heading).containsAll(doing)) howTo.add(p);
      if (!HOW.matcher(heading).lookingAt()) continue;
      Set<String> section = Terms.of(read.get(p).chunk().title() + " " + read.get(p).chunk().heading());
      long shared = questionTerms.stream().filter(section::contains).count();
      if (shared >= 2 && shared >= questionTerms.size() - 1) howTo.add(p);
    }
    return howTo;
  }

  /** The passage's own heading, the last of its path ("Sonata Form > Development" is "Development"); empty without one. */
  private static String ownHeading(Passage passage) {
    String heading = passage.chunk().heading();
    return heading == null ? "" : heading.substring(heading.lastIndexOf('>') + 1);
  }

  /**
   * An exact answer already answers the particular case (the notes of D# major 13th); one passage sentence
   * may follow as context, only when it is about the same object ({@link ExactContext}).
   */
  private static String withContext(String facts, String question, Set<String> questionTerms, List<Passage> read) {
    Set<String> concept = new LinkedHashSet<>(questionTerms);
    concept.removeIf(term -> NOTE_NAME.matcher(term).matches() || term.chars().allMatch(Character::isDigit));
    if (concept.isEmpty()) return facts;
    List<List<SourceSentence>> sentences = SourceSentence.of(read);
    Relevance relevance = new Relevance(concept, concept, sentences);
    Set<String> factTerms = Terms.of(facts);
    return sentences.stream().flatMap(List::stream)
        .filter(s -> !s.leans() && !s.heading() && !s.asks() && !s.listItem() && !s.announcesList() && s.words() >= 5 && s.words() <= 60)
        .filter(s -> relevance.score(s) > 0 && ExactContext.sameObject(s.text(), facts, question))
        .filter(s -> s.terms().stream().filter(factTerms::contains).count() <= 0.6 * s.terms().size())
        .max(java.util.Comparator.comparingDouble(relevance::score).thenComparing(s -> -s.passage()))
        .map(s -> facts + " " + s.text() + " [" + (s.passage() + 1) + "]")
        .orElse(facts);
  }

  /** Sentences joined into a paragraph, list items on lines of their own, each with its citation. */
  private static String render(List<SourceSentence> chosen) {
    StringBuilder text = new StringBuilder();
    boolean inList = false;
    for (int i = 0; i < chosen.size(); i++) {
      SourceSentence s = chosen.get(i);
      // A list item's later sentence leans on its first and goes on its line.
      boolean sameItem = s.continuesItem() && i > 0 && chosen.get(i - 1).passage() == s.passage()
          && chosen.get(i - 1).position() == s.position() - 1;
      // A lone list item reads as a sentence; two or more in a row stay a list.
      int next = i + 1;
      while (next < chosen.size() && chosen.get(next).continuesItem()) next++;
      boolean item = !sameItem && s.listItem() && (i > 0 && chosen.get(i - 1).listItem()
          || next < chosen.size() && chosen.get(next).listItem());
      if (sameItem) text.append(' ');
      else if (item) text.append(text.isEmpty() ? "- " : "\n- ");
      else if (!text.isEmpty()) text.append(inList ? "\n" : " ");
      inList = item || sameItem && inList;
      text.append(s.text()).append(" [").append(s.passage() + 1).append(']');
    }
    return text.toString();
  }
}
