package dev.cadenza.leakage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalLeakageTest {
  @TempDir
  Path temp;

  @Test
  void readsQuestionsFollowUpsAndAnswersOfEveryJsonlFileInAFolder() throws IOException {
    Files.writeString(temp.resolve("a.jsonl"), "{\"question\": \"what is a motive\", \"answer\": \"A short musical"
        + " idea that recurs and is developed.\"}\n\n", StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("b.jsonl"), "{\"question\": \"spell a German sixth in A minor\", \"followup\":"
        + " \"where does it resolve?\", \"answer\": \"To V.\"}\n", StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("notes.md"), "{\"question\": \"not a set\"}", StandardCharsets.UTF_8);

    EvalLeakage sets = EvalLeakage.load(temp);

    assertThat(sets.questions()).isEqualTo(3);
    assertThat(sets.answers()).isEqualTo(2);
    assertThat(sets.questionIn("so, where does it resolve??")).contains("where does it resolve?");
    assertThat(sets.answerIn("A motive is a short musical idea that recurs and is developed.")).isPresent();
    assertThat(sets.questionIn("not a set")).isEmpty();
  }

  @Test
  void aMissingPathExcludesNothing() {
    EvalLeakage none = EvalLeakage.load(temp.resolve("absent"));

    assertThat(none).isSameAs(EvalLeakage.NONE);
    assertThat(none.questionIn("what is a motive")).isEmpty();
  }
}
