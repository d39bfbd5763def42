package dev.cadenza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator for {@code POST /api/ask}: {@code clients} virtual threads each send a
 * question, wait for the answer and send the next, until {@code requests} have been sent or the time
 * budget is spent. A 503 or 429 with {@code Retry-After} is a refusal (the server's admission control
 * saying "busy"), counted and timed apart from answers; anything else that is not a 200 is an error. By default a
 * refused client asks again at once, the harshest case; {@link #honouringRetryAfter()} makes it wait as told, as the
 * page and the widget do.
 */
public final class AskLoad {

  /** What one load level measured. */
  public record Result(int clients, int completed, int errors, int refused, double seconds, double requestsPerSecond,
      Latency latency, Latency refusedLatency, String firstError) {}

  /** How one request ended. */
  private enum Outcome { ANSWERED, REFUSED, FAILED }

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final List<URI> endpoints;
  private final List<String> bodies;
  private final boolean honoursRetryAfter;

  /** {@code questions} are sent round-robin as {@code {"question": ...}}. */
  public AskLoad(String baseUrl, List<String> questions) {
    this(List.of(baseUrl), questions);
  }

  /** Requests go to the servers in turn, as a round-robin load balancer would send them. */
  public AskLoad(List<String> baseUrls, List<String> questions) {
    this(baseUrls.stream().map(base -> URI.create(base + "/api/ask")).toList(),
        questions.stream().map(AskLoad::body).toList(), false);
  }

  private AskLoad(List<URI> endpoints, List<String> bodies, boolean honoursRetryAfter) {
    this.endpoints = endpoints;
    this.bodies = bodies;
    this.honoursRetryAfter = honoursRetryAfter;
  }

  /** The same load from clients that wait the {@code Retry-After} seconds of a refusal before asking again. */
  public AskLoad honouringRetryAfter() {
    return new AskLoad(endpoints, bodies, true);
  }

  public Result run(int clients, int requests, Duration budget) {
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    Latency.Recorder answeredLatency = new Latency.Recorder();
    Latency.Recorder refusedLatency = new Latency.Recorder();
    AtomicReference<String> firstError = new AtomicReference<>();
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    try (ExecutorService threads = NamedThreads.virtualPerTask("ask-client");
         HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
             .connectTimeout(Duration.ofSeconds(10)).build()) {
      List<Future<?>> loops = new java.util.ArrayList<>();
      for (int c = 0; c < clients; c++) {
        loops.add(threads.submit(() -> {
          for (int n = issued.getAndIncrement(); n < requests && System.nanoTime() < deadline; n = issued.getAndIncrement()) {
            long begin = System.nanoTime();
            StringBuilder error = new StringBuilder();
            StringBuilder retryAfter = new StringBuilder();
            Outcome outcome = send(http, endpoints.get(n % endpoints.size()), bodies.get(n % bodies.size()), error,
                retryAfter);
            long took = System.nanoTime() - begin;
            switch (outcome) {
              case ANSWERED -> answeredLatency.recordNanos(took);
              case REFUSED -> {
                refusedLatency.recordNanos(took);
                if (honoursRetryAfter) waitBeforeRetry(retryAfter.toString(), deadline);
              }
              case FAILED -> {
                errors.incrementAndGet();
                firstError.compareAndSet(null, error.toString());
              }
            }
          }
        }));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("load run interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("load client failed", e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Latency answered = answeredLatency.summary();
    Latency refusals = refusedLatency.summary();
    return new Result(clients, (int) answered.samples(), errors.get(), (int) refusals.samples(), seconds,
        answered.samples() / seconds, answered, refusals, firstError.get());
  }

  /** Sends one question; on failure {@code error} says what went wrong, on refusal {@code retryAfter} how long to wait. */
  private Outcome send(HttpClient http, URI endpoint, String body, StringBuilder error, StringBuilder retryAfter) {
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return Outcome.ANSWERED;
      }
      java.util.Optional<String> wait = response.headers().firstValue("Retry-After");
      if ((status == 503 || status == 429) && wait.isPresent()) {
        retryAfter.append(wait.get());
        return Outcome.REFUSED;
      }
      error.append("HTTP ").append(status).append(": ").append(abbreviate(response.body()));
    } catch (IOException e) {
      error.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error.append("interrupted");
    }
    return Outcome.FAILED;
  }

  /** Waits the refusal's Retry-After seconds (a number, else one second), never past the deadline. */
  private static void waitBeforeRetry(String retryAfter, long deadline) {
    long seconds = retryAfter.matches("\\d{1,4}") ? Long.parseLong(retryAfter) : 1;
    long nanos = Math.min(TimeUnit.SECONDS.toNanos(seconds), deadline - System.nanoTime());
    if (nanos <= 0) return;
    CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, Runnable::run)).join();
  }

  private static String body(String question) {
    try {
      return dev.cadenza.app.Json.mapper().writeValueAsString(java.util.Map.of("question", question));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode question " + question, e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
