package dev.cadenza.finetune;

import dev.cadenza.corpus.Chunk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Retrieval-augmented pairs from corpus passages: the user message holds the passage (sometimes with a
 * distractor from another document of the same split) and a question formed from its heading; the
 * answer quotes one to three of the passage's own sentences, each cited by passage number. The first
 * draws visit every usable passage once, in a seeded order.
 */
final class ConceptualPairs implements PairSource {
  /** How often a second, unrelated passage is shown, so the model learns to pick and cite the right one. */
  static final double DISTRACTOR_SHARE = 0.3;

  private final List<Chunk> chunks;
  /** The longest quote each chunk allows; a shorter answer quotes its first sentences. */
  private final Map<String, List<String>> quotes = new HashMap<>();
  private final Predicate<String> heldOutDocument;
  private List<Chunk> unvisited;

  /**
   * @param chunks the corpus passages, in a stable order
   * @param heldOutDocument whether a document id belongs to the eval split (distractors stay on their side)
   */
  ConceptualPairs(List<Chunk> chunks, Predicate<String> heldOutDocument) {
    chunks.forEach(c -> quotes.put(c.id(), Extracts.quote(c.text(), topic(c), Extracts.MAX_SENTENCES)));
    this.chunks = chunks.stream().filter(c -> !quotes.get(c.id()).isEmpty()).toList();
    this.heldOutDocument = heldOutDocument;
  }

  @Override
  public Family family() {
    return Family.CONCEPTUAL;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    if (chunks.isEmpty()) {
      return Optional.empty();
    }
    if (unvisited == null) {
      unvisited = new ArrayList<>(chunks);
      Collections.shuffle(unvisited, random);
    }
    Chunk chunk = unvisited.isEmpty() ? Draw.pick(random, chunks) : unvisited.removeLast();
    List<String> longest = quotes.get(chunk.id());
    List<String> quoted = longest.subList(0, Math.min(longest.size(), 1 + random.nextInt(Extracts.MAX_SENTENCES)));
    String question = ConceptualQuestions.question(chunk, random);
    Optional<Chunk> distractor = Draw.chance(random, DISTRACTOR_SHARE) ? distractor(chunk, random) : Optional.empty();
    boolean relevantFirst = distractor.isEmpty() || Draw.chance(random, 0.5);
    List<Chunk> shown = new ArrayList<>(List.of(chunk));
    distractor.ifPresent(d -> shown.add(relevantFirst ? 1 : 0, d));
    int number = relevantFirst ? 1 : 2;
    String answer = String.join(" ", quoted.stream().map(s -> s + " [" + number + "]").toList());
    return Optional.of(new Pair(family(), chunk.document().id(), user(shown, question), answer));
  }

  /** What a question about the chunk asks about: its heading, or the document title. */
  static String topic(Chunk chunk) {
    return chunk.headingPath().isEmpty() ? chunk.document().title() : chunk.headingPath().getLast();
  }

  private Optional<Chunk> distractor(Chunk chunk, Random random) {
    boolean side = heldOutDocument.test(chunk.document().id());
    List<Chunk> others = chunks.stream()
        .filter(c -> !c.document().id().equals(chunk.document().id()))
        .filter(c -> heldOutDocument.test(c.document().id()) == side)
        .toList();
    return others.isEmpty() ? Optional.empty() : Optional.of(Draw.pick(random, others));
  }

  /** "Passages:\n[1] Title — Heading\ntext\n\nQuestion: ...". */
  static String user(List<Chunk> passages, String question) {
    StringBuilder user = new StringBuilder("Passages:\n");
    for (int i = 0; i < passages.size(); i++) {
      Chunk c = passages.get(i);
      user.append('[').append(i + 1).append("] ").append(c.document().title())
          .append(c.headingPath().isEmpty() ? "" : " — " + c.heading()).append('\n')
          .append(c.text()).append("\n\n");
    }
    return user.append("Question: ").append(question).toString();
  }
}
