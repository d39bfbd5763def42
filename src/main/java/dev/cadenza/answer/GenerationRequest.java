package dev.cadenza.answer;

import java.util.List;

/**
 * What a generator gets: the question, the passages it may cite (numbered from 1 in this order)
 * and exact facts computed by the theory engine, which it must state as given.
 */
public record GenerationRequest(String question, List<Passage> passages, List<String> exactFacts) {
  public GenerationRequest {
    passages = List.copyOf(passages);
    exactFacts = List.copyOf(exactFacts);
  }
}
