package dev.cadenza.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Curator;
import dev.cadenza.corpus.FrontMatter;
import dev.cadenza.corpus.Library;
import dev.cadenza.index.IndexedDocument;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The curator API: list, read, add, replace and delete documents. Writes are authorised by {@link CuratorAuth}. */
final class DocumentsController {

  /** A document sent as JSON instead of a file. */
  record DocumentBody(String title, String text, String topic, String level, List<String> tags, List<String> sources) {}

  /** One page of the document list. */
  record DocumentPage(int total, int page, int size, List<ListedDocument> documents) {}

  /** A document in the list, with when its file last changed (ISO-8601, absent when unknown). */
  record ListedDocument(@JsonUnwrapped IndexedDocument document, String changed) {}

  private static final int MAX_PAGE_SIZE = 100;

  private final Cadenza cadenza;

  DocumentsController(Cadenza cadenza) {
    this.cadenza = cadenza;
  }

  /** GET /api/documents?page&size&q&sort: q keeps documents whose id, title, topic or tags contain it; sort=changed lists the newest first. */
  void list(Context ctx) {
    int page = Params.intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = Params.intParam(ctx, "size", 20, 1, MAX_PAGE_SIZE);
    String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("id");
    if (!sort.equals("id") && !sort.equals("changed")) {
      throw new IllegalArgumentException("sort must be 'id' or 'changed', not '" + sort + "'");
    }
    String query = ctx.queryParamAsClass("q", String.class).getOrDefault("").strip().toLowerCase(Locale.ROOT);
    Map<String, Instant> changes = cadenza.documentChanges();
    Stream<ListedDocument> listed = cadenza.index().documents().stream()
        .filter(d -> query.isEmpty() || searchText(d).contains(query))
        .map(d -> new ListedDocument(d, changes.containsKey(d.id()) ? changes.get(d.id()).toString() : null));
    if (sort.equals("changed")) {
      listed = listed.sorted(Comparator.comparing((ListedDocument d) -> changes.getOrDefault(d.document().id(), Instant.EPOCH))
          .reversed().thenComparing(d -> d.document().id()));
    }
    List<ListedDocument> all = listed.toList();
    int from = Math.min(all.size(), (page - 1) * size);
    ctx.json(new DocumentPage(all.size(), page, size, all.subList(from, Math.min(all.size(), from + size))));
  }

  private static String searchText(IndexedDocument d) {
    return String.join(" ", d.id(), nullToEmpty(d.title()), nullToEmpty(d.topic()), String.join(" ", d.tags() == null ? List.of() : d.tags()))
        .toLowerCase(Locale.ROOT);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    IndexedDocument document = find(id);
    ctx.json(Map.of("document", document, "chunks", cadenza.index().chunksOf(id)));
  }

  void create(Context ctx) {
    Upload upload = upload(ctx);
    Curator.Outcome outcome = cadenza.curator().add(Library.uploadId(upload.fileName()), upload.fileName(), upload.bytes());
    ctx.status(HttpStatus.CREATED).json(outcome);
  }

  void update(Context ctx) {
    String id = ctx.pathParam("id");
    requireUploaded(find(id).id());
    Upload upload = upload(ctx);
    ctx.json(cadenza.curator().put(id, upload.fileName(), upload.bytes()));
  }

  void delete(Context ctx) {
    String id = ctx.pathParam("id");
    requireUploaded(find(id).id());
    cadenza.curator().delete(id);
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private IndexedDocument find(String id) {
    return cadenza.index().documents().stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("no document with id " + id));
  }

  private static void requireUploaded(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX)) {
      throw new ConflictResponse("document " + id + " belongs to the shipped corpus; edit it in corpus/ and restart");
    }
  }

  private record Upload(String fileName, byte[] bytes) {}

  private static Upload upload(Context ctx) {
    if (ctx.isMultipartFormData()) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw new IllegalArgumentException("multipart upload needs a part named 'file'");
      }
      try (var in = file.content()) {
        return new Upload(file.filename(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read upload " + file.filename(), e);
      }
    }
    DocumentBody body = Bodies.read(ctx, DocumentBody.class);
    if (body.title() == null || body.title().isBlank()) {
      throw new IllegalArgumentException("'title' is required");
    }
    if (body.text() == null || body.text().isBlank()) {
      throw new IllegalArgumentException("'text' must not be empty");
    }
    String markdown = FrontMatter.render(body.title(), body.topic(), body.level(), body.tags(), body.sources(), body.text());
    return new Upload(body.title() + ".md", markdown.getBytes(StandardCharsets.UTF_8));
  }
}
