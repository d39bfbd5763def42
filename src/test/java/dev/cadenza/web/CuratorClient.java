package dev.cadenza.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Curator requests for tests: multipart uploads and token-bearing calls, with or without a token. */
final class CuratorClient {

  private final Http http;
  private final String base;

  CuratorClient(Http http, int port) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
  }

  /** Sends {@code content} as the multipart part "file" named {@code fileName}; a null token sends none. */
  Http.Reply upload(String method, String path, String fileName, byte[] content, String token) {
    String boundary = "----cadenza-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(authorised(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token));
  }

  /** A request without a body ({@code GET}, {@code DELETE}, a bodiless {@code POST}). */
  Http.Reply call(String method, String path, String token) {
    return http.send(authorised(HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.noBody()), token));
  }

  /** A JSON request. */
  Http.Reply json(String method, String path, String json, String token) {
    return http.send(authorised(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)), token));
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }
}
