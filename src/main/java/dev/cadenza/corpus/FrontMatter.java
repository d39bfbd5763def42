package dev.cadenza.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter, read by a real YAML parser (jackson-dataformat-yaml) so that what curators' files contain —
 * quoted titles with colons, comments, folded multi-line values, dates, flow and block lists — reads as YAML says,
 * then checked against the shape Cadenza uses: each field a value or a list of values. Errors name the line.
 *
 * @param fields scalar values are Strings, lists are List&lt;String&gt;
 * @param body the text after the closing {@code ---}, or the whole text when there is no front matter
 */
public record FrontMatter(Map<String, Object> fields, String body) {

  private static final String FENCE = "---";
  /** "key: value" or "  - value" where the value starts plain: group 1 is the lead, group 2 the value. */
  private static final Pattern PLAIN_VALUE =
      Pattern.compile("^(\\s*(?:-\\s+|[A-Za-z_][\\w-]*:\\s+))([^\\s'\"\\[{|>&*!#%@`-].*?)\\s*$");
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

  public FrontMatter {
    fields = Map.copyOf(fields);
  }

  /** Splits {@code text} into front matter and body; text without a leading fence has no fields. */
  public static FrontMatter parse(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    if (!normalized.startsWith(FENCE + "\n")) {
      return new FrontMatter(Map.of(), normalized);
    }
    int close = normalized.indexOf("\n" + FENCE, FENCE.length());
    if (close < 0) {
      throw new CorpusException("front matter is not closed: expected a line with '---'");
    }
    String header = normalized.substring(FENCE.length() + 1, close + 1);
    int bodyStart = normalized.indexOf('\n', close + 1 + FENCE.length());
    String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
    return new FrontMatter(parseFields(header), body);
  }

  private static Map<String, Object> parseFields(String header) {
    JsonNode root;
    try {
      root = YAML.readTree(quotePlainColons(header));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // The header starts on the document's second line, after the opening fence.
      String where = at == null || at.getLineNr() < 1 ? "" : " line " + (at.getLineNr() + 1);
      throw new CorpusException("front matter" + where + ": " + firstLine(e.getOriginalMessage()), e);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return fields;
    }
    if (!root.isObject()) {
      throw new CorpusException("front matter must be 'key: value' lines");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode value = field.getValue();
      if (value.isNull()) {
        fields.put(field.getKey(), new ArrayList<String>()); // "sources:" with no items yet
      } else if (value.isArray()) {
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(scalar(field.getKey(), item)));
        fields.put(field.getKey(), items);
      } else {
        fields.put(field.getKey(), scalar(field.getKey(), value));
      }
    }
    return fields;
  }

  /**
   * Curators write "Author: Title" in titles and source lists without quotes, and earlier Cadenza versions read
   * them as text; strict YAML would read a map or fail. A plain value (not quoted, not a list, block or anchor) that
   * contains ": " is single-quoted before parsing, so such files keep reading as they were meant.
   */
  static String quotePlainColons(String header) {
    StringBuilder out = new StringBuilder(header.length() + 16);
    for (String line : header.split("\n", -1)) {
      Matcher m = PLAIN_VALUE.matcher(line);
      if (m.matches() && m.group(2).contains(": ") && !m.group(2).contains(" #")) {
        line = m.group(1) + "'" + m.group(2).replace("'", "''") + "'";
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static String scalar(String key, JsonNode node) {
    if (node.isContainerNode()) {
      throw new CorpusException("front matter field '" + key + "' must be a value or a list of values, not a nested map");
    }
    return node.asText().strip();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A scalar field, or null when absent; a list where a scalar is expected is an error. */
  public String string(String key) {
    Object value = fields.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new CorpusException("front matter field '" + key + "' must be a single value, not a list");
  }

  /** A list field; a scalar is read as a one-item list, absent as empty. */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    Object value = fields.get(key);
    if (value == null) {
      return List.of();
    }
    return value instanceof String s ? List.of(s) : List.copyOf((List<String>) value);
  }

  /** Writes a Markdown document with front matter that {@link #parse} reads back to the same fields. */
  public static String render(String title, String topic, String level, List<String> tags, List<String> sources, String body) {
    StringBuilder out = new StringBuilder(FENCE).append('\n');
    scalar(out, "title", title);
    scalar(out, "topic", topic);
    scalar(out, "level", level);
    blockList(out, "tags", tags);
    blockList(out, "sources", sources);
    return out.append(FENCE).append("\n").append(body.strip()).append('\n').toString();
  }

  private static void scalar(StringBuilder out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.append(key).append(": ").append(quoted(singleLine(key, value))).append('\n');
    }
  }

  private static void blockList(StringBuilder out, String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      out.append(key).append(":\n");
      values.forEach(v -> out.append("  - ").append(quoted(singleLine(key, v))).append('\n'));
    }
  }

  /** A YAML scalar that reads back as exactly {@code value}: plain when that is safe, else double-quoted. */
  private static String quoted(String value) {
    try {
      String plain = YAML.writeValueAsString(value).strip();
      return plain.startsWith("---") ? plain.substring(3).strip() : plain;
    } catch (JsonProcessingException e) {
      throw new CorpusException("cannot write front matter value '" + value + "'", e);
    }
  }

  private static String singleLine(String key, String value) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new CorpusException("front matter field '" + key + "' must be a single line");
    }
    return value.strip();
  }
}
