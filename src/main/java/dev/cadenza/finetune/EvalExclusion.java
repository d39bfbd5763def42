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
 * The questions of the project evaluation set, read only so that no record repeats one (eval/EXCLUDE.md):
 * a record whose text contains an evaluation question, after lower-casing and collapsing whitespace, is
 * dropped. This is the rule finetune/train_qlora.py enforces before training. Nothing else is taken
 * from the file: its questions and answers never become records.
 */
public final class EvalExclusion {
  /** No exclusion: the file was not found or not asked for. */
  public static final EvalExclusion NONE = new EvalExclusion(List.of(), "none");

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private final List<String> questions;
  private final String source;

  private EvalExclusion(List<String> questions, String source) {
    this.questions = List.copyOf(questions);
    this.source = source;
  }

  /** The questions of a JSONL file with a "question" field per line; {@link #NONE} when the file is missing. */
  public static EvalExclusion load(Path file) {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    ObjectMapper json = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          JsonNode question = json.readTree(line).get("question");
          if (question != null && !question.asText().isBlank()) {
            questions.add(normalise(question.asText()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evaluation questions in " + file, e);
    }
    return new EvalExclusion(questions, file.toString().replace('\\', '/'));
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
