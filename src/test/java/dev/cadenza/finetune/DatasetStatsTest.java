package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetStatsTest {

  @Test
  void everyFamilyIsPresentInBothSplits() {
    JsonNode families = BuiltDataset.stats().get("families");

    for (Family family : Family.values()) {
      assertThat(families.get(family.label()).get("train").asInt()).as(family.label()).isPositive();
      assertThat(families.get(family.label()).get("eval").asInt()).as(family.label()).isPositive();
    }
  }

  @Test
  void familiesInStatsAreExactlyTheFamiliesOfTheRecords() {
    JsonNode families = BuiltDataset.stats().get("families");

    for (Split split : Split.values()) {
      assertThat(BuiltDataset.records(split)).allMatch(r -> families.has(r.get("family").asText()));
      assertThat(BuiltDataset.records(split)).hasSize(BuiltDataset.stats().get("records").get(split.label()).asInt());
    }
    assertThat(families.size()).isEqualTo(Family.values().length);
  }

  @Test
  void statsRecordTheSeedTheSizeAndTheVerifier() {
    JsonNode stats = BuiltDataset.stats();

    assertThat(stats.get("seed").asLong()).isEqualTo(BuiltDataset.SEED);
    assertThat(stats.get("size").asInt()).isEqualTo(BuiltDataset.SIZE);
    assertThat(stats.get("verifier").get("name").asText()).isEqualTo("dev.cadenza.theory.Verifier");
    assertThat(stats.get("verifier").get("incorrectClaims").asInt())
        .isGreaterThanOrEqualTo(stats.get("verifier").get("answersDropped").asInt());
  }

  @Test
  void heldOutSubjectsAreListedForEveryFamily() {
    JsonNode heldOut = BuiltDataset.stats().get("heldOut");

    assertThat(Arrays.stream(Family.values()).map(Family::label)).allMatch(label -> heldOut.get(label).size() > 0);
  }

  @Test
  void theRequestedSizeIsReachedWithinOnePercent() {
    DatasetStats stats = BuiltDataset.dataset().stats();

    assertThat(stats.total(Split.TRAIN) + stats.total(Split.EVAL))
        .isBetween(BuiltDataset.SIZE * 99 / 100, BuiltDataset.SIZE);
  }
}
