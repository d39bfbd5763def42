package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RouterSettingsTest {
  @Test
  void defaultsRecordTheGeneratorAndTrainerSeeds() {
    assertThat(RouterSettings.DEFAULTS.generatorSeed()).isEqualTo(QuestionGenerator.DEFAULT_SEED);
    assertThat(RouterSettings.DEFAULTS.trainerSeed()).isEqualTo(1L);
  }

  @Test
  void replacesOnlyTheThreshold() {
    RouterSettings strict = RouterSettings.DEFAULTS.withConfidenceThreshold(0.9);

    assertThat(strict.confidenceThreshold()).isEqualTo(0.9);
    assertThat(strict.withConfidenceThreshold(RouterSettings.DEFAULT_CONFIDENCE_THRESHOLD))
        .isEqualTo(RouterSettings.DEFAULTS);
  }

  @Test
  void rejectsNoQuestions() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RouterSettings(1L, 0, 1L, 10, 0.5))
        .withMessage("illegal questionsPerIntent: 0, must be >= 1");
  }

  @Test
  void rejectsNoEpochs() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RouterSettings(1L, 10, 1L, 0, 0.5))
        .withMessage("illegal epochs: 0, must be >= 1");
  }

  @Test
  void rejectsAThresholdAboveOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RouterSettings.DEFAULTS.withConfidenceThreshold(1.01))
        .withMessage("illegal confidenceThreshold: 1.01, must be in [0, 1]");
  }
}
