package dev.cadenza.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import dev.cadenza.app.TheoryJson;
import dev.cadenza.eval.theory.TheoryEval;
import dev.cadenza.eval.theory.TheoryEvalTable;
import dev.cadenza.eval.theory.TheoryQuestion;
import dev.cadenza.eval.theory.TheoryQuestionFile;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "theory", mixinStandardHelpOptions = true,
    description = {"Answer a computable theory question exactly (chord spellings and names, intervals, scales, keys,"
        + " Roman numerals). No index needed.",
        "With '-' as the question, reads one question per line from stdin and writes one JSON object per line."})
final class TheoryCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUESTION",
      description = "The question in quotes, or - for a batch on stdin.")
  String question;

  @Option(names = "--eval", paramLabel = "FILE",
      description = "Score the answers on a theory question file (eval/theory-questions.jsonl) and print accuracy per query type.")
  Path evalFile;

  @Option(names = "--wrong", description = "With --eval: also list the questions answered wrongly.")
  boolean listWrong;

  @Option(names = "--json", description = "Print JSON: {\"intent\", \"answer\", \"notes\", ...}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    TheoryQa theory = Cadenza.theoryQa();
    if (evalFile != null) {
      return evaluate(theory);
    }
    if (question == null) throw new IllegalArgumentException("give a QUESTION, - for stdin, or --eval FILE");
    ObjectMapper mapper = Json.mapper();
    if ("-".equals(question)) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        System.out.println(mapper.writeValueAsString(TheoryJson.of(line.strip(), theory.answer(line.strip()))));
      }
      return 0;
    }
    if (question.isBlank()) throw new IllegalArgumentException("question must not be empty");
    Optional<TheoryAnswer> answer = theory.answer(question);
    if (json) {
      System.out.println(mapper.writeValueAsString(TheoryJson.of(question, answer)));
    } else if (answer.isPresent()) {
      System.out.println(answer.get().answer());
    } else {
      System.err.println("cadenza: " + TheoryJson.of(question, answer).get("message"));
    }
    return answer.isPresent() ? 0 : 1;
  }

  private int evaluate(TheoryQa theory) {
    List<TheoryQuestion> questions = TheoryQuestionFile.read(evalFile);
    TheoryEval.Report report = TheoryEval.run(questions, q -> theory.answer(q)
        .map(a -> new TheoryEval.Answered(a.answer(), List.<String>of()))
        .orElse(TheoryEval.Answered.nothing()));
    System.out.println("Cadenza theory eval: " + questions.size() + " questions from " + evalFile);
    System.out.print(TheoryEvalTable.render(report));
    if (listWrong) {
      report.wrong().forEach(System.out::println);
    }
    return 0;
  }
}
