package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorFileTest {

  @TempDir Path temp;

  @Test
  void vectorsSurviveARoundTrip() {
    float[][] vectors = {{1f, -2.5f, 3f}, {0f, 0.125f, Float.MIN_VALUE}};
    Path file = temp.resolve("v.f32");
    VectorFile.write(file, vectors, 99L);
    VectorFile.Contents read = VectorFile.read(file);
    assertThat(read.fingerprint()).isEqualTo(99L);
    assertThat(read.vectors()).isDeepEqualTo(vectors);
  }

  @Test
  void missingOrTruncatedFilesReadAsNothing() throws Exception {
    assertThat(VectorFile.read(temp.resolve("absent.f32"))).isNull();
    Path file = temp.resolve("v.f32");
    VectorFile.write(file, new float[][] {{1f, 2f}}, 1L);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
    assertThat(VectorFile.read(file)).isNull();
  }

  @Test
  void fingerprintDependsOnEveryTextAndTheirBoundaries() {
    long base = VectorFile.fingerprint(List.of("ab", "c"));
    assertThat(VectorFile.fingerprint(List.of("ab", "c"))).isEqualTo(base);
    assertThat(VectorFile.fingerprint(List.of("a", "bc"))).isNotEqualTo(base);
    assertThat(VectorFile.fingerprint(List.of("ab", "d"))).isNotEqualTo(base);
  }
}
