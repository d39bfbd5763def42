package dev.cadenza.question;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Follow-up questions within a conversation, resolved against what the conversation was last about before
 * they are routed and retrieved: a pronoun takes the last subject ("where does it resolve?" after the German
 * sixth), "one" takes its noun ("and a deceptive one?" after the plagal cadence), an elliptical question takes
 * the last question's frame ("and phrygian?" after "what is dorian mode", "what about in minor?" after "explain
 * the ii V I", "in Eb?" after "spell a C major seventh chord", renamed by {@link SubjectSwap}), "why?" and "give an
 * example" ask about the last subject, a question opening with "so" or "and" goes on from the last turn even
 * when it could stand alone, and a short question that names no subject of its own is asked about the last one. Each
 * conversation id keeps its last question and subject in a {@link Memory}: in this process by default (at most
 * {@code maxConversations}, the least recently used forgotten first), or in a database every replica shares.
 * Thread-safe.
 */
public final class FollowUps {

  public static final int DEFAULT_MAX_CONVERSATIONS = 1_000;

  /** What a conversation was last about: its last question, resolved, and that question's subject. */
  public record Turn(String question, String subject) {}

  /** Where each conversation's last turn is kept; thread-safe. */
  public interface Memory {
    /** The last turn of {@code conversationId}, or null when there is none (or it was forgotten). */
    Turn last(String conversationId);

    void remember(String conversationId, Turn turn);
  }

