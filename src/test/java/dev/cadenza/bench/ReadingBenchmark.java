package dev.cadenza.bench;

import dev.cadenza.eval.theory.TemplateQuestions;
import dev.cadenza.eval.theory.TheoryQuestion;
import dev.cadenza.eval.theory.TheoryQuestionFile;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.query.QuestionReader;
import dev.cadenza.theory.query.TheoryQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read one question into typed queries, and to answer it (read, run on the engine, render), over the
 * hand-written theory questions (eval/theory-questions.jsonl) or the generated ones (seed 12, 110 per template).
 * Sampled per call, so JMH reports p50 and p99. A JMH benchmark, not a test: docs/benchmarks.md gives the command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadingBenchmark {
  /** The seed of the generated set, as `./cadenza theory --generated` uses it. */
  private static final long GENERATED_SEED = 12L;
  private static final int GENERATED_PER_TEMPLATE = 110;

  @Param({"hand-written", "generated"})
  public String set;

  private final TheoryQa qa = new TheoryQa();
  private List<String> questions;
  private int next;

  @Setup
  public void load() {
    List<TheoryQuestion> loaded = set.equals("generated")
        ? TemplateQuestions.generate(GENERATED_SEED, GENERATED_PER_TEMPLATE)
        : TheoryQuestionFile.read(Path.of("eval/theory-questions.jsonl"));
    questions = loaded.stream().map(TheoryQuestion::question).toList();
  }

  private String nextQuestion() {
    String question = questions.get(next);
    next = (next + 1) % questions.size();
    return question;
  }

  @Benchmark
  public List<TheoryQuery> read() {
    return QuestionReader.read(nextQuestion());
  }

  @Benchmark
  public Optional<TheoryAnswer> answer() {
    return qa.answer(nextQuestion());
  }
}
