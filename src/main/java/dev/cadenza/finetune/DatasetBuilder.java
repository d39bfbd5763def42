package dev.cadenza.finetune;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds the fine-tuning dataset: draw pairs family by family with one seeded {@link Random}, skip
 * repeated questions, re-check every answer with the verifier and drop any with an incorrect claim,
 * route each pair to train or eval by its (family, subject) group, then shuffle each split.
 */
public final class DatasetBuilder {
  /** Draws allowed per requested record before a family is declared exhausted. */
  static final int ATTEMPTS_PER_RECORD = 30;

  private final AnswerCheck check;

  public DatasetBuilder(AnswerCheck check) {
    this.check = check;
  }

  public Dataset build(DatasetOptions options) {
    List<Chunk> chunks = chunks(options);
    List<String> documentIds = chunks.stream().map(c -> c.document().id()).distinct().toList();
    HeldOut heldOut = HeldOut.choose(options.seed(), documentIds);
    EvalExclusion exclusion = EvalExclusion.load(options.excludedQuestions());
    Map<Family, Integer> quotas = Quotas.of(options.size());
    Random random = new Random(options.seed());
    Tally tally = new Tally();
    List<Example> train = new ArrayList<>();
    List<Example> eval = new ArrayList<>();
    for (PairSource source : sources(chunks, heldOut)) {
      for (Example example : draw(source, quotas.get(source.family()), random, heldOut, exclusion, tally)) {
        (example.split() == Split.TRAIN ? train : eval).add(example);
      }
    }
    Collections.shuffle(train, random);
    Collections.shuffle(eval, random);
    DatasetStats stats = new DatasetStats(options.seed(), options.size(), quotas, counts(train, eval), heldOut,
        check.name(), tally.checked, tally.claims, tally.dropped, List.copyOf(tally.droppedExamples),
        tally.unverifiable, List.copyOf(tally.unverifiableExamples), tally.duplicates, tally.unusable,
        exclusion.source(), exclusion.size(), exclusion.answers(), tally.evalOverlaps);
    return new Dataset(train, eval, stats);
  }

  /**
   * Up to {@code quota} kept pairs of one family. Pairs are drawn in order with the shared generator and
   * checked batch by batch, so the result does not depend on thread timing.
   */
  private List<Example> draw(PairSource source, int quota, Random random, HeldOut heldOut, EvalExclusion exclusion,
      Tally tally) {
    List<Example> kept = new ArrayList<>();
    long attemptsLeft = (long) quota * ATTEMPTS_PER_RECORD;
    while (kept.size() < quota && attemptsLeft > 0) {
      List<Pair> batch = new ArrayList<>();
      while (batch.size() < quota - kept.size() && attemptsLeft-- > 0) {
        Optional<Pair> drawn = source.draw(random);
        if (drawn.isEmpty()) {
          tally.unusable++;
        } else if (!tally.questions.add(Questions.normalise(drawn.get().user()))) {
          tally.duplicates++;
        } else if (exclusion.excludes(drawn.get())) {
          tally.evalOverlaps++;
        } else {
          batch.add(drawn.get());
        }
      }
      verify(batch, tally);
      for (Pair pair : batch) {
        Verification v = tally.verifications.get(pair.answer());
        if (tally.record(pair, v)) {
          kept.add(new Example(pair, heldOut.splitOf(pair.family(), pair.subject()), v.claims()));
        }
      }
    }
    return kept;
  }

  /**
   * Verifies, in parallel, the answers of a batch not verified before. Different phrasings often share an
   * answer, and the verdict depends on the text alone, so each distinct text is checked once.
   */
  private void verify(List<Pair> batch, Tally tally) {
    List<String> fresh = batch.stream().map(Pair::answer).distinct()
        .filter(answer -> !tally.verifications.containsKey(answer))
        .toList();
    List<Verification> verdicts = fresh.parallelStream().map(answer -> Verification.of(answer, check)).toList();
    for (int i = 0; i < fresh.size(); i++) {
      tally.verifications.put(fresh.get(i), verdicts.get(i));
    }
  }

  private static List<PairSource> sources(List<Chunk> chunks, HeldOut heldOut) {
    return List.of(
        new ChordSpellingPairs(),
        new ChordIdentificationPairs(),
        new ChordMembershipPairs(),
        new IntervalPairs(),
        new ScalePairs(),
        new KeySignaturePairs(),
        new KeyRelationPairs(),
        new RomanPairs(Family.ROMAN_REALISE),
        new RomanPairs(Family.ROMAN_ANALYSE),
        new CadencePairs(),
        new ConceptualPairs(chunks, id -> heldOut.splitOf(Family.CONCEPTUAL, id) == Split.EVAL),
        new MidiFeedbackPairs());
  }

  private static List<Chunk> chunks(DatasetOptions options) {
    CorpusLoader.Result corpus = CorpusLoader.load(options.corpus());
    Chunker chunker = new Chunker();
    List<Chunk> chunks = new ArrayList<>();
    for (Document document : corpus.documents()) {
      chunks.addAll(chunker.chunk(document));
    }
    return chunks;
  }

  private static Map<Family, Map<Split, Integer>> counts(List<Example> train, List<Example> eval) {
    Map<Family, Map<Split, Integer>> counts = new EnumMap<>(Family.class);
    for (Family family : Family.values()) {
      Map<Split, Integer> perSplit = new EnumMap<>(Split.class);
      perSplit.put(Split.TRAIN, 0);
      perSplit.put(Split.EVAL, 0);
      counts.put(family, perSplit);
    }
    for (List<Example> split : List.of(train, eval)) {
      split.forEach(e -> counts.get(e.pair().family()).merge(e.split(), 1, Integer::sum));
    }
    return counts;
  }
}
