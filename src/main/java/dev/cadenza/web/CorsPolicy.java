package dev.cadenza.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other sites' pages may call the API from a browser. Student routes (asking, searching, MIDI, the theory
 * engine) are open to every origin by default, because the widget runs on other sites; {@code CADENZA_CORS_ORIGINS}
 * narrows them to a list. Curator routes ({@code /api/documents}, {@code /api/curator}) are open to no other origin
 * unless {@code CADENZA_CURATOR_CORS_ORIGINS} lists some, so a page elsewhere cannot drive a curator's browser
 * into writing.
 *
 * @param studentOrigins origins allowed on student routes; empty means any
 * @param curatorOrigins origins allowed on curator routes; empty means none
 */
public record CorsPolicy(Set<String> studentOrigins, Set<String> curatorOrigins) {

  public static final CorsPolicy DEFAULT = new CorsPolicy(Set.of(), Set.of());

  private static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  private static final String HEADERS = "Content-Type, Authorization, X-Request-Id";

  public CorsPolicy {
    studentOrigins = Set.copyOf(studentOrigins);
    curatorOrigins = Set.copyOf(curatorOrigins);
  }

  static CorsPolicy fromEnvironment(Map<String, String> env) {
    return new CorsPolicy(origins(env.get("CADENZA_CORS_ORIGINS")), origins(env.get("CADENZA_CURATOR_CORS_ORIGINS")));
  }

  private static Set<String> origins(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(o -> !o.isEmpty()).map(CorsPolicy::origin)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String origin(String value) {
    String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    if (!trimmed.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
      throw new IllegalArgumentException("illegal CORS origin '" + value + "', expected e.g. https://school.example:8443");
    }
    return trimmed;
  }

  /** Before every request: sets the CORS headers a request from another origin may have, and answers preflights. */
  void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    // The teacher's class view carries a bearer token like the curator routes, so it gets their stricter list.
    boolean curator = ctx.path().startsWith("/api/documents") || ctx.path().startsWith("/api/curator")
        || ctx.path().startsWith("/api/class");
    boolean allowed = curator ? curatorOrigins.contains(origin) : studentOrigins.isEmpty() || studentOrigins.contains(origin);
    if (allowed) {
      ctx.header("Access-Control-Allow-Origin", curator || !studentOrigins.isEmpty() ? origin : "*");
      ctx.header("Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
      ctx.header("Vary", "Origin");
    }
    if ("OPTIONS".equals(ctx.method().name()) && ctx.header("Access-Control-Request-Method") != null) {
      if (allowed) {
        ctx.header("Access-Control-Allow-Methods", METHODS);
        ctx.header("Access-Control-Allow-Headers", HEADERS);
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(HttpStatus.NO_CONTENT);
      } else {
        ctx.status(HttpStatus.FORBIDDEN).json(new ApiError("cross-origin requests from " + Failures.capped(origin)
            + " are not allowed on " + ctx.path()));
      }
      ctx.skipRemainingHandlers();
    }
  }
}
