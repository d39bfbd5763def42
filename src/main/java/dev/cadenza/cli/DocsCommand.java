package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import dev.cadenza.corpus.Library;
import dev.cadenza.index.IndexedDocument;
import dev.cadenza.index.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "docs", mixinStandardHelpOptions = true, description = "List, show and delete library documents.",
    subcommands = {DocsCommand.ListDocs.class, DocsCommand.Show.class, DocsCommand.Delete.class})
final class DocsCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List indexed documents with chunk counts.")
  static final class ListDocs implements Callable<Integer> {
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Cadenza cadenza = Services.openSynced()) {
        List<IndexedDocument> documents = cadenza.index().documents();
        if (json) {
          System.out.println(Json.mapper().writeValueAsString(documents));
        } else {
          documents.forEach(d -> System.out.printf(Locale.ROOT, "%-50s %3d chunks  %-12s %-12s %s%n",
              d.id(), d.chunks(), d.level(), d.topic(), d.title()));
          System.out.println(documents.size() + " documents");
        }
      }
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a document's metadata and chunks.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Document id, e.g. harmony/cadences.")
    String id;

    @Override
    public Integer call() throws Exception {
      try (Cadenza cadenza = Services.openSynced()) {
        List<StoredChunk> chunks = cadenza.index().chunksOf(id);
        if (chunks.isEmpty()) {
          throw new IllegalArgumentException("no document with id " + id + " (see 'cadenza docs list')");
        }
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(Map.of("id", id, "chunks", chunks)));
      }
      return 0;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an uploaded document and its original file.")
  static final class Delete implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Document id, e.g. uploads/my-notes.")
    String id;

    @Override
    public Integer call() throws Exception {
      if (!id.startsWith(Library.UPLOAD_PREFIX)) {
        throw new IllegalArgumentException(id + " is part of the shipped corpus; remove its file from corpus/ instead");
      }
      try (Cadenza cadenza = Services.openSynced()) {
        if (!cadenza.curator().delete(id)) {
          throw new IllegalArgumentException("no document with id " + id);
        }
        System.out.println("deleted " + id);
      }
      return 0;
    }
  }
}
