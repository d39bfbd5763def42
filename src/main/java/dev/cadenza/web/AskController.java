package dev.cadenza.web;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.SearchHit;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.TheoryJson;
import dev.cadenza.index.Filter;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Questions and searches: parse, call the service, return its record as JSON. */
final class AskController {

  /** The JSON body of POST /api/ask. */
  record AskBody(String question, Integer k, String level, String topic) {}

  private final Cadenza cadenza;

  AskController(Cadenza cadenza) {
    this.cadenza = cadenza;
  }

  void ask(Context ctx) {
    AskBody body = Bodies.read(ctx, AskBody.class);
    int k = body.k() == null ? AskRequest.DEFAULT_K : body.k();
    ctx.json(cadenza.ask().ask(new AskRequest(body.question(), k, new Filter(body.level(), body.topic()))));
  }

  void search(Context ctx) {
    String query = ctx.queryParam("q");
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query parameter 'q' must not be empty");
    }
    int k = Params.intParam(ctx, "k", 10, 1, AskRequest.MAX_K);
    Filter filter = new Filter(ctx.queryParam("level"), ctx.queryParam("topic"));
    List<SearchHit> hits = cadenza.search().search(query, k, filter).stream().map(SearchHit::of).toList();
    ctx.json(Map.of("hits", hits));
  }

  void theory(Context ctx) {
    String question = ctx.queryParam("q");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("query parameter 'q' must not be empty");
    }
    if (question.length() > AskRequest.MAX_QUESTION_CHARS) {
      throw new IllegalArgumentException("question is too long: at most " + AskRequest.MAX_QUESTION_CHARS + " characters");
    }
    ctx.json(TheoryJson.of(question.strip(), cadenza.theory().answer(question.strip())));
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "chunks", cadenza.index().chunkCount()));
  }
}
