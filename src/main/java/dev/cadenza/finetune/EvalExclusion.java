package dev.cadenza.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The questions of the project evaluation sets, read only so that no record repeats one (eval/EXCLUDE.md):
 * a record whose text contains an evaluation question or follow-up, after lower-casing and collapsing
 * whitespace, is dropped. Questions of fewer than {@link #MIN_WORDS} words ("picardy third") are topic
 * names any record may contain, so they are not matched. This is the rule finetune/train_qlora.py
 * enforces before training. Nothing else is taken from the files: their questions and answers never
 * become records.
 */
public final class EvalExclusion {
  /** No exclusion: the file was not found or not asked for. */
  public static final EvalExclusion NONE = new EvalExclusion(List.of(), "none");

  static final int MIN_WORDS = 4;
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final List<String> FIELDS = List.of("question", "followup");

  private final List<String> questions;
  private final String source;

  private EvalExclusion(List<String> questions, String source) {
    this.questions = List.copyOf(questions);
    this.source = source;
  }

  /**
   * The questions and follow-ups of a JSONL file, or of every {@code *.jsonl} file in a folder;
   * {@link #NONE} when the path does not exist.
   */
  public static EvalExclusion load(Path path) {
    List<Path> files;
    try {
      if (Files.isDirectory(path)) {
        try (var listing = Files.list(path)) {
          files = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
      } else if (Files.isRegularFile(path)) {
        files = List.of(path);
      } else {
        return NONE;
      }
      List<String> questions = new ArrayList<>();
      for (Path file : files) {
        questions.addAll(questions(file));
      }
      return new EvalExclusion(questions, path.toString().replace('\\', '/'));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evaluation questions in " + path, e);
    }
  }

  private static List<String> questions(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      JsonNode row = json.readTree(line);
      for (String field : FIELDS) {
        String text = normalise(row.path(field).asText(""));
        if (!text.isEmpty() && text.split(" ").length >= MIN_WORDS) questions.add(text);
      }
    }
    return questions;
  }

  /** Whether a record's text contains one of the questions. */
  public boolean excludes(String recordText) {
    if (questions.isEmpty()) {
      return false;
    }
    String text = normalise(recordText);
    return questions.stream().anyMatch(text::contains);
  }

  public int size() {
    return questions.size();
  }

  /** The file the questions came from, or "none". */
  public String source() {
    return source;
  }

  /** Lower case, runs of whitespace as one space, trimmed: the training script's rule. */
  static String normalise(String text) {
    return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
