package dev.cadenza.cli;

import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.finetune.Dataset;
import dev.cadenza.finetune.DatasetBuilder;
import dev.cadenza.finetune.DatasetOptions;
import dev.cadenza.finetune.DatasetStats;
import dev.cadenza.finetune.DatasetWriter;
import dev.cadenza.finetune.Split;
import dev.cadenza.finetune.TheoryAnswerCheck;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Build fine-tuning data.",
    subcommands = DatasetCommand.Build.class)
final class DatasetCommand {

  @Command(name = "build", mixinStandardHelpOptions = true, showDefaultValues = true,
      description = "Write train.jsonl, eval.jsonl and stats.json: question-answer pairs computed by the theory"
          + " engine or quoted from corpus passages, each answer re-checked by the verifier, split by family and"
          + " held-out root, key or document. The project eval sets (eval/*.jsonl) are never read.")
  static final class Build implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder, e.g. finetune/data.")
    Path out;

    @Option(names = "--seed", defaultValue = "" + DatasetOptions.DEFAULT_SEED,
        description = "Seed of every random choice.")
    long seed;

    @Option(names = "--size", defaultValue = "" + DatasetOptions.DEFAULT_SIZE,
        description = "Records in all, before the split.")
    int size;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: $CADENZA_CORPUS or corpus).")
    Path corpus;

    @Option(names = "--exclude-questions", paramLabel = "FILE",
        defaultValue = DatasetOptions.DEFAULT_EXCLUDED_QUESTIONS,
        description = "Evaluation questions no record may contain: a JSONL file or a folder of them (eval/EXCLUDE.md); a "
            + "missing path excludes nothing.")
    Path excludedQuestions;

    @Override
    public Integer call() {
      long start = System.nanoTime();
      Path corpusDir = corpus != null ? corpus : CadenzaConfig.fromEnvironment(Services.settings().asMap()).corpusDir();
      DatasetOptions options = new DatasetOptions(out, seed, size, corpusDir, excludedQuestions);
      Dataset dataset = new DatasetBuilder(new TheoryAnswerCheck()).build(options);
      DatasetWriter.write(dataset, out);
      DatasetStats stats = dataset.stats();
      System.out.printf(Locale.ROOT, "wrote %d train and %d eval records to %s in %.1f s (seed %d)%n",
          stats.total(Split.TRAIN), stats.total(Split.EVAL), out, (System.nanoTime() - start) / 1e9, seed);
      System.out.printf(Locale.ROOT,
          "verifier: %d answers checked, %d dropped for an incorrect claim, %d unverifiable%n",
          stats.checked(), stats.dropped(), stats.unverifiable());
      System.out.printf(Locale.ROOT,
          "evaluation set: %d questions and %d reference answers from %s, %d records dropped for repeating one%n",
          stats.excludedQuestions(), stats.excludedAnswers(), stats.excludedFrom(), stats.evalOverlaps());
      return 0;
    }
  }
}
