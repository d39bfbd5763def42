package dev.cadenza.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.abc.AbcException;
import dev.cadenza.answer.OverloadedException;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.DocumentExistsException;
import dev.cadenza.app.DuplicateDocumentException;
import dev.cadenza.app.Json;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.curation.Curation;
import dev.cadenza.curation.CurationSettings;
import dev.cadenza.learners.AlreadyAnsweredException;
import dev.cadenza.learners.UnknownIdException;
import dev.cadenza.midi.MidiException;
import io.javalin.config.SizeUnit;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/** Builds the whole HTTP application: every route, the static pages, and the one mapping of errors to statuses. */
public final class CadenzaApp {

  /**
   * Request bodies are read strictly, so a mistake is an error and not a silent default: unknown fields ("questoin"),
   * duplicate keys, data after the JSON value, and a fraction where a whole number belongs ({@code "k": 5.5}).
   */
  static final ObjectMapper MAPPER = Json.mapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final ObjectMapper OUTPUT = Json.mapper();

  /**
   * Cadenza's pages load scripts only from their own origin (no inline script); styles may be inline because
   * abcjs and swagger-ui set style attributes; audio is synthesised in the page (blob: and data: for media).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob: data:;"
      + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private CadenzaApp() {}

  /** On every response: the page policy, no MIME sniffing, no framing by other sites, no full URLs in Referer. */
  private static void securityHeaders(io.javalin.http.Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /** Serialises a response value with the API's JSON settings (for SSE events, which bypass ctx.json). */
  static String json(Object value) {
    try {
      return OUTPUT.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * The app with its gap log and usage records in Cadenza's database, with default curation settings (tests, the
   * benchmarks); {@code cadenza serve} passes its configured curation instead.
   */
  public static Javalin create(Cadenza cadenza, WebConfig web) {
    Curation curation = Curation.open(cadenza::database, cadenza.embedder(), CurationSettings.DEFAULT, Clock.systemUTC());
    return create(cadenza, web, curation, curation::close);
  }

  /** The app recording into {@code curation}, which the caller closes. */
  public static Javalin create(Cadenza cadenza, WebConfig web, Curation curation) {
    return create(cadenza, web, curation, () -> { });
  }

  private static Javalin create(Cadenza cadenza, WebConfig web, Curation curation, Runnable onStopped) {
    AskController ask = new AskController(cadenza, curation.recorder());
    CurationController insights = new CurationController(cadenza, curation);
    DocumentsController documents = new DocumentsController(cadenza);
    DraftsController drafts = new DraftsController(cadenza);
    MidiController midi = new MidiController(cadenza);
    PianoController piano = new PianoController();
    PracticeController practice = new PracticeController(cadenza);
    CuratorAuth auth = new CuratorAuth(web.curatorToken());
    CuratorAuth teacher = new CuratorAuth(web.teacherToken(), "teacher");
    RateLimiter limiter = new RateLimiter(web.rateLimit(), System::nanoTime);
    Observability observability = new Observability(cadenza, web.ops());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.mapper(), true));
      config.events.serverStopped(onStopped::run);
      observability.install(config);
      // Measured with `cadenza bench ask`: 66 vs 37 req/s and p99 371 vs 674 ms at 10 clients (docs/benchmarks.md).
      config.concurrency.useVirtualThreads = true;
      config.http.maxRequestSize = web.maxUploadBytes();
      config.jetty.multipartConfig.maxFileSize(web.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(web.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      // swagger-ui for the browsable API page (/api-docs.html).
      config.staticFiles.enableWebjars();
      config.routes.before(CadenzaApp::securityHeaders);
      // The widget runs on other sites' pages and calls the student routes from their origin; curator routes stay closed.
      config.routes.before(web.cors()::apply);
      config.routes.before("/api/ask", limiter::check);
      config.routes.before("/api/ask/stream", limiter::check);
      config.routes.before("/api/midi/*", limiter::check);
      config.routes.before("/api/abc/*", limiter::check);
      config.routes.before("/api/compose", limiter::check);
      config.routes.before("/api/citations/click", limiter::check);
      config.routes.get("/openapi.json", Failures.guarded(OpenApi::serve));
      config.routes.get("/api/health", Failures.guarded(ask::health));
      config.routes.get("/api/ready", Failures.guarded(ask::ready));
      config.routes.get("/api/search", Failures.guarded(ask::search));
      config.routes.post("/api/ask", Failures.guarded(ask::ask));
      config.routes.get("/api/ask/stream", Failures.guarded(ask::stream));
      config.routes.get("/api/theory", Failures.guarded(ask::theory));
      config.routes.post("/api/verify", Failures.guarded(ask::verify));

      config.routes.post("/api/midi/analyze", Failures.guarded(midi::analyze));
      config.routes.post("/api/midi/ask", Failures.guarded(midi::ask));
      config.routes.post("/api/abc/analyze", Failures.guarded(midi::analyzeAbc));
      config.routes.get("/api/theory/midi", Failures.guarded(midi::example));
      config.routes.post("/api/compose", Failures.guarded(piano::compose));
      config.routes.get("/api/fingering", Failures.guarded(piano::fingering));

      config.routes.post("/api/learners", Failures.guarded(practice::createLearner));
      config.routes.get("/api/learners/<id>/progress", Failures.guarded(practice::progress));
      config.routes.post("/api/practice/next", Failures.guarded(practice::next));
      config.routes.post("/api/practice/answer", Failures.guarded(practice::answer));
      config.routes.post("/api/assessments", Failures.guarded(practice::startAssessment));
      config.routes.get("/api/assessments/<id>", Failures.guarded(practice::assessmentResult));
      config.routes.before("/api/class/*", teacher::requireToken);
      config.routes.get("/api/class/summary", Failures.guarded(practice::classSummary));

      config.routes.get("/api/curator/token", Failures.guarded(auth::check));
      config.routes.before("/api/documents*", auth::requireTokenForWrites);
      config.routes.before("/api/drafts*", auth::requireTokenForAll);
      config.routes.before("/api/curator/gaps*", auth::requireTokenForAll);
      config.routes.before("/api/curator/usage", auth::requireTokenForAll);
      // Refused on its announced length before anything reads it: a client that sent "Expect: 100-continue"
      // then never sends the body, and none races the server's closing of the connection.
      config.routes.before("/api/*", ctx -> {
        if (ctx.contentLength() > web.maxUploadBytes()) {
          throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
              "request body is " + ctx.contentLength() + " bytes; the limit is " + web.maxUploadBytes());
        }
      });
      // An error answered before the whole body was read (a broken multipart, a refused upload) closes the
      // connection, and says so: a client must not send its next request down a connection holding half a body.
      // A body read whole (a question refused as busy) leaves the connection clean, so refused clients keep theirs.
      config.routes.after("/api/*", ctx -> {
        if (ctx.statusCode() >= 400 && (ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null)
            && !Bodies.readWhole(ctx)) {
          ctx.header("Connection", "close");
        }
      });
      config.routes.get("/api/documents", Failures.guarded(documents::list));
      config.routes.post("/api/documents", Failures.guarded(documents::create));
      config.routes.get("/api/documents/<id>", Failures.guarded(documents::get));
      config.routes.put("/api/documents/<id>", Failures.guarded(documents::update));
      config.routes.delete("/api/documents/<id>", Failures.guarded(documents::delete));
      config.routes.get("/api/curator/gaps", Failures.guarded(insights::gaps));
      config.routes.post("/api/curator/gaps/{id}/covered", Failures.guarded(insights::markCovered));
      config.routes.post("/api/curator/gaps/{id}/dismiss", Failures.guarded(insights::dismiss));
      config.routes.get("/api/curator/usage", Failures.guarded(insights::usage));
      config.routes.post("/api/citations/click", Failures.guarded(insights::click));
      config.routes.get("/api/drafts", Failures.guarded(drafts::list));
      config.routes.post("/api/drafts/<id>/publish", Failures.guarded(drafts::publishAnyway));
      config.routes.get("/api/drafts/<id>", Failures.guarded(drafts::get));
      config.routes.delete("/api/drafts/<id>", Failures.guarded(drafts::discard));

      config.routes.exception(CorpusException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(DocumentExistsException.class, (e, ctx) ->
          ctx.status(HttpStatus.CONFLICT).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(DuplicateDocumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.CONFLICT).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(MidiException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(AbcException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
          .json(new ApiError.AtPosition(Failures.capped(e.getMessage()), e.line(), e.column())));
      config.routes.exception(UnknownIdException.class, (e, ctx) ->
          ctx.status(HttpStatus.NOT_FOUND).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(AlreadyAnsweredException.class, (e, ctx) ->
          ctx.status(HttpStatus.CONFLICT).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(OverloadedException.class, (e, ctx) -> {
        ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError(Failures.capped(e.getMessage())));
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(new ApiError(Failures.capped(e.getMessage()))));
      config.routes.exception(Exception.class, Failures::unexpected);
    });
  }
}
