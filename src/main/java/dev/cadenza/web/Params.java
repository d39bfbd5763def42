package dev.cadenza.web;

import io.javalin.http.Context;

/** Query parameters with defaults and ranges; a bad value is a 400 naming the parameter. */
final class Params {
  private Params() {}

  static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + raw + "'");
    }
  }
}