  /** A first word that marks a whole question as a follow-up ("so what replaces G7?", "and why is that?"). */
  private static final Pattern MARKED = Pattern.compile(
      "(?i)^\\W*(?:and|so|then|also|now|ok(?:ay)?\\s+(?:so|but|and)|but)\\s+((?:what|whats|which|where|wheres|why|how|hows|who|when|does|do|is|are|can)\\b.*)");
  /** A question opening on a word that goes on from the last turn, however long ("and in a minor key where does ..."). */
  private static final Pattern GOES_ON = Pattern.compile("(?i)^\\W*(?:and|but|so|ok(?:ay)?\\s+(?:so|but|and))\\s+(.+)");
  /**
   * A supposition or a challenge is about what was just said: "what if the held note goes up instead of down", "what do
   * i do if i mess up halfway", "why not just push the pedal down with the chord".
   */
  private static final Pattern SUPPOSES = Pattern.compile(
      "(?i)^\\W*(?:what\\s+if|what\\s+happens\\s+if|why\\s+not|what\\s+(?:do|should|can)\\s+(?:i|you|u|we)\\s+do\\s+(?:if|when))\\b.*");
  private static final Pattern ELLIPSIS = Pattern.compile(
      "(?i)^\\W*(?:and|or|so|now|then|what\\s+about|how\\s+about|same\\s+for)\\s+(.{1,40}?)(?:\\s+(?:tho|though|then|too))?\\W*$");
  /** A fragment with a verb of its own ("and after everybody has come in?") says when, not what: it goes on the last question. */
  private static final Pattern CLAUSE_FRAGMENT = Pattern.compile("(?i).*\\b(?:is|are|has|have|was|were|comes?|came|goes|went|gets)\\b.*");
  private static final Pattern PREPOSITION = Pattern.compile("(?i)^(?:in|on|for|with|over|from|starting\\s+on)\\s+.+");
  /**
   * "for a seventh chord?" after a question about a triad: the same question about another thing of its kind. A key
   * ("for a minor key?") is a setting.
   */
  private static final Pattern ANOTHER_OF_KIND = Pattern.compile("(?i)^for\\s+(a|an|the)\\s+(?!.*\\bkeys?\\b)(.+?)\\W*$");
  /** What follows the head of a subject: "in 2nd inversion" of "triad in 2nd inversion". */
  private static final Pattern SUBJECT_HEAD = Pattern.compile("(?i)\\s+(?:in|on|of|for|with|at)\\s.*$");
  private static final Pattern ENDS_WITH_ARTICLE = Pattern.compile("(?i)\\b(?:a|an|the)\\s+$");
  private static final Pattern ONE = Pattern.compile(
      "(?i)\\b(?:(a|an|the|which|wich|different|diffrent|other)\\s+)?((?<!')(?!(?:me|us|you|them|just|only|is|are)\\b)[\\w#°/-]+\\s+)?(ones?)\\b");
  /**
   * A kind named by several words after an article: "the tadd dameron one", "the most common one", "the A and B kind".
   * Words that point at a kind without naming it ("the other one", "the same kind") are left to {@link #ONE}.
   */
  private static final Pattern NAMED_KIND = Pattern.compile(
      "(?i)\\b(a|an|the)\\s+((?!(?:other|same|next|last|first|previous|right|wrong|new|old)\\b)(?:[\\w#°/-]+\\s+){2,3}?)"
          + "(ones?|kinds?|types?|sorts?|versions?)\\b");
  /** The end of the words before a verb: a person doing it or "to". */
  private static final Pattern VERB_OF = Pattern.compile("(?i)\\b(?:i|you|u|we|they|to)\\s+$");
  /**
   * "that chord", "those weird chords": the thing just talked about, with any words describing it ("weird") between the
   * demonstrative and its noun.
   */
  private static final Pattern DEMONSTRATIVE = Pattern.compile(
      "(?i)\\b(?:this|that|these|those)\\s+((?:(?!(?:is|are|was|were|a|an|the|to|of|in|on|and|or)\\b)[a-z]+\\s+){0,2}?)"
          + "((?:chords?|scales?|modes?|notes?|intervals?|cadences?|progressions?|kinds?|types?"
          + "|forms?|things?))\\b");
  /** A hand asked about alone: "the left hand", "with the right hand", "LH". */
  private static final Pattern HAND = Pattern.compile(
      "(?i)(?:(?:in|with|for)\\s+)?(?:the\\s+)?((?:left|right)\\s+hand|LH|RH)");
  /** A chord position asked about alone: "second inversion", "in root position". */
  private static final Pattern POSITION = Pattern.compile(
      "(?i)(?:in\\s+)?(?:the\\s+)?(root\\s+position|(?:first|second|third)\\s+inversion)");
  /**
   * "are there any exceptions to that", "what's the reason for this": "that" after a preposition at the end stands for
   * what the last question asked, not only its subject.
   */
  private static final Pattern WHAT_WAS_SAID = Pattern.compile("(?i)\\b(to|for|about|with|behind)\\s+(?:that|this)\\W*$");
  /** "why are parallel thirds a problem there?": in the last subject ("is there ..." asks whether one exists). */
  private static final Pattern THERE = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were)\\s)\\bthere\\b(?=\\W*$)");
  /**
   * "that" stands for the subject after a verb or preposition ("why is that", "how's that different") or before a
   * preposition ("turn that into the blues scale"), not before a noun.
   */
  private static final Pattern PRONOUN = Pattern.compile(
      "(?i)\\b(it|its|them|they|this|(?<=(?:\\bis|'s|\\bwas|\\bdoes|\\bdo|\\bdid|\\babout|\\blike)\\s)that(?!\\s+(?:is|are|a|an|the)\\b)"
          + "|that(?=\\s+(?:into|onto|to|up|down|over|around|round)\\b))\\b");
  /** "give an example", "example?", "an example in G major?": an example of the last subject. */
  private static final Pattern EXAMPLE = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could)\\s+you\\s+|pls\\s+|please\\s+|what(?:'s|s|\\s+is|\\s+would\\s+be)\\s+)?(?:(?:give|show)\\s+(?:me\\s+|us\\s+)?)?(?:an?\\s+|another\\s+)?"
          + "(?:ex(?:ample|ampel|maple)s?|for\\s+example|for\\s+instance)(?:\\s+of\\s+(?:it|that|this|them))?\\b(.*?)\\W*$");
  /** "whats the opposite called?", "and the opposite?": the counterpart of the last subject. */
  private static final Pattern OPPOSITE = Pattern.compile(
      "(?i)^\\W*(?:(?:and|so|ok)\\s+)?(?:(?:what(?:'s|s|\\s+is)|whats)\\s+)?(?:the\\s+)?(?:opposite|reverse|counterpart)"
          + "(?:\\s+(?:one|kind|version))?(?:\\s+(?:called|named|of\\s+(?:it|that|this)))?\\W*$");
  /** "why?", "how so?", "why is that?": the reason or the workings of the last subject. */
  private static final Pattern BARE_WHY_HOW = Pattern.compile(
      "(?i)^\\W*(?:but\\s+)?(why|how)(?:\\s+(?:so|come|is\\s+that|is\\s+it|does\\s+it|does\\s+that))?\\W*$");
  /** A question asking where, how or when something happens: "where does V4/2 resolve", "how do suspensions resolve". */
  private static final Pattern WH_QUESTION = Pattern.compile(
      "(?i)^\\W*(?:where|how|when)\\s+((?:does|do|did|is|are|can|should|must)\\s+.+)$");
  /** "what about the other way round?", "and vice versa": the last question with its two ends swapped. */
  private static final Pattern REVERSED = Pattern.compile(
      "(?i)^\\W*(?:and|but|so|what\\s+about|how\\s+about)?\\s*(?:the\\s+)?(?:other\\s+way\\s+(?:a?round)|vice\\s+versa|reverse"
          + "|opposite\\s+(?:way|direction))\\W*$");
  /** The two ends of a move: "from a perfect fifth to a diminished fifth". */
  private static final Pattern FROM_TO = Pattern.compile(
      "(?i)\\bfrom\\s+((?:(?:a|an|the)\\s+)?[\\w#°/-]+(?:\\s+[\\w#°/-]+){0,2}?)\\s+to\\s+((?:(?:a|an|the)\\s+)?[\\w#°/-]+"
          + "(?:\\s+(?!(?:in|on|at|with|for)\\b)[\\w#°/-]+){0,2})");
  /** A chord that goes somewhere: "V go to I", "the Neapolitan moves to V". */
  private static final Pattern MOVES_TO = Pattern.compile(
      "(?i)\\b([\\w#°/-]+)(\\s+(?:go|goes|move|moves|resolve|resolves|lead|leads)\\s+to\\s+)([\\w#°/-]+)");
  /** A comparison with one side said: "how is the german one different?", "and how's that different". */
  private static final Pattern DIFFERENT_FROM_WHAT = Pattern.compile(
      "(?i)^\\W*(?:and\\s+|so\\s+|but\\s+|ok\\s+)?(how(?:\\s+is|\\s+are|'s)\\s+.+?\\s+(?:different|diff?rent|differnt))\\W*$");
  /**
   * A new thing asked after, then a question about it: "and the alto sax? how does that one work", "and riten? is that
   * the same thing". The question's "that" (or "that one", "it") is the thing just named, not the last subject.
   */
  private static final Pattern NAMED_THEN_ASKED = Pattern.compile(
      "(?i)^\\W*(?:and|or|what\\s+about|how\\s+about)\\s+([^?]{1,40}?)\\s*\\?\\s*(\\w.*)$");
  /** The pointer in the question after the named thing: "that one", "this", "it". */
  private static final Pattern POINTER = Pattern.compile("(?i)\\b(?:(?:that|this)(?:\\s+one)?|it)\\b");
  /** "the same thing", "the same" at the end: the same as the last subject. */
  private static final Pattern THE_SAME = Pattern.compile("(?i)\\bthe\\s+same(?:\\s+thing)?(?=\\W*$)");
  /** A question with more words of its own than this is a new question, whatever pronoun it uses. */
  private static final int FOLLOW_UP_TERMS = 4;
  /** A question that asks what something is names its own subject. */
  private static final Pattern OWN_SUBJECT = Pattern.compile(
      "(?i)^\\W*(?:what\\s+(?:is|are|r)|what's|whats|define|explain|describe|tell\\s+me\\s+about|list|spell|name)\\b.*");
  /**
   * "which note is raised?", "what interval is missing?": a question about one part of an unnamed whole, the
   * part named right after "which" or "what" and before the verb.
   */
  private static final Pattern PART_OF = Pattern.compile(
      "(?i)^(\\W*(?:which|what)\\s+(?!(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have|about|if)\\b)[a-z]+)"
          + "(\\s+(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have)\\b.*)");
  /**
   * Words for an aspect of some subject, never a subject of their own: "what are the common patterns?" after rondo
   * form asks for rondo's patterns, "what are the rules?" after first species for its rules. As {@link Terms} writes them.
   */
  private static final Set<String> ASPECTS = Stream.concat(Stream.of("common", "usual", "typical", "main", "basic",
      "important", "pattern", "type", "kind", "rule", "principle", "feature", "characteristic", "step", "part", "example",
      "option", "choice", "variant", "name", "tip", "mistake", "reason", "problem", "point"), Terms.SOUGHT.stream())
      .map(Terms::stem).collect(Collectors.toUnmodifiableSet());
  /** Words that make a subject a clause: a person, a verb, a question word ("notes can u leave out of a 13th chord"). */
  private static final Pattern CLAUSE = Pattern.compile(
      "(?i)\\b(?:i|u|you|we|is|are|can|do|does|did|go|goes|get|make|how|what|where|which|when|why|but|not)\\b");
  /**
   * A meter, note or chord written out ("is 3/4 simple or compound", "is Bb7 a dominant") names the question's own
   * subject, however few its words. Figures that look like meters ("6/5", "6/4", "4/2") do not: they ask about the
   * chord just talked about; nor does a bare letter, which labels a section as often ("is the B part in a new key").
   */
  private static final Pattern NAMES_MUSIC = Pattern.compile("\\b(?:\\d{1,2}/(?:8|16)|[2-57-9]/4|1[02]/4|[23]/2)\\b|(?<![\\w#])[A-G](?:(?:##|#|bb|b)(?:m|maj|min|dim|aug|sus|\\d)*|(?:m|maj|min|dim|aug|sus|\\d)+)(?![\\w#])");
  /** A question this short names no subject of its own ("what happens in the development?"). */
  private static final int SHORT_QUESTION_TERMS = 3;

  /** What the library names: which words name a part of the last subject, and which terms a question names. */
  public interface Library {
    Library NONE = (part, whole) -> false;

    /** Whether {@code part} names a part of {@code whole} ("development" of "sonata form"). */
    boolean isPartOf(String part, String whole);

    /** The longest term of the library that {@code text} names ("tritone" in "interval is a tritone"), or empty. */
    default String termIn(String text) {
      return "";
    }

    /** {@code question} with its misspelt words put right by the library's terms ({@link Spelling}). */
    default String spelled(String question) {
      return question;
    }
  }

  /**
   * The last computable question with the one thing a follow-up names changed ("how many sharps in d major" and "and d
   * minor?"), as the theory engine reads them; empty when the follow-up names no such thing.
   */
  @FunctionalInterface
  public interface Swap {
    Swap NONE = (lastQuestion, followUp, computable) -> Optional.empty();

    Optional<String> swapped(String lastQuestion, String followUp, Predicate<String> computable);
  }

  private final Memory conversations;
  private final Library library;
  private final Swap swap;

  public FollowUps(int maxConversations) {
    this(maxConversations, Library.NONE);
  }

  public FollowUps(int maxConversations, Library library) {
    this(maxConversations, library, Swap.NONE);
  }

  public FollowUps(int maxConversations, Library library, Swap swap) {
    this(new RecentConversations(maxConversations), library, swap);
  }

  public FollowUps(Memory conversations) {
    this(conversations, Library.NONE, Swap.NONE);
  }

  /**
   * @param library what the library names: "and the development?" after sonata form asks about the development in
   *     sonata form, where "and phrygian?" after dorian mode renames it
   * @param swap what a follow-up changes in a computable question
   */
  public FollowUps(Memory conversations, Library library, Swap swap) {
    this.conversations = conversations;
    this.library = library;
    this.swap = swap;
  }

  public FollowUps() {
    this(DEFAULT_MAX_CONVERSATIONS);
  }

  /** The longest term of the library that {@code text} names, or empty ({@link Library#termIn}). */
  public String termIn(String text) {
    return library.termIn(text);
  }

  /**
   * The question as it is meant in its conversation, in the library's spelling ("neopolitan" is "neapolitan"), and
   * remembered as the conversation's last turn.
   *
   * @param answersAlone whether a question is answered exactly as it stands (then it is left alone unless it
   *     points back with a pronoun or "one")
   */
  public String resolve(String conversationId, String asked, Predicate<String> answersAlone) {
    String question = library.spelled(asked);
    if (conversationId == null) return question;
    Turn last = conversations.last(conversationId);
    // A question standing alone sets a new subject; a follow-up keeps the last one or the one it renames.
    Turn turn = last == null || last.subject().isBlank() ? null : resolve(question, last, answersAlone);
    if (turn == null) turn = new Turn(question, topicOf(question));
    conversations.remember(conversationId, turn);
    return turn.question();
  }

  /**
   * What a question standing alone is about: its subject, or the library's term in it when the subject is a clause
   * rather than a name ("leading tone" of "where does the leading tone go in V to I", "tritone" of "what interval is a
   * tritone") or a name cut short ("movable do" of "what is movable do").
   */
  private String topicOf(String question) {
    String subject = QuestionForm.read(question).subject();
    String term = library.termIn(question).replaceFirst("(?i)^(?:a|an|the)\\s+", "");
    if (term.isEmpty()) return subject;
    // Compared as written: "do" of "movable do" is a stop word to retrieval, not here.
    List<String> termWords = List.of(term.toLowerCase(Locale.ROOT).split("\\s+"));
    List<String> subjectWords = List.of(subject.toLowerCase(Locale.ROOT).split("\\s+"));
    if (termWords.size() > subjectWords.size() && termWords.containsAll(subjectWords)) return term;
    if (!CLAUSE.matcher(subject).find()) return subject;
    boolean named = termWords.size() >= 2 || subject.toLowerCase(Locale.ROOT).matches(
        ".*\\b(?:is|are)\\s+(?:a\\s+|an\\s+|the\\s+)?" + Pattern.quote(term.toLowerCase(Locale.ROOT)));
    return named ? withModifiers(term, subject) : subject;
  }

  /**
   * The term with the words that modify it right before it in the subject: "italian augmented sixth chord" of "notes
   * are in an italian augmented sixth chord", "C major scale" of "i finger a C major scale".
   */
  private static String withModifiers(String term, String subject) {
    Matcher at = Pattern.compile("(?i)\\b" + Pattern.quote(term) + "\\b").matcher(subject);
    if (!at.find()) return term;
    String[] before = subject.substring(0, at.start()).strip().split("\\s+");
    int from = before.length;
    while (from > 0 && !Terms.of(before[from - 1]).isEmpty() && !CLAUSE.matcher(before[from - 1]).matches()) from--;
    return (String.join(" ", Arrays.copyOfRange(before, from, before.length)) + " " + subject.substring(at.start(), at.end())).strip();
  }

  /** The follow-up as the question it stands for, with its subject; null when it stands alone. */
  private Turn resolve(String question, Turn last, Predicate<String> answersAlone) {
    Matcher unfinished = DIFFERENT_FROM_WHAT.matcher(question);
    if (unfinished.matches()) {
      // "how is the german one different?" after the Italian sixth: different from the Italian sixth.
      Turn turn = rewrite(unfinished.group(1), last, q -> false);
      String asked = turn == null ? unfinished.group(1) : stripEnd(turn.question());
      return new Turn(asked + " from the " + last.subject(), turn == null ? last.subject() : turn.subject());
    }
    return rewrite(question, last, answersAlone);
  }

  private Turn rewrite(String question, Turn last, Predicate<String> answersAlone) {
    // "and in g minor?" after "whats the v7 chord in bb major": the computed question with its key changed.
    if (answersAlone.test(last.question())) {
      Optional<String> swapped = swap.swapped(last.question(), question, answersAlone);
      if (swapped.isPresent()) return same(swapped.get(), last);
    }
    String subject = last.subject();
    Matcher named = NAMED_THEN_ASKED.matcher(question);
    if (named.matches() && POINTER.matcher(named.group(2)).find()) return namedThenAsked(named.group(1), named.group(2), last);
    if (REVERSED.matcher(question).matches()) {
      String reversed = reversed(last.question());
      if (reversed != null) return same(reversed, last);
    }
    if (OPPOSITE.matcher(question).matches()) return same("what is the opposite of the " + subject + " called?", last);
    Matcher marked = MARKED.matcher(question);
    if (marked.matches()) {
      // Its first word says it goes on from the last turn, even where it could be answered alone.
      Turn turn = resolve(marked.group(1), last, q -> false);
      return turn == null ? goesOn(marked.group(1), last) : turn;
    }
    Matcher ellipsis = ELLIPSIS.matcher(question);
    if (ellipsis.matches() && CLAUSE_FRAGMENT.matcher(ellipsis.group(1)).matches()) {
      return same(stripEnd(last.question()) + " " + ellipsis.group(1).strip(), last);
    }
    if (ellipsis.matches() && Terms.of(ellipsis.group(1)).size() <= 3) {
      return elliptical(ellipsis.group(1).strip(), last);
    }
    Matcher example = EXAMPLE.matcher(question);
    if (example.matches()) return same("give an example of the " + subject + example.group(1) + "?", last);
    Matcher whyHow = BARE_WHY_HOW.matcher(question);
    if (whyHow.matches()) {
      boolean asksWhy = whyHow.group(1).equalsIgnoreCase("why");
      // "why?" after "where does V4/2 resolve": the reason for what the last question asked, "why does V4/2 resolve".
      Matcher asked = WH_QUESTION.matcher(stripEnd(last.question()));
      if (asksWhy && asked.matches()) return same("why " + asked.group(1) + "?", last);
      return same(asksWhy ? "why is the " + subject + " used?" : "how does the " + subject + " work?", last);
    }
    // "what keys do the episodes usually go to" after rondo form: its episodes, however long the question.
    if (!partNamed(question, subject).isEmpty() && Terms.of(question).stream().noneMatch(Terms.of(subject)::contains)) {
      return same(stripEnd(question) + " in " + subject + "?", last);
    }
    Matcher goesOn = GOES_ON.matcher(question);
    if (goesOn.matches()) return goesOn(goesOn.group(1), last);
    if (SUPPOSES.matcher(question).matches()) return goesOn(question, last);
    if (words(question) > FOLLOW_UP_TERMS) return null;
    Matcher said = WHAT_WAS_SAID.matcher(question);
    if (said.find()) return same(question.substring(0, said.end(1)) + " " + stripEnd(last.question()) + "?", last);
    Matcher demonstrative = DEMONSTRATIVE.matcher(question);
    if (demonstrative.find()) {
      // "why is that chord so common" is about the subject itself; "where do those weird chords come from" about some of its.
      String described = demonstrative.group(1).isEmpty() ? "the " + subject
          : "the " + demonstrative.group(1) + demonstrative.group(2) + " in the " + subject;
      return same(question.substring(0, demonstrative.start()) + described + question.substring(demonstrative.end()), last);
    }
    if (PREPOSITION.matcher(question.strip()).matches() && Terms.of(question).size() <= 2) {
      return elliptical(question.strip(), last);
    }
    Matcher kind = NAMED_KIND.matcher(question);
    if (kind.find()) {
      String renamed = SubjectSwap.modified(subject, kind.group(2));
      return new Turn(question.substring(0, kind.start()) + kind.group(1) + " " + counted(renamed, kind.group(3))
          + question.substring(kind.end()), renamed);
    }
    Matcher one = ONE.matcher(question);
    if (one.find()) {
      // A word before "one" modifies it ("a deceptive one"), unless a person or "to" comes before it: then it is a verb
      // ("how do i spot one", "how to build one").
      boolean modifies = one.group(2) != null
          && !VERB_OF.matcher(question.substring(0, one.start(2))).find();
      String renamed = modifies ? SubjectSwap.modified(subject, one.group(2)) : subject;
      String counted = counted(renamed, one.group(3));
      String before = question.substring(0, modifies || one.group(2) == null ? one.start() : one.start(3));
      // "how is it different from an authentic one": "it" is the last subject, "one" the other kind.
      Matcher pronoun = PRONOUN.matcher(before);
      if (modifies && pronoun.find()) before = withSubject(before, pronoun, subject);
      // "mozart k 545's one" is its recapitulation, no article between.
      String determiner = one.group(1) != null ? one.group(1) + " " : before.endsWith("'s ") ? "" : "the ";
      return new Turn(before + determiner + counted + question.substring(one.end()), renamed);
    }
    Matcher there = THERE.matcher(question);
    if (there.find()) return same(question.substring(0, there.start()) + "in the " + subject + question.substring(there.end()), last);
    Matcher pronoun = PRONOUN.matcher(question);
    if (pronoun.find()) return same(withSubject(question, pronoun, subject), last);
    boolean namesSubject = namesSubject(question, subject);
    boolean ownSubject = asksOwnSubject(question);
    if (!namesSubject && !ownSubject && words(question) <= SHORT_QUESTION_TERMS
        && !answersAlone.test(question) && !NAMES_MUSIC.matcher(question).find()) {
      Matcher part = PART_OF.matcher(question);
      // The subject owns the part asked about: "which note of the lydian mode is raised?", not "... raised in lydian mode".
      if (part.matches()) return same(part.group(1) + " of the " + subject + part.group(2), last);
      return same(stripEnd(question) + " in " + subject + "?", last);
    }
    return null;
  }

  /**
   * "how does that one work" about {@code thing}: another of the last subject's kind ("and phrygian? what makes it
   * dark" after dorian mode asks about phrygian mode, "and the deceptive one?" after the plagal cadence about the
   * deceptive cadence), or a thing within the last subject ("how does the alto sax work in transposing instruments");
   * "is that the same thing" asks whether it is the same as the last subject ("is riten the same as rit.").
   */
  private Turn namedThenAsked(String thing, String asked, Turn last) {
    String bare = thing.strip().replaceFirst("(?i)^(?:a|an|the)\\s+", "");
    String renamed = renamedBy(last.subject(), bare);
    boolean ofTheKind = !renamed.equalsIgnoreCase(bare);
    Matcher same = THE_SAME.matcher(asked);
    boolean compared = same.find();
    String question = compared ? asked.substring(0, same.start()) + "the same as " + last.subject() + asked.substring(same.end())
        : asked;
    Matcher pointer = POINTER.matcher(question);
    pointer.find();
    String named = ofTheKind ? "the " + renamed : thing.strip();
    question = stripEnd(question.substring(0, pointer.start()) + named + question.substring(pointer.end()));
    // The whole by the library's name for it: "transposing instruments" of "transposing instruments even exist".
    String term = library.termIn(last.subject());
    String whole = term.isEmpty() ? last.subject() : term;
    boolean within = !compared && !ofTheKind && Terms.of(question).stream().noneMatch(Terms.of(whole)::contains);
    return new Turn((within ? question + " in " + whole : question) + "?", ofTheKind ? renamed : bare);
  }

  /** {@code text} with the pronoun {@code found} replaced by the subject ("its" by the subject's). */
  private static String withSubject(String text, Matcher found, String subject) {
    String replacement = found.group(1).equalsIgnoreCase("its") ? "the " + subject + "'s" : "the " + subject;
    return text.substring(0, found.start()) + replacement + text.substring(found.end());
  }

  /**
   * A question that goes on from the last turn: about the last subject, unless it names that subject or one of its
   * own ("and what is a fugue?").
   */
  private Turn goesOn(String question, Turn last) {
    if (asksOwnSubject(question) || namesSubject(question, last.subject())) {
      return new Turn(question, last.subject());
    }
    return same(stripEnd(question) + " in " + last.subject() + "?", last);
  }

  /** Whether the question asks what something of its own is: not only an aspect ("what are the rules?"). */
  private static boolean asksOwnSubject(String question) {
    return OWN_SUBJECT.matcher(question).matches() && !Terms.of(question).stream().allMatch(ASPECTS::contains);
  }

  /**
   * Whether the question names the subject: most of its words, not a number or one word of several ("bars" of "12 bar
   * blues" in "what happens in the last 4 bars").
   */
  private static boolean namesSubject(String question, String subject) {
    Set<String> named = Terms.of(subject).stream().filter(t -> !t.chars().allMatch(Character::isDigit))
        .collect(Collectors.toSet());
    long said = Terms.of(question).stream().filter(named::contains).count();
    return said > 0 && 2 * said > named.size();
  }

  /** The word or two of {@code question} naming a part of {@code subject} ("episodes" of rondo form), or empty. */
  private String partNamed(String question, String subject) {
    String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#' -]", " ").strip().split("\\s+");
    for (int n = 2; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String phrase = String.join(" ", Arrays.copyOfRange(words, i, i + n));
        if (!Terms.of(phrase).isEmpty() && library.isPartOf(phrase, subject)) return phrase;
      }
    }
    return "";
  }

  /** {@code question} with the two ends of its move swapped; null when it names no move. */
  private static String reversed(String question) {
    Matcher fromTo = FROM_TO.matcher(question);
    if (fromTo.find()) {
      return question.substring(0, fromTo.start()) + "from " + fromTo.group(2) + " to " + fromTo.group(1)
          + question.substring(fromTo.end());
    }
    Matcher movesTo = MOVES_TO.matcher(question);
    if (movesTo.find()) {
      return question.substring(0, movesTo.start()) + movesTo.group(3) + movesTo.group(2) + movesTo.group(1)
          + question.substring(movesTo.end());
    }
    return null;
  }

  private static Turn same(String question, Turn last) {
    return new Turn(question, last.subject());
  }

  /**
   * "and phrygian?" after "what is dorian mode": the last question about the renamed subject; "in F?" after
   * "spell a C major seventh chord": the last question in the new key or on the new root; "in minor?" after
   * "spell ii in D major": the last question and its subject in the other mode of the same key; "and with flats?"
   * after a question about sharps: the last question with its counterpart swapped ({@link Counterparts}).
   */
  private Turn elliptical(String fragment, Turn last) {
    String swapped = Counterparts.swapped(last.question(), fragment);
    if (swapped != null) {
      String subject = Counterparts.swapped(last.subject(), fragment);
      return new Turn(swapped, subject == null ? last.subject() : subject);
    }
    // "and the left hand?", "what about second inversion?" after a question naming no hand or position: the last
    // question, played with that hand or in that position.
    Matcher hand = HAND.matcher(fragment);
    if (hand.matches()) return same(stripEnd(last.question()) + " with the " + hand.group(1).toLowerCase(Locale.ROOT), last);
    Matcher position = POSITION.matcher(fragment);
    if (position.matches()) return same(stripEnd(last.question()) + " in " + position.group(1).toLowerCase(Locale.ROOT), last);
    if (PREPOSITION.matcher(fragment).matches()) {
      if (SubjectSwap.namesMode(fragment)) {
        return new Turn(SubjectSwap.withMode(stripEnd(last.question()), fragment), SubjectSwap.withMode(last.subject(), fragment));
      }
      if (SubjectSwap.namesKey(fragment)) {
        return new Turn(SubjectSwap.withKey(stripEnd(last.question()), fragment), SubjectSwap.withKey(last.subject(), fragment));
      }
      Matcher another = ANOTHER_OF_KIND.matcher(fragment);
      if (another.matches()) {
        Turn asked = withHeadReplaced(last, another.group(1), another.group(2));
        if (asked != null) return asked;
      }
      return same(stripEnd(last.question()) + " " + fragment, last);
    }
    String bare = fragment.replaceFirst("(?i)^(?:a|an|the)\\s+", "");
    if (library.isPartOf(bare, last.subject())) {
      String part = "the " + bare + " in " + last.subject();
      return new Turn(framed(last, part, "what is " + part + "?"), bare + " in " + last.subject());
    }
    Matcher kind = NAMED_KIND.matcher(fragment);
    if (kind.matches()) {
      String renamed = SubjectSwap.modified(last.subject(), kind.group(2));
      return new Turn(framed(last, renamed, "what is " + renamed + "?"), renamed);
    }
    // "what about minor keys?" after movable do: a setting for the last subject, not a new subject, since renaming
    // would keep none of its words and the fragment names more than a modifier ("a major third" renames an interval);
    // with an article it names one more thing of the kind ("and the una corda?" after the sustain pedal).
    if (bare.equals(fragment) && bare.contains(" ") && !ONE.matcher(bare).find()
        && Terms.of(SubjectSwap.renamed(last.subject(), bare)).stream().noneMatch(Terms.of(last.subject())::contains)) {
      return same(stripEnd(last.question()) + " in " + bare, last);
    }
    String subject = renamedBy(last.subject(), bare);
    return new Turn(framed(last, subject, "what is " + subject + "?"), subject);
  }

  /**
   * The subject {@code thing} names: the last subject renamed by it ("phrygian" after dorian mode), made particular by
   * the word before its "one" ("the deceptive one" after the plagal cadence), or the last subject itself ("that one").
   */
  private static String renamedBy(String subject, String thing) {
    Matcher one = ONE.matcher(thing);
    if (!one.find()) return SubjectSwap.renamed(subject, thing);
    return one.group(2) == null ? subject : SubjectSwap.modified(subject, one.group(2));
  }

  /**
   * The last question asked of {@code thing} in place of the last subject's head, which keeps the rest of the
   * subject ("a triad in 2nd inversion" becomes "a seventh chord in 2nd inversion"); null when the question does not
   * name the head.
   */
  private static Turn withHeadReplaced(Turn last, String article, String thing) {
    String head = SUBJECT_HEAD.matcher(last.subject()).replaceFirst("");
    // A clause names its thing after its last article: "u label a triad".
    head = head.replaceFirst("(?i)^.*\\b(?:a|an|the)\\s+", "");
    String question = stripEnd(last.question());
    int at = question.toLowerCase(Locale.ROOT).indexOf(head.toLowerCase(Locale.ROOT));
    if (head.isBlank() || at < 0) return null;
    Matcher articled = ENDS_WITH_ARTICLE.matcher(question.substring(0, at));
    int start = articled.find() ? articled.start() : at;
    String rest = last.subject().substring(last.subject().indexOf(head) + head.length());
    return new Turn(question.substring(0, start) + article + " " + thing + question.substring(at + head.length()),
        thing + rest);
  }

  /** The last question with {@code subject} in place of its subject; {@code otherwise} when it does not name it. */
  private static String framed(Turn last, String subject, String otherwise) {
    String frame = last.question();
    int at = frame.toLowerCase(Locale.ROOT).indexOf(last.subject().toLowerCase(Locale.ROOT));
    return at < 0 ? otherwise : frame.substring(0, at) + subject + frame.substring(at + last.subject().length());
  }

  /** The question's own words; a number ("in 4 parts") names nothing to ask about. */
  private static long words(String question) {
    return Terms.of(question).stream().filter(term -> !term.chars().allMatch(Character::isDigit)).count();
  }

  /** The subject as many when the word standing for it is plural ("the seventh ones", "the other kinds"). */
  private static String counted(String subject, String noun) {
    return noun.toLowerCase(Locale.ROOT).endsWith("s") ? SubjectSwap.plural(subject) : subject;
  }

  private static String stripEnd(String question) {
    return question.strip().replaceFirst("[?.!\\s]+$", "");
  }
}
