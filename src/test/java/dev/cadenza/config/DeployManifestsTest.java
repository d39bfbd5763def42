package dev.cadenza.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/ cannot be run here, so its files are checked: valid YAML, known settings, the probes Cadenza serves. */
class DeployManifestsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** Replicas share documents, learners and conversations only through the database. */
  private static final List<String> REQUIRED = List.of("CADENZA_LLM_BASE_URL", "CADENZA_LLM_MODEL", "CADENZA_CURATOR_TOKEN",
      "CADENZA_DB_URL");

  private static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        documents.add(YAML.readTree(parser));
      }
    }
    return documents;
  }

  private static List<Path> kubernetesFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("deploy/k8s"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void composeSetsEveryRequiredSettingAndOnlyKnownOnes() throws IOException {
    JsonNode compose = documents(Path.of("deploy/compose.yaml")).getFirst();
    JsonNode cadenza = compose.path("services").path("cadenza");
    Map<String, String> env = new LinkedHashMap<>();
    ((ObjectNode) cadenza.path("environment")).properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));

    assertKnownAndComplete(env.keySet());
    assertThat(cadenza.path("healthcheck").path("test").toString()).contains("/api/ready");
    assertThat(compose.path("services").path("vllm").path("command").toString()).contains("cadenza-llama2");
    assertThat(env.get("CADENZA_LLM_MODEL")).isEqualTo("cadenza-llama2");
  }

  @Test
  void kubernetesManifestsAreValidAndTheDeploymentProbesCadenzasRoutes() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (Path file : kubernetesFiles()) {
      for (JsonNode doc : documents(file)) {
        assertThat(doc.path("apiVersion").asText()).as(file + " apiVersion").isNotBlank();
        assertThat(doc.path("kind").asText()).as(file + " kind").isNotBlank();
        assertThat(doc.path("metadata").path("name").asText()).as(file + " name").isNotBlank();
        all.add(doc);
      }
    }
    JsonNode deployment = all.stream()
        .filter(d -> d.path("kind").asText().equals("Deployment") && d.path("metadata").path("name").asText().equals("cadenza"))
        .findFirst().orElseThrow();
    assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
    List<String> names = new ArrayList<>();
    container.path("env").forEach(e -> names.add(e.path("name").asText()));
    assertKnownAndComplete(names);
    assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/api/ready");
    assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/api/health");
    assertThat(all).anyMatch(d -> d.path("kind").asText().equals("Service") && d.path("metadata").path("name").asText().equals("vllm"));
  }

  private static void assertKnownAndComplete(java.util.Collection<String> names) {
    assertThat(names).as("settings the deployment sets").containsAll(REQUIRED);
    names.forEach(name -> assertThat(Setting.ofVariable(name)).as(name + " is a setting Cadenza reads").isPresent());
  }
}
