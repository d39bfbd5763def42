package dev.cadenza.web;

import dev.cadenza.app.Cadenza;
import dev.cadenza.curation.Curation;
import dev.cadenza.curation.GapLog;
import dev.cadenza.curation.UsageLog;
import dev.cadenza.index.IndexedDocument;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What curators learn from students: the gap log with its two actions, usage per document, and the click report the
 * chat page sends when a student opens a cited source (the only route here without the curator token).
 */
final class CurationController {

  /** The JSON body of "mark as covered". */
  record CoveredBody(String docId) {}

  /** The JSON body of a citation click. */
  record ClickBody(String docId) {}

  /** A document's use, with its title; a document nobody used yet has zeros. */
  record UsageRow(String docId, String title, int citations, int clicks, List<UsageLog.GroupCount> groups) {}

  private static final int MAX_GROUPS = 500;

  private final Cadenza cadenza;
  private final Curation curation;

  CurationController(Cadenza cadenza, Curation curation) {
    this.cadenza = cadenza;
    this.curation = curation;
  }

  /** GET /api/curator/gaps?status=open&limit=100. */
  void gaps(Context ctx) {
    GapLog.Status status = GapLog.Status.of(ctx.queryParamAsClass("status", String.class).getOrDefault("open"));
    int limit = Params.intParam(ctx, "limit", 100, 1, MAX_GROUPS);
    ctx.json(Map.of("status", status, "groups", curation.gaps().groups(status, limit)));
  }

  /** POST /api/curator/gaps/{id}/covered {"docId": ...}. */
  void markCovered(Context ctx) {
    String docId = Bodies.read(ctx, CoveredBody.class).docId();
    if (docId == null || docId.isBlank()) {
      throw new IllegalArgumentException("'docId' is required: the document that now answers these questions");
    }
    requireIndexed(docId);
    if (!curation.gaps().markCovered(ctx.pathParam("id"), docId)) {
      throw new NotFoundResponse("no gap group with id " + ctx.pathParam("id"));
    }
    ctx.json(Map.of("id", ctx.pathParam("id"), "status", GapLog.Status.COVERED, "coveredBy", docId));
  }

  /** POST /api/curator/gaps/{id}/dismiss. */
  void dismiss(Context ctx) {
    if (!curation.gaps().dismiss(ctx.pathParam("id"))) {
      throw new NotFoundResponse("no gap group with id " + ctx.pathParam("id"));
    }
    ctx.json(Map.of("id", ctx.pathParam("id"), "status", GapLog.Status.DISMISSED));
  }

  /** GET /api/curator/usage: every indexed document, most cited first, then any cited document since removed. */
  void usage(Context ctx) {
    Map<String, UsageLog.DocumentUsage> used = curation.usage().usage().stream()
        .collect(Collectors.toMap(UsageLog.DocumentUsage::docId, Function.identity()));
    List<UsageRow> rows = new ArrayList<>();
    for (IndexedDocument document : cadenza.index().documents()) {
      UsageLog.DocumentUsage use = used.remove(document.id());
      rows.add(use == null ? new UsageRow(document.id(), document.title(), 0, 0, List.of())
          : new UsageRow(document.id(), document.title(), use.citations(), use.clicks(), use.groups()));
    }
    used.values().forEach(use -> rows.add(new UsageRow(use.docId(), null, use.citations(), use.clicks(), use.groups())));
    rows.sort((a, b) -> a.citations() != b.citations() ? Integer.compare(b.citations(), a.citations()) : a.docId().compareTo(b.docId()));
    ctx.json(Map.of("documents", rows));
  }

  /** POST /api/citations/click {"docId": ...}: a student opened a cited source; recorded off the request thread. */
  void click(Context ctx) {
    String docId = Bodies.read(ctx, ClickBody.class).docId();
    if (docId == null || docId.isBlank()) {
      throw new IllegalArgumentException("'docId' is required");
    }
    requireIndexed(docId);
    curation.recorder().clicked(docId);
    ctx.status(HttpStatus.ACCEPTED).json(Map.of("recorded", true));
  }

  private void requireIndexed(String docId) {
    if (cadenza.index().documents().stream().noneMatch(d -> d.id().equals(docId))) {
      throw new NotFoundResponse("no document with id " + docId);
    }
  }
}
