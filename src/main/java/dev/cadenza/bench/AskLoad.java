package dev.cadenza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator for {@code POST /api/ask}: {@code clients} virtual threads each send a
 * question, wait for the answer and send the next, until {@code requests} have been sent or the time
 * budget is spent. Counts non-200 answers and failed requests as errors.
 */
public final class AskLoad {

  /** What one load level measured. */
  public record Result(int clients, int completed, int errors, double seconds, double requestsPerSecond, Latency latency,
      String firstError) {}

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI endpoint;
  private final List<String> bodies;

  /** {@code questions} are sent round-robin as {@code {"question": ...}}. */
  public AskLoad(String baseUrl, List<String> questions) {
    this.endpoint = URI.create(baseUrl + "/api/ask");
    this.bodies = questions.stream().map(AskLoad::body).toList();
  }

  public Result run(int clients, int requests, Duration budget) {
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLongArray nanos = new AtomicLongArray(requests);
    AtomicInteger completed = new AtomicInteger();
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
            String error = send(http, bodies.get(n % bodies.size()));
            nanos.set(completed.getAndIncrement(), System.nanoTime() - begin);
            if (error != null) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, error);
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
    long[] samples = new long[completed.get()];
    for (int i = 0; i < samples.length; i++) samples[i] = nanos.get(i);
    return new Result(clients, samples.length, errors.get(), seconds, samples.length / seconds, Latency.ofNanos(samples), firstError.get());
  }

  /** Sends one question; null when it was answered with 200, else what went wrong. */
  private String send(HttpClient http, String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? null : "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
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
