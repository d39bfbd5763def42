package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.DefinitionRetriever;
import dev.cadenza.retrieve.LibraryWords;
import dev.cadenza.retrieve.Passage;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the passages read can answer the question at all. They cannot when a third or more of the
 * question's key words appear nowhere in them (the capital of France, a guitar brand, a made-up cadence),
 * or when even the closest passage is far from the question in meaning. Student spellings are met halfway:
 * a question word one letter away from a passage word ("cadance", "cadence") counts as that word.
 */
final class Coverage {

  /** Below this vector score (Lucene's (1 + cosine) / 2) even the nearest passage is about something else. */
  static final float MIN_VECTOR_SCORE = 0.6f;
  /** Words that carry no topic in a student's question ("whats special about lydian"). */
  private static final Set<String> GENERIC = Set.of("special", "good", "tip", "tips", "thing", "stuff", "important",
      "actually", "exactly", "basically", "simple", "simply", "term", "terms", "quick", "quickly", "help",
      "understand", "learn", "happen", "happens", "definition", "define", "music", "musical", "theory", "call",
      "name", "named", "say", "said", "show", "sound", "sounds", "differ", "different", "kind", "kinds", "type", "types", "list", "other", "usual", "usually",
      "common", "basic", "idea", "again", "happening", "need", "want", "point", "purpose", "role", "does", "go", "goes",
      "going", "come", "comes", "bad", "wrong", "right", "fine", "better", "worse", "look", "looks", "someone", "somebody",
      "anyone", "anybody", "guys", "rank", "ranked", "ranking", "teacher", "teachers", "opposite", "main",
      // how a topic strikes a student: "those weird chords"
      "weird", "strange", "odd", "cool", "nice", "random",
      // how something sounds to a student, which the pages explain without the word: "what makes lydian sound dreamy"
      "dreamy", "spooky", "creepy", "eerie", "jazzy", "bluesy", "floaty", "mysterious", "exotic", "epic", "cheesy",
      "haunting", "magical");
  /**
   * The generic words, and what a student wants of a topic ({@link Terms#SOUGHT}: "the single biggest clue"), as
   * {@link Terms} writes them ("someone" as "someon", "clues" as "clue"), for comparing with a question's terms.
   */
  private static final Set<String> GENERIC_TERMS = Stream.concat(GENERIC.stream(), Terms.SOUGHT.stream())
      .flatMap(w -> Stream.of(w, Terms.stem(w))).collect(Collectors.toUnmodifiableSet());
  /** Share of key words that may be missing ("what does the Neapolitan usually <i>go</i> to") with the question covered. */
  private static final double MAX_MISSING_SHARE = 1.0 / 3;

  /** Shorter subject words ("7th", "ii") are too often written differently from the passages to decide alone. */
  private static final int MIN_SUBJECT_WORD = 4;

  /** The terms of each chunk's title, heading and text. */
  private static final PerChunk<Set<String>> WORDS = new PerChunk<>(chunk -> Collections.unmodifiableSet(Terms.of(chunk.allText())));

  private final Set<String> vocabulary = new HashSet<>();
  private final LibraryWords libraryWords;

  Coverage(List<Passage> passages, LibraryWords libraryWords) {
    this.libraryWords = libraryWords;
    passages.forEach(p -> vocabulary.addAll(wordsOf(p.chunk())));
  }

  /** The terms of a chunk's title, heading and text, read once per chunk. */
  static Set<String> wordsOf(StoredChunk chunk) {
    return WORDS.of(chunk);
  }

  /**
   * The terms with each misspelt one replaced by the passage word it was meant to be, and two written apart that the
   * passages write as one ("hyper meter", "counter point") joined.
   */
  Set<String> aligned(Set<String> terms) {
    Set<String> aligned = new LinkedHashSet<>();
    List<String> words = List.copyOf(terms);
    for (int i = 0; i < words.size(); i++) {
      String term = words.get(i);
      if (i + 1 < words.size() && !vocabulary.contains(term) && vocabulary.contains(Terms.stem(term + words.get(i + 1)))) {
        aligned.add(Terms.stem(term + words.get(++i)));
        continue;
      }
      aligned.add(vocabulary.contains(term) ? term
          : vocabulary.stream().filter(word -> oneEditApart(term, word)).sorted().findFirst().orElse(term));
    }
    return aligned;
  }

