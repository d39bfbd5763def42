package dev.cadenza.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.answer.OverloadedException;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.DuplicateDocumentException;
import dev.cadenza.app.Json;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.learners.AlreadyAnsweredException;
import dev.cadenza.learners.UnknownIdException;
import dev.cadenza.midi.MidiException;
import io.javalin.config.SizeUnit;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole HTTP application: every route, the static pages, and the one mapping of errors to statuses. */
public final class CadenzaApp {

  private static final Logger LOG = LoggerFactory.getLogger(CadenzaApp.class);

  /** Request bodies reject unknown fields so a typo ("questoin") is an error, not a silent default. */
  static final ObjectMapper MAPPER = Json.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final ObjectMapper OUTPUT = Json.mapper();

  /**
   * Cadenza's pages load scripts only from their own origin (no inline script); styles may be inline because
   * abcjs and swagger-ui set style attributes; audio is synthesised in the page (blob: and data: for media).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob: data:;"
      + " object-src 'none'; base-uri 'self'; form-action 'self'";

  private CadenzaApp() {}

  /** Serialises a response value with the API's JSON settings (for SSE events, which bypass ctx.json). */
  static String json(Object value) {
    try {
      return OUTPUT.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static Javalin create(Cadenza cadenza, WebConfig web) {
    AskController ask = new AskController(cadenza);
    DocumentsController documents = new DocumentsController(cadenza);
    MidiController midi = new MidiController(cadenza);
    PianoController piano = new PianoController();
    PracticeController practice = new PracticeController(cadenza);
    CuratorAuth auth = new CuratorAuth(web.curatorToken());
    CuratorAuth teacher = new CuratorAuth(web.teacherToken(), "teacher");
    RateLimiter limiter = new RateLimiter(web.rateLimit(), System::nanoTime);
    Observability observability = new Observability(cadenza, web.ops());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.mapper(), true));
      observability.install(config);
      // Measured with `cadenza bench ask`: 66 vs 37 req/s and p99 371 vs 674 ms at 10 clients (docs/benchmarks.md).
      config.concurrency.useVirtualThreads = true;
      config.http.maxRequestSize = web.maxUploadBytes();
      config.jetty.multipartConfig.maxFileSize(web.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(web.maxUploadBytes(), SizeUnit.BYTES);
      // The widget runs on other sites' pages and calls this API from their origin.
      config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      // swagger-ui for the browsable API page (/api-docs.html).
      config.staticFiles.enableWebjars();
      config.routes.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY));
      config.routes.before("/api/ask", limiter::check);
      config.routes.before("/api/ask/stream", limiter::check);
      config.routes.before("/api/midi/*", limiter::check);
      config.routes.before("/api/compose", limiter::check);
      config.routes.get("/openapi.json", OpenApi::serve);
      config.routes.get("/api/health", ask::health);
      config.routes.get("/api/ready", ask::ready);
      config.routes.get("/api/search", ask::search);
      config.routes.post("/api/ask", ask::ask);
      config.routes.get("/api/ask/stream", ask::stream);
      config.routes.get("/api/theory", ask::theory);
      config.routes.post("/api/verify", ask::verify);

      config.routes.post("/api/midi/analyze", midi::analyze);
      config.routes.post("/api/midi/ask", midi::ask);
      config.routes.get("/api/theory/midi", midi::example);
      config.routes.post("/api/compose", piano::compose);
      config.routes.get("/api/fingering", piano::fingering);

      config.routes.post("/api/learners", practice::createLearner);
      config.routes.get("/api/learners/<id>/progress", practice::progress);
      config.routes.post("/api/practice/next", practice::next);
      config.routes.post("/api/practice/answer", practice::answer);
      config.routes.before("/api/class/*", teacher::requireToken);
      config.routes.get("/api/class/summary", practice::classSummary);

      config.routes.get("/api/curator/token", auth::check);
      config.routes.before("/api/documents*", auth::requireTokenForWrites);
      // Refused on its announced length before anything reads it: a client that sent "Expect: 100-continue"
      // then never sends the body, and none races the server's closing of the connection.
      config.routes.before("/api/*", ctx -> {
        if (ctx.contentLength() > web.maxUploadBytes()) {
          throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
              "request body is " + ctx.contentLength() + " bytes; the limit is " + web.maxUploadBytes());
        }
      });
      config.routes.get("/api/documents", documents::list);
      config.routes.post("/api/documents", documents::create);
      config.routes.get("/api/documents/<id>", documents::get);
      config.routes.put("/api/documents/<id>", documents::update);
      config.routes.delete("/api/documents/<id>", documents::delete);

      config.routes.exception(CorpusException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(e.getMessage())));
      config.routes.exception(DuplicateDocumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.CONFLICT).json(new ApiError(e.getMessage())));
      config.routes.exception(MidiException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(e.getMessage())));
      config.routes.exception(UnknownIdException.class, (e, ctx) ->
          ctx.status(HttpStatus.NOT_FOUND).json(new ApiError(e.getMessage())));
      config.routes.exception(AlreadyAnsweredException.class, (e, ctx) ->
          ctx.status(HttpStatus.CONFLICT).json(new ApiError(e.getMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(e.getMessage())));
      config.routes.exception(OverloadedException.class, (e, ctx) -> {
        ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError(e.getMessage()));
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(new ApiError(e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError("internal error; the server log has details"));
      });
    });
  }
}
