package dev.cadenza.index;

import java.util.List;

/** What a synchronisation of the index with a set of documents changed. */
public record SyncReport(List<String> added, List<String> updated, int unchanged, List<String> removed, int chunksEmbedded) {
  public SyncReport {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    removed = List.copyOf(removed);
  }

  public boolean changedAnything() {
    return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
  }
}
