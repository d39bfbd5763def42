package dev.cadenza.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter subset Cadenza documents use: {@code key: value} lines, flow lists
 * {@code [a, b]} and block lists ({@code - item}). A full YAML parser would accept far more than
 * curators need and make errors harder to explain.
 *
 * @param fields scalar values are Strings, lists are List&lt;String&gt;
 * @param body the text after the closing {@code ---}, or the whole text when there is no front matter
 */
public record FrontMatter(Map<String, Object> fields, String body) {

  private static final String FENCE = "---";

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
    Map<String, Object> fields = new LinkedHashMap<>();
    List<String> openList = null;
    int lineNumber = 1;
    for (String line : header.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        lineNumber++;
        continue;
      }
      if (trimmed.startsWith("- ") || trimmed.equals("-")) {
        if (openList == null) {
          throw new CorpusException(
              "front matter line " + lineNumber + ": list item without a key above it");
        }
        openList.add(unquote(trimmed.substring(1).strip()));
      } else {
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
          throw new CorpusException(
              "front matter line " + lineNumber + ": expected 'key: value' but found '" + trimmed + "'");
        }
        String key = trimmed.substring(0, colon).strip();
        String value = trimmed.substring(colon + 1).strip();
        openList = null;
        if (value.isEmpty()) {
          openList = new ArrayList<>();
          fields.put(key, openList);
        } else if (value.startsWith("[")) {
          if (!value.endsWith("]")) {
            throw new CorpusException("front matter line " + lineNumber + ": list for '" + key + "' is not closed with ']'");
          }
          fields.put(key, flowList(value.substring(1, value.length() - 1)));
        } else {
          fields.put(key, unquote(value));
        }
      }
      lineNumber++;
    }
    return fields;
  }

  private static List<String> flowList(String inner) {
    List<String> items = new ArrayList<>();
    for (String item : inner.split(",")) {
      if (!item.isBlank()) {
        items.add(unquote(item.strip()));
      }
    }
    return items;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
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
      out.append(key).append(": ").append(singleLine(key, value)).append('\n');
    }
  }

  private static void blockList(StringBuilder out, String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      out.append(key).append(":\n");
      values.forEach(v -> out.append("  - ").append(singleLine(key, v)).append('\n'));
    }
  }

  private static String singleLine(String key, String value) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new CorpusException("front matter field '" + key + "' must be a single line");
    }
    return value.strip();
  }
}
