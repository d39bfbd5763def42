package dev.cadenza.finetune;

import dev.cadenza.leakage.EvalLeakage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps the project evaluation sets out of the records (eval/EXCLUDE.md). A pair is dropped when its user message
 * repeats an evaluation question or follow-up, or either message (the user's may quote corpus passages) repeats a
 * reference answer, by the shared
 * {@link EvalLeakage near-duplicate rule}; and, as finetune/train_qlora.py checks before training, when the whole
 * record text contains a question of {@link #MIN_WORDS} words or more verbatim (lower-cased, whitespace collapsed).
 * Nothing else is taken from the files: their questions and answers never become records.
 */
public final class EvalExclusion {
  /** No exclusion: the file was not found or not asked for. */
  public static final EvalExclusion NONE = new EvalExclusion(EvalLeakage.NONE);

  static final int MIN_WORDS = 4;
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private final EvalLeakage leakage;
  private final List<String> verbatim;

  private EvalExclusion(EvalLeakage leakage) {
    this.leakage = leakage;
    this.verbatim = leakage.questionTexts().stream()
        .map(EvalExclusion::normalise)
        .filter(q -> q.split(" ").length >= MIN_WORDS)
        .toList();
  }

  /** The sets in a JSONL file, or in every {@code *.jsonl} file of a folder; {@link #NONE} when absent. */
  public static EvalExclusion load(Path path) {
    EvalLeakage leakage = EvalLeakage.load(path);
    return leakage == EvalLeakage.NONE ? NONE : new EvalExclusion(leakage);
  }

  /** Whether a generated pair repeats an evaluation question or reference answer. */
  public boolean excludes(Pair pair) {
    return excludes(pair.user(), pair.answer(), ChatRecord.of(pair).text());
  }

  boolean excludes(String user, String answer, String recordText) {
    if (leakage.questionIn(user).isPresent() || leakage.answerIn(answer).isPresent()
        || leakage.answerIn(user).isPresent()) {
      return true;
    }
    String text = normalise(recordText);
    return verbatim.stream().anyMatch(text::contains);
  }

  /** How many questions and follow-ups are compared. */
  public int size() {
    return leakage.questions();
  }

  /** How many reference answers are compared. */
  public int answers() {
    return leakage.answers();
  }

  /** The file the questions came from, or "none". */
  public String source() {
    return leakage.source();
  }

  /** Lower case, runs of whitespace as one space, trimmed: the training script's rule. */
  static String normalise(String text) {
    return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