  /**
   * Who, when and where questions ask for a fact about a person, date or place, not for a concept; so does a count
   * of what someone did ("how many symphonies did Beethoven write"). "Where do I put the dot" asks how to write
   * something, not where it comes from.
   */
  private static final Pattern FACT_QUESTION = Pattern.compile(
      "(?i)^\\W*(?:who(?!\\s+(?:plays?|sings?|takes?|gets?|covers?|has)\\b)|whom|whose|when\\s+(?:was|were|did|is(?!\\s+it\\s+(?:ok|okay|allowed|acceptable|fine|possible|better|best|good|wrong|bad)\\b))|where\\s+(?:was|were|did|is|can|do)(?!\\s+(?:i|you|u|we)\\b)"
          // "where do the relative minors go", "where do hemiolas turn up", "where do the half steps land": a place on a page
          // or in music, not in the world.
          + "(?!.*\\b(?:go|fit|sit|appear|belong|lie|land|fall|come|end\\s+up|show\\s+up|turn\\s+up|occur|happen)(?:\\s+(?:on|in|at|within)\\b.*)?\\W*$)"
          + "|how\\s+(?:old|tall)"
          + "|how\\s+many\\s+\\w+\\s+did)\\b.*");

  /** The question's words that name its topic. */
  static Set<String> keyTerms(Set<String> terms) {
    Set<String> key = new LinkedHashSet<>(terms);
    key.removeAll(GENERIC_TERMS);
    return key;
  }

  /**
   * A question after a fact (who wrote it, when was it written) is answered only by a sentence that holds
   * all its key words: the passage naming the piece does not say who wrote it. "When is it ok to ..." asks for
   * conditions, no fact.
   */
  static boolean unanswered(String question, Set<String> terms, List<SourceSentence> answer) {
    if (!FACT_QUESTION.matcher(question).matches()) return false;
    Set<String> key = keyTerms(terms);
    return answer.stream().noneMatch(s -> s.terms().containsAll(key));
  }

  /**
   * Whether the passages leave the question unanswered: they lack too many of its key words, or a word of
   * the thing it asks about ("what is the <i>Vandermeer</i> progression"), or are all far from it in meaning
   * while none defines what it asks about; {@code terms} and {@code subject} already aligned. A key word common
   * across the library ("even", "uses") is never missing: its absence from five passages is chance.
   */
  boolean lacks(Set<String> terms, Set<String> subject, List<Passage> passages) {
    Set<String> key = keyTerms(terms);
    long missing = key.stream().filter(this::missing).count();
    if (!key.isEmpty() && missing > MAX_MISSING_SHARE * key.size()) return true;
    if (keyTerms(subject).stream().anyMatch(t -> t.length() >= MIN_SUBJECT_WORD && missing(t))) return true;
    // A passage that defines the subject ("whats hemiola": a glossary entry headed Hemiola) answers it however
    // far a one-word question's embedding is from the entry's.
    if (passages.stream().anyMatch(p -> p.under(DefinitionRetriever.NAME) != null)) return false;
    float nearest = passages.stream().map(Passage::vectorScore).filter(s -> s != null).reduce(0f, Math::max);
    return passages.stream().anyMatch(p -> p.vectorScore() != null) && nearest < MIN_VECTOR_SCORE;
  }

  /** Whether a key word is absent from the passages and rare enough in the library for its absence to count. */
  private boolean missing(String term) {
    return !vocabulary.contains(term) && !libraryWords.common(term);
  }

  /** A refusal that names the documents nearest to the question. */
  static String refusal(List<Passage> passages) {
    List<String> titles = passages.stream().map(p -> p.chunk().title()).filter(t -> t != null && !t.isBlank())
        .distinct().limit(3).toList();
    return titles.isEmpty() ? GroundedComposer.NOT_COVERED
        : GroundedComposer.NOT_COVERED + " The nearest topics I do cover are " + String.join("; ", titles) + ".";
  }

  /** Words of six letters or more that differ by one substitution, insertion or deletion ("brand" is no "grand"). */
  static boolean oneEditApart(String a, String b) {
    if (a.length() < 6 || b.length() < 6 || Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
    int j = 0;
    while (j < Math.min(a.length(), b.length()) - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) j++;
    return a.length() + b.length() - 2 * (i + j) <= 2 && Math.max(a.length(), b.length()) - (i + j) <= 1;
  }
}
