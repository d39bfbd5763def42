package dev.cadenza.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole HTTP application: every route, the static pages, and the one mapping of errors to statuses. */
public final class CadenzaApp {

  private static final Logger LOG = LoggerFactory.getLogger(CadenzaApp.class);

  /** Request bodies reject unknown fields so a typo ("questoin") is an error, not a silent default. */
  static final ObjectMapper MAPPER = Json.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Largest request body accepted, in bytes; uploads have their own, larger limit. */
  static final long MAX_JSON_BYTES = 1_000_000;

  private CadenzaApp() {}

  public static Javalin create(Cadenza cadenza) {
    AskController ask = new AskController(cadenza);
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.mapper(), true));
      config.http.maxRequestSize = MAX_JSON_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      config.routes.get("/api/health", ask::health);
      config.routes.get("/api/search", ask::search);
      config.routes.post("/api/ask", ask::ask);

      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(e.getMessage())));
      config.routes.exception(ValidationException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(firstMessage(e))));
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(new ApiError(e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError("internal error; the server log has details"));
      });
    });
  }

  private static String firstMessage(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .findFirst()
        .map(entry -> entry.getKey() + ": " + entry.getValue().getFirst().getMessage())
        .orElse("invalid request");
  }
}
