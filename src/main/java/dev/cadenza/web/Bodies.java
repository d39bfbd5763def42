package dev.cadenza.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;

/** Reads JSON request bodies, turning malformed JSON into a 400 with a readable message. */
final class Bodies {
  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new IllegalArgumentException("request body must be a JSON object");
    }
    try {
      T value = CadenzaApp.MAPPER.readValue(body, type);
      if (value == null) {
        throw new IllegalArgumentException("request body must be a JSON object");
      }
      return value;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("invalid JSON body: " + e.getOriginalMessage());
    }
  }
}
