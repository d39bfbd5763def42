package dev.cadenza.finetune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes train.jsonl and eval.jsonl (one chat record per line) and stats.json into a folder. */
public final class DatasetWriter {
  public static final String STATS_FILE = "stats.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasetWriter() {}

  /** The file a split is written to: "train.jsonl" or "eval.jsonl". */
  public static String fileName(Split split) {
    return split.label() + ".jsonl";
  }

  public static void write(Dataset dataset, Path folder) {
    try {
      Files.createDirectories(folder);
      for (Split split : Split.values()) {
        writeLines(dataset.split(split), folder.resolve(fileName(split)));
      }
      String stats = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(StatsJson.of(dataset.stats()));
      Files.writeString(folder.resolve(STATS_FILE), stats + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dataset to " + folder, e);
    }
  }

  private static void writeLines(List<Example> examples, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Example example : examples) {
        out.write(line(example.record()));
        out.write('\n');
      }
    }
  }

  /** One record as a single JSON line: messages, text, family, verified. */
  public static String line(ChatRecord record) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode messages = node.putArray("messages");
    messages.addObject().put("role", "system").put("content", record.system());
    messages.addObject().put("role", "user").put("content", record.user());
    messages.addObject().put("role", "assistant").put("content", record.assistant());
    node.put("text", record.text());
    node.put("family", record.family());
    node.put("verified", record.verified());
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a record of family " + record.family() + " as JSON", e);
    }
  }
}
