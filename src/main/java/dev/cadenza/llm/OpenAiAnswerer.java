package dev.cadenza.llm;

import dev.cadenza.answer.Answerer;
import dev.cadenza.answer.AnswererUnavailableException;
import dev.cadenza.answer.Draft;
import dev.cadenza.answer.GenerationRequest;
import dev.cadenza.answer.GroundedComposer;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a model behind an OpenAI-compatible chat-completions API (vLLM, llama.cpp's
 * llama-server, Ollama's {@code /v1}, LM Studio, TGI) through langchain4j. The prompt comes from a
 * {@link PromptTemplate}; follow-ups in a conversation carry its recent turns
 * ({@link ConversationMemory}). Every failure becomes an {@link AnswererUnavailableException} with a
 * short reason; transient ones (connection refused, HTTP 5xx, HTTP 429) are retried first with
 * exponential backoff, and a {@link CircuitBreaker} makes calls fail fast while the server is down.
 * A streamed answer is retried only while no token has been passed on.
 *
 * <p>Without passages or exact facts there is nothing to ground an answer in, so the model is not
 * asked and the answer says the sources do not cover the question.
 */
public final class OpenAiAnswerer implements Answerer {

  public static final String NAME_PREFIX = "openai:";
  private static final Logger LOG = LoggerFactory.getLogger(OpenAiAnswerer.class);
  private static final Pattern NOT_COVERED = Pattern.compile("my sources don['\u2019]t cover", Pattern.CASE_INSENSITIVE);

  private final LlmConfig config;
  private final PromptTemplate prompt;
  private final ConversationMemory memory;
  private final CircuitBreaker breaker;
  private final ModelCalls calls = new ModelCalls();
  private final RetryPolicy retryPolicy;
  private final RetryPolicy.Pause pause;
  private final ChatModel chatModel;
  private final StreamingChatModel streamingModel;

  private OpenAiAnswerer(Builder builder) {
    this.config = builder.config;
    this.prompt = builder.prompt != null ? builder.prompt
        : config.promptTemplate() != null ? PromptTemplate.fromFile(config.promptTemplate()) : PromptTemplate.bundled();
    this.memory = builder.memory;
    this.breaker = builder.breaker;
    this.retryPolicy = builder.retryPolicy != null ? builder.retryPolicy : RetryPolicy.of(config.maxRetries());
    this.pause = builder.pause;
    ExecutorService http = Executors.newCachedThreadPool(Thread.ofPlatform().name("cadenza-llm-http-", 0).daemon(true).factory());
    // Retries are ours (see guarded), so langchain4j's are off: one place, testable, shared with streaming.
    this.chatModel = OpenAiChatModel.builder().httpClientBuilder(Http11Client.builder(http)).baseUrl(config.baseUrl())
        .apiKey(config.apiKey()).modelName(config.model()).temperature(config.temperature())
        .maxTokens(config.maxTokens()).timeout(config.timeout()).maxRetries(0).build();
    this.streamingModel = OpenAiStreamingChatModel.builder().httpClientBuilder(Http11Client.builder(http))
        .baseUrl(config.baseUrl()).apiKey(config.apiKey()).modelName(config.model())
        .temperature(config.temperature()).maxTokens(config.maxTokens()).timeout(config.timeout()).build();
  }

  /** An answerer with the default template (or the configured one), memory, breaker and retry policy. */
  public static OpenAiAnswerer create(LlmConfig config) {
    return builder(config).build();
  }

  public static Builder builder(LlmConfig config) {
    return new Builder(config);
  }

  @Override
  public String name() {
    return NAME_PREFIX + config.model();
  }

  @Override
  public Draft answer(GenerationRequest request) {
    if (nothingToGroundOn(request)) {
      return new Draft(GroundedComposer.NOT_COVERED, false);
    }
    ChatRequest chat = chatRequest(request);
    return remember(request, guarded(() -> complete(chat), () -> true));
  }

  /** Streams the model's tokens as they arrive; they concatenate to the returned draft's text. */
  @Override
  public Draft answer(GenerationRequest request, Consumer<String> onToken) {
    if (nothingToGroundOn(request)) {
      return Answerer.super.answer(request, onToken);
    }
    ChatRequest chat = chatRequest(request);
    AtomicBoolean passedOn = new AtomicBoolean();
    Consumer<String> tracking = token -> {
      passedOn.set(true);
      onToken.accept(token);
    };
    return remember(request,
        guarded(() -> StreamingCall.run(streamingModel, chat, config.timeout(), tracking), () -> !passedOn.get()));
  }

  /** How the calls to the server went, for metrics. */
  public ModelCalls calls() {
    return calls;
  }

  /** The breaker this answerer reports to, for health checks. */
  public CircuitBreaker circuitBreaker() {
    return breaker;
  }

  private static boolean nothingToGroundOn(GenerationRequest request) {
    return request.passages().isEmpty() && request.exactFacts().isEmpty();
  }

  private ChatRequest chatRequest(GenerationRequest request) {
    PromptTemplate.Rendered rendered = prompt.render(request);
    List<ChatMessage> messages = new ArrayList<>();
    String level = LevelInstructions.of(request.register());
    messages.add(SystemMessage.from(level.isEmpty() ? rendered.system() : rendered.system().strip() + "\n\n" + level));
    if (request.conversationId() != null) {
      messages.addAll(memory.history(request.conversationId()));
    }
    messages.add(UserMessage.from(rendered.user()));
    return ChatRequest.builder().messages(messages).build();
  }

  private String complete(ChatRequest chat) {
    ChatResponse response = chatModel.chat(chat);
    String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null || text.isBlank()) {
      throw new ModelFailure.EmptyResponseException("the reply has no text");
    }
    return text;
  }

  private Draft remember(GenerationRequest request, String text) {
    if (request.conversationId() != null) {
      memory.remember(request.conversationId(), PromptTemplate.stripRoleMarkers(request.question()).strip(), text);
    }
    return new Draft(text, !NOT_COVERED.matcher(text).find());
  }

  /** Runs a call through the circuit breaker, retrying transient failures while {@code mayRetry} says so. */
  private String guarded(Supplier<String> call, BooleanSupplier mayRetry) {
    if (!breaker.tryAcquire()) {
      calls.refused();
      throw new AnswererUnavailableException(ModelFailure.CIRCUIT_OPEN);
    }
    for (int retry = 0; ; retry++) {
      try {
        String text = call.get();
        breaker.recordSuccess();
        calls.answered();
        return text;
      } catch (StreamingCall.ConsumerException e) {
        breaker.release();
        throw e.unwrap();
      } catch (RuntimeException e) {
        ModelFailure failure = ModelFailure.of(e, config.timeout());
        if (Thread.currentThread().isInterrupted()) {
          breaker.release();
          throw new AnswererUnavailableException("interrupted", e);
        }
        if (failure.retriable() && retry < retryPolicy.maxRetries() && mayRetry.getAsBoolean()) {
          Duration backoff = retryPolicy.backoff(retry);
          LOG.info("{}: {}, retry {} of {} in {}", name(), failure.reason(), retry + 1, retryPolicy.maxRetries(),
              ModelFailure.describe(backoff));
          if (waitOut(backoff)) {
            calls.retried();
            continue;
          }
        }
        if (failure.serverDown()) {
          breaker.recordFailure();
        } else {
          breaker.recordSuccess();
        }
        calls.failed();
        throw new AnswererUnavailableException(failure.reason(), e);
      }
    }
  }

  /** Waits before a retry; false when interrupted, leaving the interrupt flag set. */
  private boolean waitOut(Duration backoff) {
    try {
      pause.pause(backoff);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Optional collaborators; each has a production default. */
  public static final class Builder {
    private final LlmConfig config;
    private PromptTemplate prompt;
    private ConversationMemory memory = new ConversationMemory();
    private CircuitBreaker breaker = new CircuitBreaker();
    private RetryPolicy retryPolicy;
    private RetryPolicy.Pause pause = RetryPolicy.Pause.TIMER;

    private Builder(LlmConfig config) {
      this.config = config;
    }

    /** Default: the file in {@link LlmConfig#promptTemplate()}, else the bundled {@value PromptTemplate#DEFAULT_NAME}. */
    public Builder prompt(PromptTemplate value) {
      this.prompt = value;
      return this;
    }

    /** Default: 1,000 conversations of 6 messages. */
    public Builder memory(ConversationMemory value) {
      this.memory = value;
      return this;
    }

    /** Default: opens after 5 failures in a row, probes again after 30 s. */
    public Builder circuitBreaker(CircuitBreaker value) {
      this.breaker = value;
      return this;
    }

    /** Default: {@link RetryPolicy#of} {@link LlmConfig#maxRetries()}; setting it overrides that. */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = value;
      return this;
    }

    /** Default: {@link RetryPolicy.Pause#TIMER}; tests pass one that records backoffs. */
    public Builder pause(RetryPolicy.Pause value) {
      this.pause = value;
      return this;
    }

    public OpenAiAnswerer build() {
      return new OpenAiAnswerer(this);
    }
  }
}
