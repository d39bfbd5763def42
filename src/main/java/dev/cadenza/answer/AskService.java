package dev.cadenza.answer;

import dev.cadenza.question.FollowUps;
import dev.cadenza.question.Shorthand;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.verify.VerificationReport;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The question-answering pipeline: route (compute exact facts when the question is computable) →
 * retrieve (BM25 and vectors, fused) → generate → verify (replace any wrong theory fact with the
 * engine's value) → cite. Each step is timed; the result carries the exact answer, the claims
 * checked and the passages used.
 */
public final class AskService {

  /** The backend named on answers computed by a {@link TaskAnswers}, not generated. */
  public static final String COMPUTED = "computed";

  private static final Set<Intent> SPELLS_A_SETTING = Set.of(Intent.SCALE, Intent.CHORD_SPELLING);
  /**
   * Answers found from one word of the question ("mediant", "relative"), which a longer term may hold; a numeral's
   * answer names its chord by symbol ("Ger+6" for a German sixth), so its words say nothing here.
   */
  private static final Set<Intent> READS_A_WORD = Set.of(Intent.SCALE, Intent.KEY_SIGNATURE);
  private static final Pattern NOTES_ASKED = Pattern.compile(
      "(?i)\\b(?:spell\\w*|written|notes?|scales?|triads?|members?|made\\s+of|contains?|pitches|letters?)\\b");
  /** Words of its own beyond the spelled notes that make a question open: an example, a chord in a bar, a key to write. */
  private static final int OPEN_QUESTION_TERMS = 3;

  private final HybridSearch search;
  private final TheoryQa theory;
  private final Verifier verifier;
  private final Answerer answerer;
  private final Admission admission;
  private final TaskAnswers tasks;
  private final FollowUps followUps;
  private final AnswerCache answers;

  /**
   * @param tasks answers the questions it computes itself (a melody, a fingering) before the pipeline
   * @param followUps each conversation's last turn, e.g. in a database replicas share
   * @param answers answers kept for repeated questions; {@link AnswerCache#NONE} unless the answerer is deterministic
   */
  public AskService(HybridSearch search, TheoryQa theory, Verifier verifier, Answerer answerer, Admission admission,
      TaskAnswers tasks, FollowUps followUps, AnswerCache answers) {
    this.followUps = followUps;
    this.search = search;
    this.theory = theory;
    this.verifier = verifier;
    this.answerer = answerer;
    this.admission = admission;
    this.tasks = tasks;
    this.answers = answers;
  }

  public AskResult ask(AskRequest request) {
    return ask(request, null);
  }

  /**
   * Answers while streaming the answer text to {@code onToken} (null for no streaming). Streamed text is
   * verified sentence by sentence; the result's answer, with citations renumbered, is authoritative.
   *
   * @throws OverloadedException when too many answers are running and waiting already
   */
  public AskResult ask(AskRequest request, Consumer<String> onToken) {
    return admission.call(() -> answer(request, onToken));
  }

  private AskResult answer(AskRequest request, Consumer<String> onToken) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();

    // A follow-up ("where does it resolve?", "how do i play it on A?") is computed, routed and retrieved as the
    // question it stands for.
    String question = followUps.resolve(request.conversationId(), request.question(),
        q -> theory.answer(q).isPresent() || tasks.answer(q).isPresent());
    Optional<TaskAnswers.TaskAnswer> task = tasks.answer(question);
    if (task.isPresent()) {
      return computed(request, task.get(), onToken, start);
    }
    AnswerCache.Key key = AnswerCache.Key.of(question, request);
    Optional<AskResult> known = answers.get(key);
    if (known.isPresent()) {
      return repeated(request, known.get(), onToken, start);
    }
    long composedOn = answers.generation();

    Optional<TheoryAnswer> exact = theory.answer(question);
    long routed = System.nanoTime();
    timings.put("theory", millis(start, routed));

    // Shorthand ("tritone sub", "cadential 64") is written out for retrieval and composition only.
    String written = Shorthand.expand(question);
    List<Passage> passages = search.search(written, request.k(), request.filter(), request.preferredLevel());
    long retrieved = System.nanoTime();
    timings.put("retrieve", millis(routed, retrieved));

    // The exact answer opens with the correction of any false premise it read ("why does C major have 2 sharps").
    List<String> facts = new ArrayList<>(request.context());
    exact.filter(a -> !onlyTheSetting(a, written) && !partOfATerm(a, followUps.termIn(written)))
        .ifPresent(a -> facts.add(a.answer()));
    GenerationRequest generation = new GenerationRequest(written, passages, facts, request.conversationId(),
        request.register());
    Draft draft;
    if (onToken == null) {
      draft = answerer.answer(generation);
    } else {
      VerifiedTokens verified = new VerifiedTokens(verifier, onToken);
      draft = answerer.answer(generation, verified);
      verified.flush();
    }
    long generated = System.nanoTime();
    timings.put("generate", millis(retrieved, generated));

    VerificationReport report = verifier.verify(draft.text());
    String checked = report.hasIncorrect() ? report.corrected(draft.text()) : draft.text();
    timings.put("verify", millis(generated, System.nanoTime()));

    CitationNumbers.Renumbered cited = CitationNumbers.renumber(checked, passages);
    timings.put("total", millis(start, System.nanoTime()));
    String intent = exact.map(a -> a.intent().label()).orElse(Intent.CONCEPTUAL.label());
    String backend = draft.fallback() == null ? answerer.name() : GroundedComposer.NAME;
    AskResult result = new AskResult(request.question(), cited.text(), backend, draft.covered(), intent,
        exact.orElse(null), cited.citations(), new Verification(report.claims(), report.hasIncorrect()), timings,
        draft.fallback(), passages.stream().map(RetrievedPassage::of).toList());
    if (draft.fallback() == null) {
      answers.put(key, composedOn, result);
    }
    return result;
  }

  /** An answer composed before for the same question and options, handed over again as this request's. */
  private static AskResult repeated(AskRequest request, AskResult known, Consumer<String> onToken, long start) {
    if (onToken != null) {
      SentencePieces.of(known.answer()).forEach(onToken);
    }
    long took = millis(start, System.nanoTime());
    return new AskResult(request.question(), known.answer(), known.backend(), known.covered(), known.intent(),
        known.theory(), known.citations(), known.verification(), Map.of("cache", took, "total", took),
        known.fallback(), known.retrieved(), known.music());
  }

  /**
   * Whether the exact answer only spells what an open question names as its setting: "give me an example starting from
   * C major" asks for an example, not the C major scale, and "jazz blues in F, whats the chord in bar 6" not the F
   * major triad. Such a question asks for no notes, holds no premise to correct, and has words enough of its own for
   * the passages to answer.
   */
  static boolean onlyTheSetting(TheoryAnswer exact, String question) {
    return SPELLS_A_SETTING.contains(exact.intent()) && !exact.details().containsKey(TheoryAnswer.CORRECTION)
        && !NOTES_ASKED.matcher(question).find()
        && GroundedComposer.beyondFacts(question, Terms.of(question), exact.answer()).size() >= OPEN_QUESTION_TERMS;
  }

  /**
   * Whether the exact answer read one word of a longer term the question names: "what makes a chromatic mediant
   * chromatic, like C major going to E major" asks about chromatic mediants, not the mediant of E major. A scale or key
   * answer that says some words of the term but not all of them answered another question.
   */
  static boolean partOfATerm(TheoryAnswer exact, String term) {
    Set<String> named = Terms.of(term);
    if (named.size() < 2 || !READS_A_WORD.contains(exact.intent())) return false;
    Set<String> said = Terms.of(exact.answer());
    return !said.containsAll(named) && named.stream().anyMatch(said::contains);
  }

  /** The limits on answers running and waiting, for health and metrics. */
  public Admission admission() {
    return admission;
  }

  /** A computed answer: verified like any other, nothing retrieved or cited. */
  private AskResult computed(AskRequest request, TaskAnswers.TaskAnswer task, Consumer<String> onToken, long start) {
    if (onToken != null) {
      onToken.accept(task.text());
    }
    VerificationReport report = verifier.verify(task.text());
    String checked = report.hasIncorrect() ? report.corrected(task.text()) : task.text();
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("total", millis(start, System.nanoTime()));
    return new AskResult(request.question(), checked, COMPUTED, true, task.intent(), null, List.of(),
        new Verification(report.claims(), report.hasIncorrect()), timings, null, List.of(), task.music());
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
