package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandTest {

  @TempDir
  Path temp;

  @Test
  void theDatasetBuildCommandWritesTheThreeFiles() {
    Path out = temp.resolve("data");

    int exit = Main.run("dataset", "build", "--out", out.toString(), "--size", "300", "--seed", "3");

    assertThat(exit).isZero();
    assertThat(out.resolve("train.jsonl")).isNotEmptyFile();
    assertThat(out.resolve("eval.jsonl")).isNotEmptyFile();
    assertThat(out.resolve("stats.json")).content().contains("\"seed\" : 3", "\"size\" : 300");
  }

  @Test
  void aSizeOutOfRangeIsRefused() {
    int exit = Main.run("dataset", "build", "--out", temp.toString(), "--size", "5");

    assertThat(exit).isEqualTo(1);
    assertThat(temp.resolve("train.jsonl")).doesNotExist();
  }

  @Test
  void theOutputFolderIsRequired() {
    assertThat(Main.run("dataset", "build")).isEqualTo(2);
    assertThat(Files.exists(temp.resolve("stats.json"))).isFalse();
  }
}
