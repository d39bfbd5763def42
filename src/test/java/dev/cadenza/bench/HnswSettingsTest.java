package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HnswSettingsTest {

  @Test
  void unnamedKeysKeepChunkIndexDefaults() {
    assertThat(HnswSettings.parse("")).isEqualTo(HnswSettings.DEFAULT);
    assertThat(HnswSettings.parse("m=32, quant=INT7").maxConn()).isEqualTo(32);
    assertThat(HnswSettings.parse("m=32, quant=INT7").quantization()).isEqualTo(HnswSettings.Quantization.INT7);
    assertThat(HnswSettings.parse("m=32").beamWidth()).isEqualTo(100);
  }

  @Test
  void labelParsesBackToTheSameSettings() {
    HnswSettings settings = HnswSettings.parse("m=8,beam=50,ram=512,threads=2,merge=one,workers=2,quant=int4");
    assertThat(HnswSettings.parse(settings.label())).isEqualTo(settings);
  }

  @Test
  void listsAreSeparatedBySemicolons() {
    assertThat(HnswSettings.parseList("m=16;ram=1024;")).hasSize(2);
    assertThat(HnswSettings.parseList(" none ")).isEmpty();
  }

  @Test
  void mistakesAreNamedPrecisely() {
    assertThatThrownBy(() -> HnswSettings.parse("m=0")).hasMessageContaining("illegal m: 0");
    assertThatThrownBy(() -> HnswSettings.parse("beam=wide")).hasMessageContaining("beam must be a whole number, not 'wide'");
    assertThatThrownBy(() -> HnswSettings.parse("quant=int3")).hasMessageContaining("quant must be none, int8, int7 or int4");
    assertThatThrownBy(() -> HnswSettings.parse("efsearch=10")).hasMessageContaining("unknown HNSW setting keys [efsearch]");
    assertThatThrownBy(() -> HnswSettings.parse("m")).hasMessageContaining("expected key=value");
  }
}
