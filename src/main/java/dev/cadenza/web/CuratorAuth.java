package dev.cadenza.web;

import dev.cadenza.app.CuratorToken;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;

/**
 * Write requests to curator endpoints need {@code Authorization: Bearer <token>}; reads stay open. The teacher's
 * class view is guarded the same way with the teacher's token.
 */
final class CuratorAuth {

  private static final String PREFIX = "Bearer ";

  private final CuratorToken token;
  private final String role;

  CuratorAuth(CuratorToken token) {
    this(token, "curator");
  }

  /** Guards with {@code token} (null: refuse everyone), naming {@code role} in messages. */
  CuratorAuth(CuratorToken token, String role) {
    this.token = token;
    this.role = role;
  }

  void requireTokenForWrites(Context ctx) {
    if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    requireToken(ctx);
  }

  /** GET /api/curator/token: 200 when the presented token is valid, so the curator page can check it when entered. */
  void check(Context ctx) {
    requireToken(ctx);
    ctx.json(java.util.Map.of("valid", true));
  }

  void requireToken(Context ctx) {
    String header = ctx.header("Authorization");
    // The scheme name is case-insensitive (RFC 9110 section 11.1): "bearer" and "BEARER" are "Bearer".
    String presented = header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
        ? header.substring(PREFIX.length()).strip() : null;
    if (token == null || !token.matches(presented)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"cadenza-" + role + "\"");
      throw new UnauthorizedResponse(token == null ? "no " + role + " token is configured on this server"
          : presented == null ? role + " token required: send 'Authorization: Bearer <token>'"
          : role + " token is not valid");
    }
  }
}
