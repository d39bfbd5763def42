package dev.cadenza.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.app.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per API request: request id, method, route, status, duration and, for answers, the backend.
 * Plain {@code key=value} text by default, or one JSON object per line for log collectors; question
 * text stays out unless configured ({@link OpsSettings}): students' questions are theirs, and an
 * operator rarely needs them.
 */
final class RequestLog {

  private static final Logger LOG = LoggerFactory.getLogger("cadenza.requests");
  private static final ObjectMapper MAPPER = Json.mapper();

  private final OpsSettings settings;
  private final Consumer<String> sink;

  RequestLog(OpsSettings settings, Consumer<String> sink) {
    this.settings = settings;
    this.sink = sink;
  }

  RequestLog(OpsSettings settings) {
    this(settings, LOG::info);
  }

  void request(String id, String method, String route, int status, long millis, String backend, String question) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", id);
    fields.put("method", method);
    fields.put("route", route);
    fields.put("status", status);
    fields.put("ms", millis);
    if (backend != null) {
      fields.put("backend", backend);
    }
    if (settings.logQuestions() && question != null) {
      fields.put("question", question);
    }
    sink.accept(settings.jsonLogs() ? json(fields) : text(fields));
  }

  private static String json(Map<String, Object> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("level", "INFO");
    line.putAll(fields);
    try {
      return MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request log line", e);
    }
  }

  private static String text(Map<String, Object> fields) {
    StringBuilder line = new StringBuilder("request");
    fields.forEach((name, value) -> {
      String shown = String.valueOf(value);
      line.append(' ').append(name).append('=')
          .append(shown.contains(" ") || shown.contains("\"") ? MAPPER.valueToTree(shown).toString() : shown);
    });
    return line.toString();
  }
}
