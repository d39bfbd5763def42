package dev.cadenza.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads JSON request bodies strictly, turning malformed JSON or invalid UTF-8 into a 400 with a readable message. */
final class Bodies {
  /** Set once the whole body is in memory: an error answered after that leaves the connection clean for reuse. */
  private static final String READ_WHOLE = "cadenza.bodyReadWhole";

  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    byte[] bytes = ctx.bodyAsBytes();
    ctx.attribute(READ_WHOLE, Boolean.TRUE);
    String body = utf8(bytes);
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

  /** Whether {@link #read} took the whole body off the connection. */
  static boolean readWhole(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(READ_WHOLE));
  }

  /** Decodes strictly: a replacement character would let "caden\uFFFDce" through as a question. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("request body is not valid UTF-8");
    }
  }
}
