package dev.cadenza.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One dataset of a few thousand records, built from the project corpus with the real verifier and
 * written to a temp folder once per test run, shared by the tests that read it.
 */
final class BuiltDataset {
  static final long SEED = 7;
  static final int SIZE = 3_000;

  private static Dataset dataset;
  private static Path folder;

  private BuiltDataset() {}

  static synchronized Dataset dataset() {
    if (dataset == null) {
      try {
        folder = Files.createTempDirectory("cadenza-dataset");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      dataset = new DatasetBuilder(new TheoryAnswerCheck()).build(options(folder, SEED, SIZE));
      DatasetWriter.write(dataset, folder);
    }
    return dataset;
  }

  static Path folder() {
    dataset();
    return folder;
  }

  /** Options for a build from the project corpus, excluding the project's evaluation questions when present. */
  static DatasetOptions options(Path out, long seed, int size) {
    return new DatasetOptions(out, seed, size, Path.of("corpus"), Path.of(DatasetOptions.DEFAULT_EXCLUDED_QUESTIONS));
  }

  /** The records of a split as written, one JSON tree per line. */
  static List<JsonNode> records(Split split) {
    ObjectMapper json = new ObjectMapper();
    try {
      return Files.readAllLines(folder().resolve(DatasetWriter.fileName(split))).stream()
          .map(line -> {
            try {
              return json.readTree(line);
            } catch (IOException e) {
              throw new UncheckedIOException("not a JSON line: " + line, e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode stats() {
    try {
      return new ObjectMapper().readTree(folder().resolve(DatasetWriter.STATS_FILE).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user message of a written record. */
  static String user(JsonNode record) {
    return record.get("messages").get(1).get("content").asText();
  }

  static String assistant(JsonNode record) {
    return record.get("messages").get(2).get("content").asText();
  }
}
