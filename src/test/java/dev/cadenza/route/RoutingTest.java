package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cadenza.theory.qa.Intent;
import org.junit.jupiter.api.Test;

class RoutingTest {
  @Test
  void keepsTheBestGuessAtOrAboveTheThreshold() {
    assertThat(Routing.gated(Intent.INTERVAL, 0.5, 0.5)).isEqualTo(new Routing(Intent.INTERVAL, 0.5));
  }

  @Test
  void routesABestGuessBelowTheThresholdToConceptualKeepingItsConfidence() {
    assertThat(Routing.gated(Intent.INTERVAL, 0.49, 0.5)).isEqualTo(new Routing(Intent.CONCEPTUAL, 0.49));
  }

  @Test
  void rejectsAConfidenceOutsideZeroToOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Routing(Intent.SCALE, 1.5))
        .withMessage("illegal confidence: 1.5, must be in [0, 1]");
  }

  @Test
  void rejectsANanConfidence() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Routing(Intent.SCALE, Double.NaN))
        .withMessage("illegal confidence: NaN, must be in [0, 1]");
  }
}
