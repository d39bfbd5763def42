package dev.cadenza.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for tests against a server on localhost. */
public final class Http {

  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  private static final long LARGE_BODY = 64 * 1024;

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Reply post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  /** Uploads a MIDI file as a multipart form, with a question field when one is given. */
  public Reply postMidi(String path, byte[] file, String question) {
    String boundary = "----cadenza-midi";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (question != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\n" + question + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"piece.mid\"\r\n"
        + "Content-Type: audio/midi\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary="
        + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /**
   * Sends a request; a large body is announced with "Expect: 100-continue", as curl does, so that a server
   * refusing it on its length answers before the body is sent. Otherwise that early answer and the closing of
   * the connection race with the client still writing, and the client may read nothing at all.
   */
  public Reply send(HttpRequest.Builder request) {
    long length = request.build().bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L);
    try {
      HttpResponse<String> response = client.send(request.expectContinue(length > LARGE_BODY).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
