package dev.cadenza.web;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Curator;
import dev.cadenza.app.FactCheck;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.Drafts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * Drafts: uploads the verifier held back. A curator reads one with its claims (to see each wrong fact beside the
 * engine's correction), publishes it anyway, or discards it; a fixed upload to the same id publishes it instead.
 * Every route needs the curator token, reads included: a draft is not public yet.
 */
final class DraftsController {

  /** A draft in the list. */
  record ListedDraft(String id, String title, String saved, int incorrect) {}

  /** A draft with its text and the fact check whose offsets point into that text. */
  record DraftView(String id, String title, String fileName, String saved, String text, List<FactCheck.PlacedClaim> claims,
      int incorrect) {}

  private final Cadenza cadenza;

  DraftsController(Cadenza cadenza) {
    this.cadenza = cadenza;
  }

  /** GET /api/drafts. */
  void list(Context ctx) {
    Drafts drafts = cadenza.curator().drafts();
    List<ListedDraft> listed = drafts.ids().stream().flatMap(id -> drafts.get(id).stream()).map(draft -> {
      DraftView view = view(draft);
      return new ListedDraft(view.id(), view.title(), view.saved(), view.incorrect());
    }).toList();
    ctx.json(Map.of("drafts", listed));
  }

  /** GET /api/drafts/{id}. */
  void get(Context ctx) {
    ctx.json(view(find(ctx.pathParam("id"))));
  }

  /** POST /api/drafts/{id}/publish: publishes the draft as it is, wrong facts and all, and records that. */
  void publishAnyway(Context ctx) {
    String id = ctx.pathParam("id");
    Curator.Outcome outcome = cadenza.curator().publishDraftAnyway(id).orElseThrow(() -> missing(id));
    ctx.status(outcome.kind() == Curator.Outcome.Kind.ADDED ? HttpStatus.CREATED : HttpStatus.OK).json(outcome);
  }

  /** DELETE /api/drafts/{id}. */
  void discard(Context ctx) {
    String id = ctx.pathParam("id");
    if (!cadenza.curator().discardDraft(id)) {
      throw missing(id);
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private Drafts.Draft find(String id) {
    return cadenza.curator().drafts().get(id).orElseThrow(() -> missing(id));
  }

  private static NotFoundResponse missing(String id) {
    return new NotFoundResponse("no draft with id " + id);
  }

  private DraftView view(Drafts.Draft draft) {
    Document document = DocumentParser.parse(draft.id(), draft.fileName(), draft.bytes());
    FactCheck check = cadenza.curator().factCheck(document);
    return new DraftView(draft.id(), document.title(), draft.fileName(), draft.saved().toString(), document.body(),
        check.claims(), check.incorrect());
  }
}
