package dev.cadenza.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * langchain4j's HTTP client interface over {@code java.net.http}, pinned to HTTP/1.1. The JDK
 * client prefers HTTP/2 and on plain {@code http://} asks for an h2c upgrade, after which uvicorn
 * (vLLM's server) drops the request body and answers 400; langchain4j's JDK client can only be told
 * otherwise through a class that is not on this project's compile classpath. A non-streaming call
 * times out on the whole response, not just its headers; a stream's pace is left to the caller.
 */
final class Http11Client implements HttpClient {

  private final java.net.http.HttpClient client;
  private final Duration readTimeout;

  private Http11Client(Builder builder) {
    this.client = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .connectTimeout(builder.connectTimeout)
        .executor(builder.executor)
        .build();
    this.readTimeout = builder.readTimeout;
  }

  static Builder builder(Executor executor) {
    return new Builder(executor);
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    CompletableFuture<HttpResponse<String>> future =
        client.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = future.get(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new dev.langchain4j.exception.TimeoutException("no complete response within " + readTimeout, e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new LangChain4jException("interrupted while waiting for " + request.url(), e);
    }
    if (response.statusCode() >= 400) {
      throw new HttpException(response.statusCode(), response.body());
    }
    return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
        .body(response.body()).build();
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    client.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofInputStream()).whenComplete((response, error) -> {
      if (error != null) {
        listener.onError(unchecked(error));
        return;
      }
      try (InputStream body = response.body()) {
        if (response.statusCode() >= 400) {
          listener.onError(new HttpException(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8)));
          return;
        }
        listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
            .headers(response.headers().map()).build());
        parser.parse(body, listener);
        listener.onClose();
      } catch (IOException e) {
        listener.onError(new UncheckedIOException("reading the event stream from " + request.url() + " failed", e));
      } catch (RuntimeException e) {
        listener.onError(e);
      }
    });
  }

  private java.net.http.HttpRequest toJdk(HttpRequest request) {
    if (!request.formDataFiles().isEmpty() || !request.formDataFields().isEmpty()) {
      throw new UnsupportedOperationException("multipart requests are not needed for chat completions");
    }
    java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(readTimeout);
    request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    String body = request.body();
    builder.method(request.method().name(), body == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return builder.build();
  }

  private static RuntimeException unchecked(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof IOException e) {
      return new UncheckedIOException(e);
    }
    return new LangChain4jException(cause);
  }

  /** Timeouts as langchain4j's OpenAI client sets them, and the executor the JDK client runs callbacks on. */
  static final class Builder implements HttpClientBuilder {
    private final Executor executor;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    private Builder(Executor executor) {
      this.executor = executor;
    }

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    @Override
    public Http11Client build() {
      return new Http11Client(this);
    }
  }
}
