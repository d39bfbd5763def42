package dev.cadenza.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path dir;

  private Map<String, String> envWithFile(String yaml, Map<String, String> more) throws IOException {
    Path file = dir.resolve("cadenza.yaml");
    Files.writeString(file, yaml);
    HashMap<String, String> env = new HashMap<>(more);
    env.put("CADENZA_CONFIG", file.toString());
    return env;
  }

  @Test
  void flagsOverrideEnvironmentWhichOverridesTheFileWhichOverridesDefaults() throws IOException {
    Map<String, String> env = envWithFile("""
        llm:
          base-url: http://file:8000/v1
          model: from-file
        max_running_answers: 4
        corpus: file-corpus
        """, Map.of("CADENZA_LLM_MODEL", "from-env", "CADENZA_CORPUS", "env-corpus"));
    Settings settings = Settings.load(env, Map.of("CADENZA_CORPUS", "flag-corpus"));

    assertThat(settings.asMap())
        .containsEntry("CADENZA_LLM_BASE_URL", "http://file:8000/v1")
        .containsEntry("CADENZA_LLM_MODEL", "from-env")
        .containsEntry("CADENZA_MAX_RUNNING_ANSWERS", "4")
        .containsEntry("CADENZA_CORPUS", "flag-corpus")
        .doesNotContainKey("CADENZA_INDEX");
    assertThat(settings.describe())
        .anyMatch(line -> line.startsWith("CADENZA_LLM_MODEL ") && line.endsWith("from-env  [environment]"))
        .anyMatch(line -> line.startsWith("CADENZA_CORPUS ") && line.endsWith("flag-corpus  [flag]"))
        .anyMatch(line -> line.startsWith("CADENZA_MAX_RUNNING_ANSWERS ") && line.endsWith("4  [file]"))
        .anyMatch(line -> line.startsWith("CADENZA_INDEX ") && line.endsWith("index  [default]"));
  }

  @Test
  void secretsAreMaskedWhenPrinted() throws IOException {
    Map<String, String> env = envWithFile("llm_api_key: sk-file-secret\n", Map.of("CADENZA_CURATOR_TOKEN", "tok-env-secret"));
    Settings settings = Settings.load(env, Map.of());

    assertThat(settings.asMap()).containsEntry("CADENZA_LLM_API_KEY", "sk-file-secret");
    assertThat(String.join("\n", settings.describe()))
        .doesNotContain("sk-file-secret").doesNotContain("tok-env-secret").contains("****** (set)");
  }

  @Test
  void anUnknownKeyNamesTheNearestKnownOne() throws IOException {
    Map<String, String> env = envWithFile("llm:\n  bse-url: http://x\n", Map.of());

    assertThatThrownBy(() -> Settings.load(env, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown setting 'llm_bse_url'")
        .hasMessageContaining("did you mean 'llm_base_url'");
  }

  @Test
  void aYamlSyntaxErrorGivesTheLine() throws IOException {
    Map<String, String> env = envWithFile("corpus: a\nindex: [unclosed\n", Map.of());

    assertThatThrownBy(() -> Settings.load(env, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid YAML at line");
  }

  @Test
  void listsAndTheConfigKeyAreRefusedInTheFile() throws IOException {
    assertThatThrownBy(() -> Settings.load(envWithFile("corpus: [a, b]\n", Map.of()), Map.of()))
        .hasMessageContaining("'corpus' must be a single value");
    assertThatThrownBy(() -> Settings.load(envWithFile("config: other.yaml\n", Map.of()), Map.of()))
        .hasMessageContaining("only be set in the environment");
  }

  @Test
  void unrelatedAndBlankEnvironmentVariablesAreIgnored() {
    Settings settings = Settings.load(Map.of("HOME", "/root", "CADENZA_DATA", "  ", "CADENZA_INDEX", " idx "), Map.of());

    assertThat(settings.asMap()).containsOnly(Map.entry("CADENZA_INDEX", "idx"));
  }

  /** A variable read anywhere in main code but missing here would be invisible to `cadenza config` and the file. */
  @Test
  void everyVariableTheCodeReadsIsASetting() throws IOException {
    Pattern literal = Pattern.compile("\"(CADENZA_[A-Z0-9_]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          Matcher m = literal.matcher(Files.readString(p));
          while (m.find()) {
            assertThat(Setting.ofVariable(m.group(1))).as(m.group(1) + " in " + p).isPresent();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
