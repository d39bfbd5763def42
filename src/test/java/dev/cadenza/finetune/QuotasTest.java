package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotasTest {

  @ParameterizedTest
  @ValueSource(ints = {100, 3_000, 20_000, 20_001, 99_999})
  void quotasAddUpToTheRequestedSize(int size) {
    Map<Family, Integer> quotas = Quotas.of(size);

    assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(size);
    assertThat(quotas).containsOnlyKeys(Family.values());
  }

  @Test
  void theDefaultSizeGivesEachFamilyItsWeightInPercent() {
    Map<Family, Integer> quotas = Quotas.of(DatasetOptions.DEFAULT_SIZE);

    assertThat(quotas.get(Family.CHORD_SPELLING)).isEqualTo(2_600);
    assertThat(quotas.get(Family.MIDI_FEEDBACK)).isEqualTo(1_000);
    assertThat(quotas.get(Family.KEY_SIGNATURE)).isEqualTo(600);
    assertThat(quotas.get(Family.CONCEPTUAL)).isEqualTo(2_000);
  }
}
