package dev.cadenza.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.DocumentStore;
import dev.cadenza.corpus.Drafts;
import dev.cadenza.corpus.Library;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.IndexFollower;
import dev.cadenza.index.Progress;
import dev.cadenza.theory.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Adds, replaces and removes curator documents, one write at a time: the existence check, the staged original and
 * the index change happen under the store's write lock (across instances when the store is shared), so concurrent
 * uploads of one id cannot both win. Under the lock the index first catches up with changes other instances
 * committed; then the original is staged, the document indexed, and only then the original committed: a write
 * interrupted at any point leaves the store and the index agreeing after a restart (the next start drops an indexed
 * document the store does not have).
 * Every write is fact-checked first: a document with a wrong claim is kept as a {@link Drafts draft}, never indexed,
 * unless the curator publishes it anyway, which {@link PublishOverrides} records.
 */
public final class Curator {

  /** Most chunks one document may make (about 600,000 words); more is refused before anything is embedded. */
  public static final int MAX_CHUNKS_PER_DOCUMENT = 2_000;

  /** What an ingestion did, file by file. */
  public record IngestSummary(List<String> added, List<String> updated, List<String> drafted, List<String> skipped,
      List<String> failed) {}

  /** Whether a document with wrong claims is held back as a draft or published over the verifier's objection. */
  public enum WrongFacts { HOLD, PUBLISH_ANYWAY }

  private final DocumentStore store;
  private final IndexFollower follower;
  private final ChunkIndex index;
  private final DocumentSync sync;
  private final Drafts drafts;
  private final PublishOverrides overrides;
  private final Verifier verifier = new Verifier();

  Curator(DocumentStore store, IndexFollower follower, ChunkIndex index, DocumentSync sync,
      PublishOverrides overrides) {
    this.store = store;
    this.follower = follower;
    this.index = index;
    this.sync = sync;
    this.drafts = store.drafts();
    this.overrides = overrides;
  }

  /** Stores and indexes a new document as {@code id}; an id already indexed is a {@link DocumentExistsException}. */
  public Outcome add(String id, String fileName, byte[] bytes, WrongFacts wrongFacts) {
    return write(id, fileName, bytes, true, wrongFacts);
  }

  /** Stores and indexes an uploaded file as {@code id}; identical content already indexed is reported, not re-indexed. */
  public Outcome put(String id, String fileName, byte[] bytes, WrongFacts wrongFacts) {
    return write(id, fileName, bytes, false, wrongFacts);
  }

  /** Publishes the waiting draft of {@code id} as it is, recording the override; empty when there is no draft. */
  public Optional<Outcome> publishDraftAnyway(String id) {
    return drafts.get(id).map(draft -> put(id, draft.fileName(), draft.bytes(), WrongFacts.PUBLISH_ANYWAY));
  }

  /** The verifier's reading of a document's text. */
  public FactCheck factCheck(Document document) {
    return FactCheck.of(verifier, document.body());
  }

  /** The drafts waiting for a fix or an override. */
  public Drafts drafts() {
    return drafts;
  }

  /** The record of documents published over the verifier's objection. */
  public PublishOverrides overrides() {
    return overrides;
  }

  private Outcome write(String id, String fileName, byte[] bytes, boolean mustBeNew, WrongFacts wrongFacts) {
    Document parsed = DocumentParser.parse(id, fileName, bytes);
    FactCheck check = factCheck(parsed);
    try (DocumentStore.Write write = store.begin()) {
      follower.catchUp();
      Map<String, String> hashes = index.documentHashes();
      String existing = hashes.get(id);
      if (mustBeNew && existing != null) {
        throw new DocumentExistsException(id);
      }
      if (parsed.contentHash().equals(existing)) {
        drafts.remove(id);
        return new Outcome(Outcome.Kind.UNCHANGED, id, 0, check, false);
      }
      hashes.forEach((otherId, hash) -> {
        if (hash.equals(parsed.contentHash()) && !otherId.equals(id)) {
          throw new DuplicateDocumentException(otherId);
        }
      });
      boolean override = !check.passes() && wrongFacts == WrongFacts.PUBLISH_ANYWAY;
      if (!check.passes() && !override) {
        // A replacement with a wrong fact leaves the published version searchable until the draft is settled.
        drafts.save(id, fileName, bytes);
        return new Outcome(Outcome.Kind.DRAFTED, id, 0, check, false);
      }
      write.put(parsed, fileName, bytes);
      int chunks = sync.put(parsed, MAX_CHUNKS_PER_DOCUMENT);
      commit(write, id);
      if (override) overrides.record(id, parsed.contentHash(), check);
      drafts.remove(id);
      return new Outcome(existing == null ? Outcome.Kind.ADDED : Outcome.Kind.UPDATED, id, chunks, check, override);
    }
  }

  /** Commits a write whose index change is made; if the commit fails, the index goes back to the store's version. */
  private void commit(DocumentStore.Write write, String id) {
    try {
      write.commit();
    } catch (RuntimeException e) {
      follower.reconcile(id);
      throw e;
    }
  }

  /** Removes an uploaded document's chunks, original and waiting draft; false when no such document exists. */
  public boolean delete(String id) {
    try (DocumentStore.Write write = store.begin()) {
      follower.catchUp();
      // Index first: a crash between the two leaves an original that the next start indexes again, never a
      // searchable document without its original.
      boolean wasIndexed = index.delete(id);
      boolean hadDraft = drafts.remove(id);
      boolean removed = write.remove(id);
      commit(write, id);
      return removed || wasIndexed || hadDraft;
    }
  }

  /** Throws away the waiting draft of {@code id}, leaving any published version as it is; false when none waited. */
  public boolean discardDraft(String id) {
    try (DocumentStore.Write write = store.begin()) {
      return drafts.remove(id);
    }
  }

  /** Ingests files and folders (recursively); every file is attempted and its fate reported. */
  public IngestSummary ingest(List<Path> paths, Progress progress) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) throw new CorpusException("no such file or folder: " + path);
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(p -> DocumentParser.Format.supported(p.getFileName().toString()))
            .sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    List<String> added = new ArrayList<>(), updated = new ArrayList<>(), drafted = new ArrayList<>();
    List<String> skipped = new ArrayList<>(), failed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String name = file.getFileName().toString();
      try {
        Outcome outcome = put(Library.uploadId(name), name, Files.readAllBytes(file), WrongFacts.HOLD);
        switch (outcome.kind()) {
          case ADDED -> added.add(outcome.id());
          case UPDATED -> updated.add(outcome.id());
          case DRAFTED -> drafted.add(outcome.id() + " (" + outcome.factCheck().incorrect() + " wrong facts)");
          case UNCHANGED -> skipped.add(outcome.id() + " (unchanged)");
        }
      } catch (DuplicateDocumentException e) {
        skipped.add(file + " (" + e.getMessage() + ")");
      } catch (CorpusException | IOException e) {
        failed.add(file + ": " + e.getMessage());
      }
      progress.update("ingesting", i + 1, files.size());
    }
    return new IngestSummary(added, updated, drafted, skipped, failed);
  }

  /**
   * The result of one write with its fact check: DRAFTED means held back (nothing indexed); publishedAnyway means
   * indexed with wrong claims, on the curator's explicit request, and recorded.
   */
  public record Outcome(Kind kind, String id, int chunks, @JsonUnwrapped FactCheck factCheck, boolean publishedAnyway) {
    public enum Kind { ADDED, UPDATED, UNCHANGED, DRAFTED }
  }
}
