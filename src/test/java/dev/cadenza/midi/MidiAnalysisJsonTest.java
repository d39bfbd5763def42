package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON shape of {@link MidiAnalysis} is a contract with the web page and the HTTP layer. */
class MidiAnalysisJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The parallel-fifths exercise, so every list has entries. */
  private static JsonNode analysis() {
    byte[] data = MidiWriter.write(MidiSong.of("Exercise", Pieces.satb(new int[][] {
        {76, 67, 60, 48}, {74, 69, 65, 50}, {71, 67, 62, 55}, {72, 67, 64, 48}}, 2)));
    return JSON.valueToTree(MidiAnalyzer.withDefaults().analyze(data));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesTheAgreedTopLevelFields() {
    assertThat(fields(analysis())).containsSubsequence("key", "meter", "bars", "chords", "cadences", "issues", "feedback")
        .contains("tempo", "modulations", "melody", "keyHints", "warnings", "notes", "barLines");
  }

  @Test
  void writesTheKeyAsTonicModeAndConfidenceThenTheModalFields() {
    JsonNode key = analysis().get("key");

    assertThat(fields(key)).containsExactly("tonic", "mode", "confidence", "parentKey", "decidedBy", "runnerUp",
        "profileEstimate", "evidence");
    assertThat(key.get("parentKey").asText()).isEqualTo("C major");
    assertThat(fields(key.get("runnerUp"))).containsExactly("tonic", "mode", "confidence");
    assertThat(key.get("tonic").asText()).isEqualTo("C");
    assertThat(key.get("mode").asText()).isEqualTo("major");
    assertThat(key.get("confidence").isDouble()).isTrue();
  }

  @Test
  void writesChordsAndIssuesWithIntegerBarsAndFloatBeats() {
    JsonNode json = analysis();
    JsonNode chord = json.get("chords").get(1);
    JsonNode issue = json.get("issues").get(0);

    assertThat(fields(chord)).containsExactly("bar", "beat", "symbol", "roman");
    assertThat(chord.get("bar").isInt()).isTrue();
    assertThat(chord.get("beat").isDouble()).isTrue();
    assertThat(chord.get("beat").asDouble()).isEqualTo(3.0);
    assertThat(fields(issue)).containsExactly("bar", "beat", "rule", "message");
    assertThat(issue.get("rule").asText()).isEqualTo("parallel-fifths");
  }

  @Test
  void writesCadencesAndPlayableNotes() {
    JsonNode json = analysis();

    assertThat(fields(json.get("cadences").get(0))).startsWith("bar", "beat", "type");
    assertThat(fields(json.get("notes").get(0))).contains("pitch", "onset", "duration", "velocity", "track");
    assertThat(json.get("meter").asText()).isEqualTo("4/4");
    assertThat(json.get("bars").asInt()).isEqualTo(2);
  }
}
