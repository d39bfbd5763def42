package dev.cadenza.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One streamed chat completion, made synchronous: the HTTP client's callbacks put events on a
 * queue and the calling thread takes them off, handing each token to the consumer. So tokens reach
 * the consumer on the caller's thread, in order, and the caller enforces the timeout: the stream
 * fails when no event arrives for {@code idleTimeout}.
 */
final class StreamingCall {

  /** The token consumer threw: the caller's failure, not the server's. */
  static final class ConsumerException extends RuntimeException {
    ConsumerException(RuntimeException cause) {
      super(cause);
    }

    RuntimeException unwrap() {
      return (RuntimeException) getCause();
    }
  }

  private sealed interface Event permits Token, Done, Failed {}

  private record Token(String text) implements Event {}

  private record Done(ChatResponse response) implements Event {}

  private record Failed(Throwable error) implements Event {}

  private StreamingCall() {}

  /**
   * Streams the answer to {@code request}, returning the concatenated tokens.
   *
   * @throws ModelFailure.EmptyResponseException when the stream ends without text
   * @throws ModelFailure.MalformedResponseException when the stream ends without a single completion chunk
   * @throws ModelFailure.StreamStalledException when the stream goes quiet for {@code idleTimeout}
   * @throws ConsumerException when {@code onToken} throws
   */
  static String run(StreamingChatModel model, ChatRequest request, Duration idleTimeout, Consumer<String> onToken) {
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    model.chat(request, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle.set(context.streamingHandle());
        events.add(new Token(partial.text()));
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        events.add(new Done(response));
      }

      @Override
      public void onError(Throwable error) {
        events.add(new Failed(error));
      }
    });
    StringBuilder text = new StringBuilder();
    boolean finished = false;
    try {
      while (true) {
        Event event = events.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
        switch (event) {
          case null -> throw new ModelFailure.StreamStalledException(idleTimeout);
          case Token token -> {
            text.append(token.text());
            accept(onToken, token.text());
          }
          case Done done -> {
            finished = true;
            if (text.toString().isBlank()) {
              // A well-formed stream says why it ended, even when it had nothing to say.
              throw done.response() == null || done.response().finishReason() == null
                  ? new ModelFailure.MalformedResponseException("the stream ended without a completion chunk")
                  : new ModelFailure.EmptyResponseException("the stream ended without text");
            }
            return text.toString();
          }
          case Failed failed -> {
            finished = true;
            throw failed.error() instanceof RuntimeException e ? e : new IllegalStateException(failed.error());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while streaming", e);
    } finally {
      StreamingHandle h = handle.get();
      if (!finished && h != null && !h.isCancelled()) {
        h.cancel();
      }
    }
  }

  private static void accept(Consumer<String> onToken, String token) {
    try {
      onToken.accept(token);
    } catch (RuntimeException e) {
      throw new ConsumerException(e);
    }
  }
}
