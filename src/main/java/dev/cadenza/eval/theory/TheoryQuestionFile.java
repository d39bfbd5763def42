package dev.cadenza.eval.theory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a theory question file: one JSON object per line, either {@code {"question", "type", "expect"}} for a
 * one-part question or {@code {"question", "parts": [{"type", "expect"}, ...]}} for a question in several parts.
 * Unknown keys are errors so that a typo cannot drop an expectation.
 */
public final class TheoryQuestionFile {
  private static final Set<String> FIELDS = Set.of("question", "type", "expect", "parts");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TheoryQuestionFile() {}

  public static List<TheoryQuestion> read(Path file) {
    try {
      return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<TheoryQuestion> parse(Path file, String text) {
    List<TheoryQuestion> questions = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      try {
        questions.add(question(MAPPER.readTree(lines[i])));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return questions;
  }

  private static TheoryQuestion question(JsonNode node) {
    node.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) throw new IllegalArgumentException("unknown key \"" + name + "\"");
    });
    String question = text(node, "question");
    List<TheoryQuestion.Part> parts = new ArrayList<>();
    if (node.has("parts")) {
      node.get("parts").forEach(part -> parts.add(part(part)));
    } else {
      parts.add(part(node));
    }
    return new TheoryQuestion(question, parts);
  }

  private static TheoryQuestion.Part part(JsonNode node) {
    List<String> expect = new ArrayList<>();
    JsonNode values = node.get("expect");
    if (values == null || !values.isArray()) throw new IllegalArgumentException("\"expect\" must be an array of strings");
    values.forEach(v -> expect.add(v.asText()));
    return new TheoryQuestion.Part(text(node, "type"), expect);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
    return value.asText();
  }
}
