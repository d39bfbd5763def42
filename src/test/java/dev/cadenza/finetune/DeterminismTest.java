package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  private static final int SIZE = 800;

  @TempDir
  Path temp;

  @Test
  void theSameSeedWritesByteIdenticalFiles() throws IOException {
    Path first = build(temp.resolve("first"), 11);
    Path second = build(temp.resolve("second"), 11);

    for (String file : files()) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void anotherSeedWritesOtherData() throws IOException {
    Path first = build(temp.resolve("first"), 11);
    Path other = build(temp.resolve("other"), 12);

    assertThat(Files.readString(other.resolve("train.jsonl")))
        .isNotEqualTo(Files.readString(first.resolve("train.jsonl")));
    assertThat(Files.readString(other.resolve("stats.json"))).contains("\"seed\" : 12");
  }

  private static Path build(Path out, long seed) {
    DatasetWriter.write(new DatasetBuilder(new TheoryAnswerCheck()).build(BuiltDataset.options(out, seed, SIZE)), out);
    return out;
  }

  private static String[] files() {
    return new String[] {
        DatasetWriter.fileName(Split.TRAIN), DatasetWriter.fileName(Split.EVAL), DatasetWriter.STATS_FILE};
  }
}
