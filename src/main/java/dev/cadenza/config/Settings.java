package dev.cadenza.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The effective settings: defaults, overridden by {@code cadenza.yaml}, overridden by environment variables,
 * overridden by command-line flags. The result is a map by variable name that each part's config record
 * ({@code CadenzaConfig}, {@code WebConfig}, {@code LlmConfig}) reads and validates, so one value is checked the
 * same way wherever it came from.
 */
public final class Settings {

  /** Where a value came from, weakest first. */
  public enum Source { DEFAULT, FILE, ENVIRONMENT, FLAG }

  /** A value and its origin. */
  public record Value(String value, Source source) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path DEFAULT_FILE = Path.of("cadenza.yaml");

  private final Map<Setting, Value> values;
  private final Path file;

  private Settings(Map<Setting, Value> values, Path file) {
    this.values = values;
    this.file = file;
  }

  /**
   * Reads {@code CADENZA_CONFIG} (or {@code ./cadenza.yaml} when it exists), then {@code env}, then {@code flags}
   * (both keyed by variable name).
   *
   * @throws IllegalArgumentException for an unreadable file, a YAML syntax error (with line and column), an
   *     unknown key or a non-scalar value
   */
  public static Settings load(Map<String, String> env, Map<String, String> flags) {
    String named = env.get(Setting.CONFIG.variable());
    Path file = named != null && !named.isBlank() ? Path.of(named.strip()) : Files.exists(DEFAULT_FILE) ? DEFAULT_FILE : null;
    Map<Setting, Value> values = new EnumMap<>(Setting.class);
    if (file != null) {
      readFile(file).forEach((setting, value) -> values.put(setting, new Value(value, Source.FILE)));
    }
    overlay(values, env, Source.ENVIRONMENT);
    overlay(values, flags, Source.FLAG);
    return new Settings(values, file);
  }

  /** Set values by variable name, for the configs' {@code fromEnvironment(Map)} readers. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    values.forEach((setting, value) -> map.put(setting.variable(), value.value()));
    return map;
  }

  /** The file read, or null. */
  public Path file() {
    return file;
  }

  /** Every setting, one line each: name, value (secrets masked) and where it came from. */
  public List<String> describe() {
    int width = Arrays.stream(Setting.values()).mapToInt(s -> s.variable().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      Value value = values.get(setting);
      String shown = value == null ? setting.defaultValue()
          : setting.secret() ? "****** (set)" : value.value();
      String source = value == null ? "default" : value.source().name().toLowerCase(Locale.ROOT);
      lines.add(String.format(Locale.ROOT, "%-" + width + "s  %s  [%s]", setting.variable(), shown, source));
    }
    return lines;
  }

  private static void overlay(Map<Setting, Value> values, Map<String, String> layer, Source source) {
    layer.forEach((name, value) -> Setting.ofVariable(name)
        .filter(setting -> value != null && !value.isBlank())
        .ifPresent(setting -> values.put(setting, new Value(value.strip(), source))));
  }

  private static Map<Setting, String> readFile(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the settings file: " + e.getMessage(), e);
    }
    Map<Setting, String> settings = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return settings;
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(file + ": expected 'name: value' lines at the top level");
    }
    flatten(file, "", root, settings);
    return settings;
  }

  private static void flatten(Path file, String prefix, JsonNode node, Map<Setting, String> into) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix + field.getKey().toLowerCase(Locale.ROOT).replace('-', '_');
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(file, key + "_", value, into);
        continue;
      }
      Setting setting = known(file, key);
      if (setting == Setting.CONFIG) {
        throw new IllegalArgumentException(file + ": 'config' can only be set in the environment (CADENZA_CONFIG)");
      }
      if (value.isContainerNode()) {
        throw new IllegalArgumentException(file + ": '" + key + "' must be a single value, not a list");
      }
      if (!value.isNull()) {
        into.put(setting, value.asText());
      }
    }
  }

  private static Setting known(Path file, String key) {
    for (Setting setting : Setting.values()) {
      if (setting.fileKey().equals(key)) {
        return setting;
      }
    }
    Setting nearest = Arrays.stream(Setting.values())
        .min(Comparator.comparingInt(s -> editDistance(s.fileKey(), key))).orElseThrow();
    throw new IllegalArgumentException(file + ": unknown setting '" + key + "' (did you mean '" + nearest.fileKey()
        + "'? `cadenza config` lists them all)");
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
