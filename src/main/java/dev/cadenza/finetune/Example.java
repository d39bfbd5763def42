package dev.cadenza.finetune;

/** A kept pair, the split it belongs to and what the verifier said about its answer. */
public record Example(Pair pair, Split split, ClaimCounts claims) {
  public ChatRecord record() {
    return ChatRecord.of(pair);
  }
}
