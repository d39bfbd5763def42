package dev.cadenza.leakage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions and reference answers of the project evaluation sets, read only so that generated training data
 * can leave them out (eval/EXCLUDE.md): a training text repeats an evaluation question when it holds a
 * {@link NearDuplicates near-duplicate} of it by word {@value #QUESTION_NGRAM}-grams, and a reference answer by word
 * {@value #ANSWER_NGRAM}-grams. Nothing read here ever becomes training data.
 */
public final class EvalLeakage {
  /** Word n-grams compared for questions: a question of four words or more is matched inside a longer text. */
  public static final int QUESTION_NGRAM = 3;
  /** Word n-grams compared for reference answers: six words or more are matched inside a longer text. */
  public static final int ANSWER_NGRAM = 5;
  /** Excludes nothing: no evaluation set was found or asked for. */
  public static final EvalLeakage NONE = new EvalLeakage(List.of(), List.of(), "none");

  private static final List<String> QUESTION_FIELDS = List.of("question", "followup");

  private final NearDuplicates questions;
  private final NearDuplicates answers;
  private final String source;

  private EvalLeakage(List<String> questions, List<String> answers, String source) {
    this.questions = NearDuplicates.of(questions, QUESTION_NGRAM);
    this.answers = NearDuplicates.of(answers, ANSWER_NGRAM);
    this.source = source;
  }

  /** The sets in a JSONL file, or in every {@code *.jsonl} file of a folder; {@link #NONE} when the path is absent. */
  public static EvalLeakage load(Path path) {
    if (!Files.exists(path)) {
      return NONE;
    }
    return read(path, path.toString().replace('\\', '/'));
  }

  /** The first evaluation question or follow-up that {@code text} repeats. */
  public Optional<String> questionIn(String text) {
    return questions.repeatedIn(text);
  }

  /** The first reference answer that {@code text} repeats. */
  public Optional<String> answerIn(String text) {
    return answers.repeatedIn(text);
  }

  /** How many questions and follow-ups are compared. */
  public int questions() {
    return questions.size();
  }

  /** The questions and follow-ups as written. */
  public List<String> questionTexts() {
    return questions.references();
  }

  /** How many reference answers are compared. */
  public int answers() {
    return answers.size();
  }

  /** Where the sets were read from, or "none". */
  public String source() {
    return source;
  }

  private static EvalLeakage read(Path path, String source) {
    List<String> questions = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Path file : files(path)) {
        for (String line : Files.readAllLines(file)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode row = json.readTree(line);
          QUESTION_FIELDS.forEach(field -> addText(questions, row, field));
          addText(answers, row, "answer");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evaluation sets in " + source, e);
    }
    return new EvalLeakage(questions, answers, source);
  }

  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (var listing = Files.list(path)) {
      return listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  private static void addText(List<String> texts, JsonNode row, String field) {
    String text = row.path(field).asText("");
    if (!text.isBlank()) {
      texts.add(text);
    }
  }
}
