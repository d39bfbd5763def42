package dev.cadenza.theory.qa;

/** Routes a question to the {@link Intent} it most likely asks for. Implementations must be deterministic. */
@FunctionalInterface
public interface IntentClassifier {
  Intent classify(String question);
}
