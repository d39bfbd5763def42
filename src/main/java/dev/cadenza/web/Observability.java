package dev.cadenza.web;

import dev.cadenza.answer.AskResult;
import dev.cadenza.learners.Feedback;
import dev.cadenza.app.Cadenza;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.Endpoint;
import dev.cadenza.llm.ModelCalls;
import dev.cadenza.llm.OpenAiAnswerer;
import io.micrometer.core.instrument.Counter;
import java.util.function.ToDoubleFunction;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an operator sees: a request id on every API request (taken from {@code X-Request-Id} when the
 * caller sent a sane one, else made here, and returned in the same header), one log line per request,
 * and Micrometer meters served at {@code /metrics} in the Prometheus text format when enabled.
 * Answer-level meters (backend, covered, claims, step timings) come from the {@link AskResult} a
 * controller hands over with {@link #answered}.
 */
final class Observability {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String STARTED = "cadenza.started";
  private static final String ANSWER = "cadenza.answer";
  private static final String PRACTICE = "cadenza.practice";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final OpsSettings settings;
  private final RequestLog log;

  Observability(Cadenza cadenza, OpsSettings settings) {
    this.settings = settings;
    this.log = new RequestLog(settings);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    Gauge.builder("cadenza.index.chunks", cadenza.index(), index -> index.chunkCount())
        .description("chunks in the search index").register(registry);
    Gauge.builder("cadenza.admission.waiting", cadenza.ask(), ask -> ask.admission().waiting())
        .description("questions waiting for a turn to be answered").register(registry);
    FunctionCounter.builder("cadenza.admission.refused", cadenza.ask(), ask -> ask.admission().refused())
        .description("questions refused with 503 because the answer pipeline was full").register(registry);
    cadenza.modelServer().ifPresent(this::bindModelServer);
  }

  private void bindModelServer(OpenAiAnswerer server) {
    ModelCalls calls = server.calls();
    Map<String, ToDoubleFunction<ModelCalls>> outcomes = Map.of("answered", ModelCalls::answeredCount,
        "failed", ModelCalls::failedCount, "circuit_open", ModelCalls::refusedCount);
    outcomes.forEach((outcome, count) -> FunctionCounter.builder("cadenza.model.calls", calls, count)
        .description("calls to the model server by outcome (failed: after retries; circuit_open: never sent)")
        .tag("outcome", outcome).register(registry));
    FunctionCounter.builder("cadenza.model.retries", calls, ModelCalls::retryCount)
        .description("retries of transient model-server failures").register(registry);
    Gauge.builder("cadenza.model.circuit.state", server, s -> s.circuitBreaker().state().ordinal())
        .description("model-server circuit: 0 closed, 1 open, 2 half-open").register(registry);
  }

  /** Installs the request id, the request log and the /metrics route (a 404 unless metrics are on). */
  void install(JavalinConfig config) {
    config.routes.before("/api/*", this::begin);
    config.routes.after("/api/*", this::end);
    config.routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    if (!settings.exposeMetrics()) {
      throw new NotFoundResponse("metrics are off; set CADENZA_METRICS=on to serve them here");
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  /** Hands the answer of this request to the meters and the request log. */
  static void answered(Context ctx, AskResult result) {
    ctx.attribute(ANSWER, result);
  }

  /** Hands the graded practice answer of this request to the meters. */
  static void practised(Context ctx, Feedback feedback) {
    ctx.attribute(PRACTICE, feedback);
  }

  private void begin(Context ctx) {
    String given = ctx.header(REQUEST_ID);
    String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.header(REQUEST_ID, id);
    ctx.attribute(STARTED, System.nanoTime());
  }

  private void end(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    long nanos = System.nanoTime() - started;
    // The route template, not the raw path: /api/documents/<id> is one series, whatever the id.
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    String route = matched == null ? "unmatched" : matched.path;
    int status = ctx.statusCode();
    Timer.builder("http.server.requests").description("API requests by route and status")
        .tags("method", ctx.method().name(), "route", route, "status", Integer.toString(status))
        .publishPercentileHistogram().register(registry).record(Duration.ofNanos(nanos));
    AskResult answer = ctx.attribute(ANSWER);
    if (answer != null) {
      record(answer);
    }
    Feedback practice = ctx.attribute(PRACTICE);
    if (practice != null) {
      Counter.builder("cadenza.practice.answers").description("practice answers graded, right or wrong, and whether a misconception was named")
          .tags("correct", Boolean.toString(practice.correct()), "misconception", Boolean.toString(practice.misconception() != null))
          .register(registry).increment();
    }
    log.request(ctx.res().getHeader(REQUEST_ID), ctx.method().name(), route, status, nanos / 1_000_000,
        answer == null ? null : answer.backend(), answer == null ? null : answer.question());
  }

  private void record(AskResult answer) {
    Counter.builder("cadenza.answers").description("answers by backend and whether the library covered the question")
        .tags("backend", answer.backend(), "covered", Boolean.toString(answer.covered())).register(registry).increment();
    if (answer.fallback() != null) {
      Counter.builder("cadenza.model.fallbacks").description("answers the embedded composer gave because the model server failed")
          .register(registry).increment();
    }
    answer.verification().claims().forEach(claim -> Counter.builder("cadenza.verifier.claims")
        .description("theory claims checked in answers, by verdict")
        .tag("verdict", claim.verdict()).register(registry).increment());
    if (answer.verification().corrected()) {
      Counter.builder("cadenza.answers.corrected").description("answers in which the verifier replaced a wrong fact")
          .register(registry).increment();
    }
    for (Map.Entry<String, Long> step : answer.timingsMs().entrySet()) {
      Timer.builder("cadenza.answer.step").description("time per answer pipeline step").tag("step", step.getKey())
          .register(registry).record(Duration.ofMillis(step.getValue()));
    }
  }
}
