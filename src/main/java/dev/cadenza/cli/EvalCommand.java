package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.ConsoleProgress;
import dev.cadenza.embed.CachingEmbedder;
import dev.cadenza.embed.Embedders;
import dev.cadenza.eval.VerifierFactChecker;
import dev.cadenza.eval.Backend;
import dev.cadenza.eval.EmbeddingSimilarity;
import dev.cadenza.eval.EvalOptions;
import dev.cadenza.eval.EvalReport;
import dev.cadenza.eval.Evaluator;
import dev.cadenza.eval.QuestionFiles;
import dev.cadenza.eval.QuestionSet;
import dev.cadenza.eval.ReportJson;
import dev.cadenza.eval.ReportTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the answerer on a question file: exact match, token F1, embedding similarity, "
        + "theory-fact accuracy, retrieval recall@k and MRR, key-fact coverage, refusals, follow-ups, sentences "
        + "per answer, dangling openers, latency p50/p95 (see eval/README.md).")
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--questions", required = true, paramLabel = "FILE",
      description = "Question file: JSONL {\"question\", \"answer\", \"relevant\"?, \"kind\"?, \"key_facts\"?, "
          + "\"followup\"?}, or a JSON array in Alpaca or ShareGPT layout (detected from the content). Repeat it to "
          + "score several files as one set.")
  List<Path> questions;

  @Option(names = "--backend", defaultValue = "embedded", completionCandidates = Backend.Names.class,
      description = "Answerer to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String backend;

  @Option(names = "--k", defaultValue = "5",
      description = "Passages retrieved per question, also the cut-off of recall@k (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--embedding", defaultValue = "all-minilm-l6-v2", paramLabel = "MODEL",
      description = "Embedding model for retrieval: all-minilm-l6-v2, all-minilm-l6-v2-q or bge-small-en-v1.5-q (default: ${DEFAULT-VALUE})."
          + " An index built by another model is rebuilt: give each model its own CADENZA_INDEX.")
  String embedding;

  @Option(names = "--json", description = "Print the report as one JSON object instead of a table.")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON report to this file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    EvalOptions options = options();
    Embedders.Model model = model();
    // fail on a bad file before building the index
    QuestionSet set = combined(options.questions());
    EvalReport report;
    try (CachingEmbedder embedder = Embedders.of(model); Cadenza cadenza = Services.openSynced(embedder)) {
      // Facts are checked in the answers as delivered, that is after the pipeline's own verification.
      Evaluator evaluator = new Evaluator(options.backend().subject(cadenza), EmbeddingSimilarity.miniLm(),
          Optional.of(new VerifierFactChecker()));
      report = evaluator.run(set, options.k(), ConsoleProgress.onStderr("questions"));
    }
    String reportJson = ReportJson.write(report);
    if (options.out() != null) {
      Path parent = options.out().toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(options.out(), reportJson + System.lineSeparator(), StandardCharsets.UTF_8);
      System.err.println("report written to " + options.out());
    }
    System.out.print(options.json() ? reportJson + System.lineSeparator() : ReportTable.render(report));
    return 0;
  }

  private QuestionSet combined(List<Path> files) {
    List<QuestionSet> sets = files.stream().map(QuestionFiles::read).toList();
    try {
      return QuestionSet.combine(sets);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Embedders.Model model() {
    try {
      return Embedders.Model.named(embedding);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private EvalOptions options() {
    try {
      return new EvalOptions(questions, Backend.parse(backend), k, json, out);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
