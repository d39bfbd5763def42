package dev.cadenza.answer;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the primary answerer (a model server) and, when it is unavailable, answers with the
 * fallback (the embedded composer by default) instead of failing the request. The draft then says
 * why in {@link Draft#fallback()}. Only {@link AnswererUnavailableException} triggers the fallback:
 * other exceptions are bugs and propagate.
 *
 * <p>When streaming, a primary that fails after some tokens were sent is followed by the
 * fallback's tokens; the returned draft, whose {@code fallback} is set, is the whole answer.
 */
public final class FallbackAnswerer implements Answerer {

  private static final Logger LOG = LoggerFactory.getLogger(FallbackAnswerer.class);

  private final Answerer primary;
  private final Answerer fallback;

  public FallbackAnswerer(Answerer primary, Answerer fallback) {
    this.primary = primary;
    this.fallback = fallback;
  }

  /** Falls back to the embedded composer ({@link LevelledComposer}) with its default options. */
  public FallbackAnswerer(Answerer primary) {
    this(primary, new LevelledComposer());
  }

  /** The primary's name: the backend this answerer is configured with. */
  @Override
  public String name() {
    return primary.name();
  }

  @Override
  public Draft answer(GenerationRequest request) {
    try {
      return primary.answer(request);
    } catch (AnswererUnavailableException e) {
      logFallback(e);
      return fallback.answer(request).withFallback(e.reason());
    }
  }

  @Override
  public Draft answer(GenerationRequest request, Consumer<String> onToken) {
    try {
      return primary.answer(request, onToken);
    } catch (AnswererUnavailableException e) {
      logFallback(e);
      return fallback.answer(request, onToken).withFallback(e.reason());
    }
  }

  private void logFallback(AnswererUnavailableException e) {
    LOG.warn("{} unavailable ({}), answering with {}", primary.name(), e.reason(), fallback.name());
    LOG.debug("{} failure", primary.name(), e);
  }
}
