package dev.cadenza.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Instruction-tuning layouts read as questions: Alpaca ({@code instruction} plus optional {@code input}
 * as the question, {@code response} or {@code output} as the reference) and ShareGPT (the first human
 * turn and the first model turn after it; later turns are ignored because Cadenza answers single questions).
 */
final class ChatQuestions {

  private static final Set<String> HUMAN = Set.of("human", "user");
  private static final Set<String> MODEL = Set.of("gpt", "assistant", "chatgpt");
  private static final Set<String> SYSTEM = Set.of("system");

  private ChatQuestions() {}

  static EvalQuestion parse(Path file, QuestionFormat format, JsonNode element, int index, String where) {
    if (!element.isObject()) {
      throw new QuestionFileException(file, where, "expected a JSON object, found " + QuestionFiles.kind(element));
    }
    String id = "element-" + index;
    return switch (format) {
      case ALPACA -> alpaca(file, element, id, where);
      case SHAREGPT -> shareGpt(file, element, id, where);
      case JSONL -> throw new IllegalArgumentException("JSONL is not an array layout");
    };
  }

  private static EvalQuestion alpaca(Path file, JsonNode element, String id, String where) {
    if (!element.has("instruction")) {
      throw new QuestionFileException(file, where, "missing \"instruction\" (the file is in Alpaca layout)");
    }
    String instruction = QuestionFiles.requiredText(file, where, element, "instruction");
    String input = QuestionFiles.optionalText(file, where, element, "input");
    String answer = QuestionFiles.optionalText(file, where, element, "response");
    if (answer == null) answer = QuestionFiles.optionalText(file, where, element, "output");
    if (answer == null || answer.isBlank()) {
      throw new QuestionFileException(file, where, "missing \"response\" or \"output\"");
    }
    String question = input == null || input.isBlank() ? instruction : instruction + "\n\n" + input;
    return new EvalQuestion(id, null, question, answer, null, where);
  }

  private static EvalQuestion shareGpt(Path file, JsonNode element, String id, String where) {
    String key = element.has("conversations") ? "conversations" : "conversation";
    JsonNode turns = element.get(key);
    if (turns == null || !turns.isArray()) {
      throw new QuestionFileException(file, where, "missing \"conversations\" array (the file is in ShareGPT layout)");
    }
    String question = null;
    String answer = null;
    int n = 0;
    for (JsonNode turn : turns) {
      n++;
      String turnWhere = where + ", turn " + n;
      if (!turn.isObject()) {
        throw new QuestionFileException(file, turnWhere, "expected {\"from\", \"value\"}, found " + QuestionFiles.kind(turn));
      }
      String from = QuestionFiles.requiredText(file, turnWhere, turn, "from").toLowerCase(Locale.ROOT);
      String value = QuestionFiles.requiredText(file, turnWhere, turn, "value");
      if (HUMAN.contains(from)) {
        if (question == null) question = value;
      } else if (MODEL.contains(from)) {
        if (question != null) {
          answer = value;
          break;
        }
      } else if (!SYSTEM.contains(from)) {
        throw new QuestionFileException(file, turnWhere, "unknown \"from\": \"" + from + "\" (expected human, gpt or system)");
      }
    }
    if (question == null) throw new QuestionFileException(file, where, "no human turn");
    if (answer == null) throw new QuestionFileException(file, where, "no gpt turn after the first human turn");
    return new EvalQuestion(id, null, question, answer, null, where);
  }
}
