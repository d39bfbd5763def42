package dev.cadenza.web;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.OverloadedException;
import dev.cadenza.retrieve.SearchHit;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.TheoryJson;
import dev.cadenza.corpus.Level;
import dev.cadenza.curation.AnswerRecorder;
import dev.cadenza.index.Filter;
import dev.cadenza.learners.LearnerProgress;
import dev.cadenza.store.Database;
import dev.cadenza.store.StoreException;
import dev.cadenza.theory.verify.Verifier;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Questions and searches: parse, call the service, return its record as JSON. */
final class AskController {

  /** The JSON body of POST /api/ask. */
  record AskBody(String question, Integer k, String level, String topic, String conversationId, String learnerId) {}

  /** Mean mastery below which a learner reads beginner passages first, and below which intermediate ones. */
  private static final double BEGINNER_BELOW = 0.5;
  private static final double INTERMEDIATE_BELOW = 0.8;

  /** Verification is linear in the text, but a whole book per request is not what the endpoint is for. */
  private static final int MAX_VERIFY_CHARS = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(AskController.class);

  private final Cadenza cadenza;
  private final AnswerRecorder recorder;
  private final Verifier verifier = new Verifier();

  AskController(Cadenza cadenza, AnswerRecorder recorder) {
    this.cadenza = cadenza;
    this.recorder = recorder;
  }

  void ask(Context ctx) {
    AskBody body = Bodies.read(ctx, AskBody.class);
    int k = body.k() == null ? AskRequest.DEFAULT_K : body.k();
    AskRequest request = new AskRequest(body.question(), k, new Filter(body.level(), body.topic()), body.conversationId(),
        List.of(), preferredLevel(body.learnerId(), body.level()));
    AskResult result = cadenza.ask().ask(request);
    Observability.answered(ctx, result);
    recorder.answered(request.question(), request.filter(), result);
    ctx.json(result);
  }

  /** With a learner and no level given, the learner's level: their passages rank first and the answer is written for it. */
  private Level preferredLevel(String learnerId, String level) {
    return learnerId == null || level != null && !level.isBlank() ? null : levelOf(learnerId);
  }

  /** The level a learner's practice shows: mean mastery over the topics answered (none yet: beginner). */
  private Level levelOf(String learnerId) {
    double mastery = cadenza.practice().progress(learnerId).topics().stream().filter(t -> t.answered() > 0)
        .mapToDouble(LearnerProgress.TopicProgress::mastery).average().orElse(0);
    return mastery < BEGINNER_BELOW ? Level.BEGINNER : mastery < INTERMEDIATE_BELOW ? Level.INTERMEDIATE : Level.ADVANCED;
  }

  /**
   * GET /api/ask/stream?q=...[&learnerId=...]: Server-Sent Events, a "token" event ({"text": ...}) per verified piece of
   * the answer, then one "done" event carrying the whole result (the text to keep, with citations).
   * Parameters are validated before the stream opens, so bad input is still a JSON 400.
   */
  void stream(Context ctx) throws Exception {
    String question = ctx.queryParam("q");
    if (question == null) {
      throw new IllegalArgumentException("query parameter 'q' must not be empty");
    }
    int k = Params.intParam(ctx, "k", AskRequest.DEFAULT_K, 1, AskRequest.MAX_K);
    String level = ctx.queryParam("level");
    AskRequest request = new AskRequest(question, k, new Filter(level, ctx.queryParam("topic")),
        ctx.queryParam("conversationId"), List.of(), preferredLevel(ctx.queryParam("learnerId"), level));
    new SseHandler(client -> {
      try {
        AskResult result = cadenza.ask().ask(request,
            text -> client.sendEvent("token", CadenzaApp.json(Map.of("text", text))));
        Observability.answered(ctx, result);
        recorder.answered(request.question(), request.filter(), result);
        client.sendEvent("done", CadenzaApp.json(result));
      } catch (OverloadedException e) {
        client.sendEvent("busy", CadenzaApp.json(Map.of("error", e.getMessage(), "retryAfterSeconds", e.retryAfterSeconds())));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // The stream has begun, so the status is sent already: the failure goes to the client as an event.
        LOG.error("streamed answer failed: {}", Failures.describe(e));
        client.sendEvent("failure", CadenzaApp.json(new ApiError("the answer could not be completed; the server log has details")));
      }
      client.close();
    }).handle(ctx);
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

  /** The JSON body of POST /api/verify (text/plain bodies are accepted too). */
  record VerifyBody(String text) {}

  void verify(Context ctx) {
    String text = ctx.contentType() != null && ctx.contentType().startsWith("text/plain")
        ? Bodies.utf8(ctx.bodyAsBytes()) : Bodies.read(ctx, VerifyBody.class).text();
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("'text' must not be empty");
    }
    if (text.length() > MAX_VERIFY_CHARS) {
      throw new IllegalArgumentException("text is too long: " + text.length() + " characters, at most " + MAX_VERIFY_CHARS);
    }
    ctx.json(TheoryJson.verification(verifier.verify(text), text));
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "chunks", cadenza.index().chunkCount(), "backend", cadenza.backend()));
  }

  /**
   * Readiness for orchestrators: 200 when the index is open and holds passages (the server starts only
   * after syncing it with the library), 503 otherwise; either way with the index state, the questions
   * waiting for a turn and the answer backend.
   */
  void ready(Context ctx) {
    int chunks = cadenza.index().chunkCount();
    int waiting = cadenza.ask().admission().waiting();
    String database = databaseState();
    boolean ready = chunks > 0 && !database.startsWith("unreachable");
    // An open model-server circuit does not make Cadenza unready: the embedded composer answers meanwhile.
    String modelServer = cadenza.modelServer()
        .map(server -> "circuit " + server.circuitBreaker().state().name().toLowerCase(Locale.ROOT)).orElse("none");
    ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "not ready",
        "index", chunks > 0 ? "open, " + chunks + " chunks" : "empty", "waiting", waiting,
        "backend", cadenza.backend(), "modelServer", modelServer, "database", database));
  }

  /** "reachable (sqlite ...)" or "unreachable (...)": learners and curation need it, so an instance without it is not ready. */
  private String databaseState() {
    try {
      Database database = cadenza.database();
      return (database.reachable(2) ? "reachable (" : "unreachable (") + database + ")";
    } catch (StoreException e) {
      return "unreachable (" + Failures.capped(e.getMessage()) + ")";
    }
  }
}
