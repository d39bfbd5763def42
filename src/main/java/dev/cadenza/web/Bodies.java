package dev.cadenza.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads JSON request bodies strictly, turning malformed JSON or invalid UTF-8 into a 400 with a readable message. */
final class Bodies {
  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    String body = utf8(ctx.bodyAsBytes());
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
