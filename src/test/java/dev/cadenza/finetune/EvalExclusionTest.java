package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExclusionTest {
  /** Reference answers this long are sentences or full lists, not a one-word fact any record may state. */
  private static final int LONG_ANSWER_WORDS = 6;

  @TempDir
  Path temp;

  @Test
  void aUserMessageRepeatingAnEvaluationQuestionIsExcludedWhateverItsCaseSpacingAndPunctuation() throws IOException {
    EvalExclusion exclusion = EvalExclusion.load(questions("{\"id\": \"k-1\", \"question\": \"What is the relative"
        + " minor of Ab major?\", \"answer\": \"F minor\"}"));

    assertThat(exclusion.excludes(pair("what is the  relative\nminor of AB MAJOR!!", "F minor, four flats."))).isTrue();
    assertThat(exclusion.excludes(pair("What is the relative minor of A major?", "F# minor."))).isFalse();
  }

  @Test
  void anAnswerRepeatingAReferenceAnswerWithAWordChangedIsExcluded() throws IOException {
    EvalExclusion exclusion = EvalExclusion.load(questions("{\"question\": \"Which cadence is the Amen?\", \"answer\":"
        + " \"The plagal cadence, IV moving to I, heard as the Amen at the end of many hymns.\"}"));

    assertThat(exclusion.excludes(pair("Name the church cadence.", "As passage [1] says: the plagal cadence, IV"
        + " moving to I, heard as the amen at the end of most hymns."))).isTrue();
    assertThat(exclusion.excludes(pair("Name the church cadence.", "IV to I, the plagal cadence."))).isFalse();
  }

  @Test
  void aFolderContributesEveryJsonlFileAndAShortTopicNameIsMatchedOnlyWhole() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("sets"));
    Files.writeString(folder.resolve("a.jsonl"), "{\"question\": \"picardy third\"}\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.jsonl"), "{\"question\": \"what is the neapolitan chord\","
        + " \"followup\": \"what does it usually go to?\"}\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.md"), "what is the dorian mode", StandardCharsets.UTF_8);

    EvalExclusion exclusion = EvalExclusion.load(folder);

    assertThat(exclusion.size()).isEqualTo(3);
    assertThat(exclusion.excludes(pair("Q: What does it usually go to?", "V"))).isTrue();
    assertThat(exclusion.excludes(pair("Picardy third?", "A major tonic ending a minor piece."))).isTrue();
    assertThat(exclusion.excludes(pair("The Picardy third ends a minor piece on a major chord. Why?", "Brightness.")))
        .isFalse();
    assertThat(exclusion.excludes(pair("what is the dorian mode", "Minor with a major sixth."))).isFalse();
  }

  @Test
  void aMissingFileExcludesNothing() {
    EvalExclusion exclusion = EvalExclusion.load(temp.resolve("absent.jsonl"));

    assertThat(exclusion.size()).isZero();
    assertThat(exclusion.source()).isEqualTo("none");
    assertThat(exclusion.excludes(pair("What is a half cadence?", "A cadence on V."))).isFalse();
  }

  @Test
  void theBuilderDropsEveryRecordThatRepeatsAnEvaluationQuestion() throws IOException {
    // "Realise" is one word, matched only as a whole question; the follow-up of its row is matched like a question
    Path excluded = questions("{\"question\": \"What notes are in\"}",
        "{\"question\": \"Realise\", \"followup\": \"What kind of cadence\"}");
    Path out = temp.resolve("data");

    Dataset dataset = new DatasetBuilder(answer -> ClaimCounts.NONE)
        .build(new DatasetOptions(out, 3, 600, Path.of("corpus"), excluded));

    assertThat(dataset.stats().evalOverlaps()).isPositive();
    assertThat(dataset.stats().excludedQuestions()).isEqualTo(3);
    for (Split split : Split.values()) {
      assertThat(dataset.split(split)).noneMatch(e -> e.pair().user().contains("What notes are in")
          || e.pair().user().contains("What kind of cadence"));
    }
  }

  @Test
  void noWrittenRecordRepeatsAProjectEvaluationQuestionOrReferenceAnswer() {
    EvalExclusion project = EvalExclusion.load(Path.of(DatasetOptions.DEFAULT_EXCLUDED_QUESTIONS));
    int records = 0;
    for (Split split : Split.values()) {
      for (JsonNode r : BuiltDataset.records(split)) {
        records++;
        assertThat(project.excludes(BuiltDataset.user(r), BuiltDataset.assistant(r), r.get("text").asText()))
            .as(r.get("text").asText()).isFalse();
      }
    }
    assertThat(records).isGreaterThan(2_500);
    assertThat(BuiltDataset.dataset().stats().evalOverlaps()).as("records the exclusion had to drop").isPositive();
  }

  @Test
  void noWrittenRecordContainsALongReferenceAnswerWordForWord() throws IOException {
    // An independent check with its own, simpler normalisation: lower case, letters, digits and # only.
    List<String> answers = new ArrayList<>();
    try (var files = Files.list(Path.of(DatasetOptions.DEFAULT_EXCLUDED_QUESTIONS))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String answer = line.isBlank() ? "" : plain(new ObjectMapper().readTree(line).path("answer").asText(""));
          if (answer.split(" ").length >= LONG_ANSWER_WORDS) {
            answers.add(answer);
          }
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (Split split : Split.values()) {
      for (JsonNode r : BuiltDataset.records(split)) {
        String text = " " + plain(r.get("text").asText()) + " ";
        answers.stream().filter(a -> text.contains(" " + a + " ")).forEach(found::add);
      }
    }
    assertThat(answers).hasSizeGreaterThan(300);
    assertThat(found).isEmpty();
  }

  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]+", " ").strip();
  }

  private static Pair pair(String user, String answer) {
    return new Pair(Family.CONCEPTUAL, "doc", user, answer);
  }

  private Path questions(String... lines) throws IOException {
    return Files.write(temp.resolve("questions.jsonl"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }
}
