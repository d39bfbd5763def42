package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole ask pipeline with a model backend: grounding, verification and repair, fallback, streaming. */
class ModelBackedAskTest {

  private static final String HALLUCINATION = "A D# major 13th chord contains D#, F#, A#, C#, E, G#, B. [1]";

  @TempDir Path temp;
  FakeOpenAiServer server;
  Cadenza cadenza;

  @BeforeEach
  void start() {
    LlmFixtures.warmUp();
    server = FakeOpenAiServer.start();
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    LlmConfig llm = LlmConfig.of(server.baseUrl(), LlmFixtures.MODEL).withTimeout(Duration.ofSeconds(5));
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data"), llm), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
  }

  @AfterEach
  void stop() throws Exception {
    cadenza.close();
    server.close();
  }

  @Test
  void groundedModelAnswerPassesThroughWithItsCitations() {
    server.enqueue(FakeOpenAiServer.Reply.answer("A deceptive cadence moves from V to vi instead of I. [1]"));
    AskResult result = cadenza.ask().ask(new AskRequest("What is a deceptive cadence?"));
    assertThat(result.backend()).isEqualTo("openai:" + LlmFixtures.MODEL);
    assertThat(result.answer()).isEqualTo("A deceptive cadence moves from V to vi instead of I. [1]");
    assertThat(result.citations()).hasSize(1);
    assertThat(result.verification().corrected()).isFalse();
    assertThat(server.lastRequest().lastUserMessage()).contains("deceptive cadence");
  }

  @Test
  void aLearnersLevelReachesTheModelsSystemPromptThroughThePipeline() {
    server.enqueue(FakeOpenAiServer.Reply.answer("A deceptive cadence moves from V to vi instead of I. [1]"),
        FakeOpenAiServer.Reply.answer("A deceptive cadence moves from V to vi instead of I. [1]"));
    cadenza.ask().ask(new AskRequest("What is a deceptive cadence?", AskRequest.DEFAULT_K, Filter.NONE, null, List.of(),
        Level.BEGINNER));
    assertThat(server.lastRequest().systemPrompt()).contains("The student is a beginner");
    // An explicit level filter sets the register too (the fixture library's dominant page is intermediate).
    cadenza.ask().ask(new AskRequest("Why does the dominant resolve to the tonic?", AskRequest.DEFAULT_K,
        new Filter("intermediate", null)));
    assertThat(server.requests()).hasSize(2);
    assertThat(server.lastRequest().systemPrompt()).contains("The student is at an intermediate level")
        .doesNotContain("beginner");
  }

  @Test
  void hallucinatedSpellingIsCorrectedAndReported() {
    server.enqueue(FakeOpenAiServer.Reply.answer(HALLUCINATION));
    AskResult result = cadenza.ask().ask(new AskRequest("What notes are in a D# major 13th chord?"));
    assertThat(result.verification().corrected()).isTrue();
    assertThat(result.verification().claims()).anySatisfy(c -> assertThat(c.verdict()).isEqualTo("incorrect"));
    assertThat(result.answer()).contains("D#, F##, A#, C##, E#, G#, B#").doesNotContain("D#, F#, A#, C#, E, G#, B.");
    // The engine's exact answer went to the model as ground truth.
    assertThat(server.lastRequest().lastUserMessage()).contains("F##");
  }

  @Test
  void streamedHallucinationNeverLeavesUncorrected() {
    server.enqueue(FakeOpenAiServer.Reply.answer(HALLUCINATION + " Voicings often drop the 11th."));
    List<String> tokens = new ArrayList<>();
    AskResult result = cadenza.ask().ask(new AskRequest("What notes are in a D# major 13th chord?"), tokens::add);
    String streamed = String.join("", tokens);
    assertThat(streamed).contains("F##").doesNotContain("D#, F#, A#, C#, E, G#, B.");
    assertThat(streamed).endsWith("Voicings often drop the 11th.");
    assertThat(result.verification().corrected()).isTrue();
  }

  @Test
  void deadServerFallsBackToTheEmbeddedComposerWithAVisibleNote() throws Exception {
    server.close();
    AskResult result = cadenza.ask().ask(new AskRequest("What is a deceptive cadence?"));
    assertThat(result.backend()).isEqualTo("embedded");
    assertThat(result.fallback()).isEqualTo("model server unreachable");
    assertThat(result.citations()).isNotEmpty();
  }

  @Test
  void serverErrorFallsBackToo() {
    server.enqueue(FakeOpenAiServer.Reply.status(500), FakeOpenAiServer.Reply.status(500), FakeOpenAiServer.Reply.status(500));
    AskResult result = cadenza.ask().ask(new AskRequest("What is a deceptive cadence?"));
    assertThat(result.fallback()).contains("HTTP 500");
    assertThat(result.answer()).contains("[1]");
  }
}
