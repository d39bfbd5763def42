package dev.cadenza.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an evaluation question file, detecting its layout: JSONL (one object per line, Cadenza's own
 * format), or a JSON array in Alpaca or ShareGPT layout. Anything else fails with a
 * {@link QuestionFileException} naming the file and the line or element at fault.
 */
public final class QuestionFiles {

  /** For one JSONL line: a second value on the line is an error. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** For array elements read one at a time from a stream, where the rest of the array follows each one. */
  private static final ObjectMapper STREAMING = new ObjectMapper();

  private QuestionFiles() {}

  public static QuestionSet read(Path file) {
    String text = readText(file);
    String body = text.stripLeading();
    if (body.isEmpty()) {
      throw new QuestionFileException(file, null, "empty file, expected questions");
    }
    return switch (body.charAt(0)) {
      case '{' -> new QuestionSet(file.toString(), QuestionFormat.JSONL, JsonlQuestions.parse(file, text));
      case '[' -> readArray(file, text);
      default -> throw new QuestionFileException(file, "line " + firstContentLine(text),
          "not a question file: expected JSONL ({\"question\", \"answer\"} objects, one per line)"
              + " or a JSON array in Alpaca or ShareGPT layout");
    };
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static String readText(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new QuestionFileException(file, null, "no such file", e);
    } catch (CharacterCodingException e) {
      throw new QuestionFileException(file, null, "not UTF-8 text", e);
    } catch (IOException e) {
      throw new QuestionFileException(file, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static QuestionSet readArray(Path file, String text) {
    List<JsonNode> elements = new ArrayList<>();
    List<String> where = new ArrayList<>();
    try (JsonParser parser = STREAMING.createParser(text)) {
      parser.nextToken();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new QuestionFileException(file, null, "the JSON array is not closed");
        }
        where.add("element " + (elements.size() + 1) + " (line " + parser.currentTokenLocation().getLineNr() + ")");
        elements.add(STREAMING.readTree(parser));
      }
      if (parser.nextToken() != null) {
        throw new QuestionFileException(file, "line " + parser.currentTokenLocation().getLineNr(),
            "unexpected content after the JSON array");
      }
    } catch (JsonProcessingException e) {
      throw new QuestionFileException(file, "line " + e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new QuestionFileException(file, null, "cannot read: " + e.getMessage(), e);
    }
    if (elements.isEmpty()) {
      throw new QuestionFileException(file, null, "empty JSON array, expected questions");
    }
    QuestionFormat format = detect(file, elements.getFirst(), where.getFirst());
    List<EvalQuestion> questions = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      questions.add(ChatQuestions.parse(file, format, elements.get(i), i + 1, where.get(i)));
    }
    return new QuestionSet(file.toString(), format, questions);
  }

  private static QuestionFormat detect(Path file, JsonNode first, String where) {
    if (first.isObject() && first.has("instruction")) return QuestionFormat.ALPACA;
    if (first.isObject() && (first.has("conversations") || first.has("conversation"))) return QuestionFormat.SHAREGPT;
    List<String> keys = new ArrayList<>();
    if (first.isObject()) first.fieldNames().forEachRemaining(keys::add);
    throw new QuestionFileException(file, where, "neither Alpaca (\"instruction\") nor ShareGPT (\"conversations\")"
        + " layout; " + (first.isObject() ? "keys found: " + keys : "found a JSON " + kind(first) + " instead of an object"));
  }

  private static int firstContentLine(String text) {
    int line = 1;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line;
  }

  /** Reads an optional string field; fails when present with another type. */
  static String optionalText(Path file, String where, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (!value.isTextual()) {
      throw new QuestionFileException(file, where, "\"" + field + "\" must be a string, found " + kind(value));
    }
    return value.asText();
  }

  /** Reads a string field that must be present and not blank. */
  static String requiredText(Path file, String where, JsonNode node, String field) {
    String value = optionalText(file, where, node, field);
    if (value == null) throw new QuestionFileException(file, where, "missing \"" + field + "\"");
    if (value.isBlank()) throw new QuestionFileException(file, where, "\"" + field + "\" is empty");
    return value;
  }

  static String kind(JsonNode value) {
    return value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** Remembers ids so a repeated one is reported with the place it first appeared. */
  static final class Ids {
    private final Map<String, String> seen = new HashMap<>();

    void add(Path file, String where, String id) {
      String first = seen.putIfAbsent(id, where);
      if (first != null) {
        throw new QuestionFileException(file, where, "duplicate id \"" + id + "\" (first at " + first + ")");
      }
    }
  }
}
