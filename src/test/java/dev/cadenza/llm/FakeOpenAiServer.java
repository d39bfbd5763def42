package dev.cadenza.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An OpenAI chat-completions server for tests, on 127.0.0.1 and a free port. {@code POST
 * /v1/chat/completions} answers with the next scripted {@link Reply}: as a {@code chat.completion}
 * JSON object, or, when the request says {@code "stream": true}, as {@code text/event-stream}
 * chunks with {@code choices[0].delta.content} ending in {@code data: [DONE]}. A reply can instead
 * be an HTTP error, a garbage body, a late answer or a stream that stalls. Every request is
 * recorded. With no reply scripted it answers 500, so a test that forgot one fails loudly.
 */
final class FakeOpenAiServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CREATED = 1_700_000_000L;

  /**
   * A scripted reply.
   *
   * @param status HTTP status; anything but 200 is sent as an OpenAI error object
   * @param tokens the answer, as the stream's content deltas; joined for a non-streaming answer
   * @param rawBody when not null, sent as the body instead of a well-formed answer
   * @param delay how long to wait before answering
   * @param stallAfter when >= 0, a stream sends this many tokens and then goes quiet without ending
   */
  record Reply(int status, List<String> tokens, String rawBody, Duration delay, int stallAfter) {

    static Reply answer(String content) {
      return tokens(content.split("(?<=\\s)(?=\\S)"));
    }

    static Reply tokens(String... tokens) {
      return new Reply(200, List.of(tokens), null, Duration.ZERO, -1);
    }

    static Reply status(int status) {
      return new Reply(status, List.of(), null, Duration.ZERO, -1);
    }

    static Reply garbage(String body) {
      return new Reply(200, List.of(), body, Duration.ZERO, -1);
    }

    Reply after(Duration wait) {
      return new Reply(status, tokens, rawBody, wait, stallAfter);
    }

    Reply stallingAfter(int sent) {
      return new Reply(status, tokens, rawBody, delay, sent);
    }

    String content() {
      return String.join("", tokens);
    }
  }

  /** A request as the server received it; header names in lower case. */
  record Recorded(String method, String path, Map<String, List<String>> headers, JsonNode body) {

    boolean stream() {
      return body.path("stream").asBoolean(false);
    }

    List<String> roles() {
      List<String> roles = new ArrayList<>();
      body.path("messages").forEach(m -> roles.add(m.path("role").asText()));
      return roles;
    }

    List<String> contents() {
      List<String> contents = new ArrayList<>();
      body.path("messages").forEach(m -> contents.add(m.path("content").asText()));
      return contents;
    }

    String systemPrompt() {
      return roles().get(0).equals("system") ? contents().get(0) : null;
    }

    String lastUserMessage() {
      List<String> contents = contents();
      return contents.get(contents.size() - 1);
    }

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final ExecutorService handlers =
      Executors.newCachedThreadPool(Thread.ofPlatform().name("fake-openai-", 0).daemon(true).factory());
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("fake-openai-timer").daemon(true).factory());
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final List<HttpExchange> stalled = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  private FakeOpenAiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeOpenAiServer start() {
    try {
      return new FakeOpenAiServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The API root to configure a client with, ending in {@code /v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  FakeOpenAiServer enqueue(Reply... replies) {
    script.addAll(Arrays.asList(replies));
    return this;
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  Recorded lastRequest() {
    return requests.get(requests.size() - 1);
  }

  @Override
  public void close() {
    stalled.forEach(HttpExchange::close);
    timer.shutdownNow();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/v1/chat/completions")) {
      sendError(exchange, 404, "unknown path " + exchange.getRequestURI().getPath());
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      sendError(exchange, 405, "method not allowed");
      return;
    }
    JsonNode body = JSON.readTree(exchange.getRequestBody());
    Map<String, List<String>> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
    requests.add(request);
    Reply reply = script.poll();
    if (reply == null) {
      sendError(exchange, 500, "no scripted reply for request " + requests.size());
    } else if (reply.delay().isZero()) {
      reply(exchange, request, reply);
    } else {
      timer.schedule(() -> {
        try {
          reply(exchange, request, reply);
        } catch (IOException e) {
          exchange.close(); // the client gave up waiting
        }
      }, reply.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private void reply(HttpExchange exchange, Recorded request, Reply reply) throws IOException {
    if (reply.status() != 200) {
      sendError(exchange, reply.status(), "scripted failure");
    } else if (reply.rawBody() != null) {
      send(exchange, 200, request.stream() ? "text/event-stream" : "application/json", reply.rawBody());
    } else if (request.stream()) {
      stream(exchange, request, reply);
    } else {
      send(exchange, 200, "application/json", completion(request, reply).toString());
    }
  }

  private ObjectNode completion(Recorded request, Reply reply) {
    ObjectNode root = envelope(request, "chat.completion", "chatcmpl-" + ids.incrementAndGet());
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", reply.content());
    choice.put("finish_reason", "stop");
    root.set("usage", usage(request, reply));
    return root;
  }

  private void stream(HttpExchange exchange, Recorded request, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    String id = "chatcmpl-" + ids.incrementAndGet();
    event(out, chunk(request, id, delta -> delta.put("role", "assistant").put("content", ""), null));
    for (int i = 0; i < reply.tokens().size(); i++) {
      if (i == reply.stallAfter()) {
        stalled.add(exchange);
        return;
      }
      String token = reply.tokens().get(i);
      event(out, chunk(request, id, delta -> delta.put("content", token), null));
    }
    event(out, chunk(request, id, delta -> {}, "stop"));
    if (request.body().path("stream_options").path("include_usage").asBoolean(false)) {
      ObjectNode usage = envelope(request, "chat.completion.chunk", id);
      usage.putArray("choices");
      usage.set("usage", usage(request, reply));
      event(out, usage.toString());
    }
    event(out, "[DONE]");
    out.close();
  }

  private static String chunk(Recorded request, String id, Consumer<ObjectNode> delta, String finishReason) {
    ObjectNode root = envelope(request, "chat.completion.chunk", id);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    delta.accept(choice.putObject("delta"));
    if (finishReason == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finishReason);
    }
    return root.toString();
  }

  private static ObjectNode envelope(Recorded request, String object, String id) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", id);
    root.put("object", object);
    root.put("created", CREATED);
    root.put("model", request.body().path("model").asText());
    return root;
  }

  private static ObjectNode usage(Recorded request, Reply reply) {
    int prompt = 0;
    for (String content : request.contents()) {
      prompt += content.split("\\s+").length;
    }
    ObjectNode usage = JSON.createObjectNode();
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", reply.tokens().size());
    usage.put("total_tokens", prompt + reply.tokens().size());
    return usage;
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("message", message);
    error.put("type", status >= 500 ? "server_error" : "invalid_request_error");
    error.put("code", status);
    send(exchange, status, "application/json", root.toString());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
