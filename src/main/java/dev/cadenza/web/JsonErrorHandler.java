package dev.cadenza.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cadenza.app.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches a route (a URI too long, bad UTF-8 in the path, a malformed
 * request line), get the same JSON {@code {"error"}} body as every other API error instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    response.getHeaders().put(JSON);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String message) {
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    try {
      return Json.mapper().writeValueAsBytes(new ApiError(Failures.capped(text.toLowerCase(Locale.ROOT))));
    } catch (JsonProcessingException e) {
      return "{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8);
    }
  }
}
