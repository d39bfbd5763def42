package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.query.QueryResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed query results of an answer, as openapi.json describes them, match the records the engine returns. */
class OpenApiResultsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode schemas() throws IOException {
    try (InputStream in = OpenApiResultsTest.class.getResourceAsStream("/openapi.json")) {
      return MAPPER.readTree(in).get("components").get("schemas");
    }
  }

  @Test
  void describesEveryFieldOfEveryResultRecord() throws IOException {
    JsonNode schemas = schemas();
    List<String> missing = new ArrayList<>();
    List<Class<?>> records = new ArrayList<>(List.of(QueryResult.class.getPermittedSubclasses()));
    records.add(QueryResult.RomanRow.class);
    records.add(QueryResult.TritonePair.class);
    for (Class<?> record : records) {
      JsonNode properties = schemas.path(record.getSimpleName()).path("properties");
      for (RecordComponent component : record.getRecordComponents()) {
        if (!properties.has(component.getName())) missing.add(record.getSimpleName() + "." + component.getName());
      }
      for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        boolean known = List.of(record.getRecordComponents()).stream().anyMatch(c -> c.getName().equals(name));
        if (!known) missing.add(record.getSimpleName() + " has no " + name);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(schemas.get("Theory").get("properties").get("results").get("items").get("$ref").asText())
        .isEqualTo("#/components/schemas/QueryResult");
  }

  @Test
  void mapsEachQueryTypeAnsweredToTheRecordThatCarriesIt() throws IOException {
    JsonNode mapping = schemas().get("QueryResult").get("discriminator").get("mapping");
    TheoryQa qa = new TheoryQa();
    Map<String, String> questions = Map.of(
        "how many notes in Cmaj7", "ChordResult",
        "interval from C to E", "IntervalResult",
        "ii V I in C major", "NumeralResult",
        "which key has 3 flats", "KeysResult",
        "what chord is C E G", "IdentifiedChord",
        "what note does an alto sax read to sound concert C", "TranspositionResult",
        "concert Bb major for alto sax", "InstrumentKeyResult",
        "what's the tritone in G7", "TritonesResult",
        "what is the b6 of C major", "AlteredDegreeResult",
        "how many notes in a whole tone scale", "ScaleResult");
    questions.forEach((question, record) -> {
      QueryResult result = qa.answer(question).orElseThrow().results().getFirst();
      assertThat(result.getClass().getSimpleName()).isEqualTo(record);
      assertThat(mapping.get(result.type()).asText()).as(question).isEqualTo("#/components/schemas/" + record);
    });
    assertThat(mapping.size()).isEqualTo(33);
  }
}
