package dev.cadenza.bench;

import dev.cadenza.app.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a benchmark run measured: the machine, the exact command, the seed, raw results (for JSON)
 * and tables (for Markdown). Written as {@code NAME.json} and {@code NAME.md} into the output folder.
 */
public record BenchReport(String name, String command, long seed, String finished, Machine machine,
    List<String> notes, List<Table> tables, Object results) {

  public BenchReport {
    notes = List.copyOf(notes);
    tables = List.copyOf(tables);
  }

  /** A report of a run that started on {@code machine} (taken before the run, for its load average). */
  public static BenchReport of(String name, String command, long seed, Machine machine, List<String> notes, List<Table> tables,
      Object results) {
    return new BenchReport(name, command, seed, Instant.now().toString(), machine, notes, tables, results);
  }

  public String toMarkdown() {
    StringBuilder out = new StringBuilder("## ").append(name).append("\n\n");
    out.append("Command: `").append(command).append("`  \n");
    out.append("Seed: ").append(seed).append("  \n");
    out.append("Machine: ").append(machine.describe()).append("  \n");
    out.append("Finished: ").append(finished).append("\n\n");
    notes.forEach(note -> out.append("- ").append(note).append('\n'));
    if (!notes.isEmpty()) {
      out.append('\n');
    }
    tables.forEach(table -> out.append(table.toMarkdown()).append('\n'));
    return out.toString();
  }

  /** Writes {@code name.json} and {@code name.md} into {@code dir}; returns the Markdown path. */
  public Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
      Path markdown = dir.resolve(name + ".md");
      Files.writeString(markdown, toMarkdown());
      return markdown;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + name + " report to " + dir, e);
    }
  }
}
