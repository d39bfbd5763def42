package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.junit.jupiter.api.Test;

/** Every failure a handler raises, Errors included, becomes a status and a JSON body; nothing long is echoed. */
class FailuresTest {

  @Test
  void stackOverflowInAHandlerBecomesAHandlerErrorTheMappingSees() {
    assertThatThrownBy(() -> Failures.guarded(ctx -> recurse(0)).handle(null))
        .isInstanceOf(Failures.HandlerError.class).hasCauseInstanceOf(StackOverflowError.class);
  }

  @Test
  void outOfMemoryIsToldApartFromOtherErrors() {
    Failures.HandlerError memory = new Failures.HandlerError(new OutOfMemoryError("Java heap space"));
    Failures.HandlerError assertion = new Failures.HandlerError(new AssertionError("x"));
    assertThat(memory.outOfMemory()).isTrue();
    assertThat(assertion.outOfMemory()).isFalse();
  }

  @Test
  void longMessagesAreCutSoInputIsNeverEchoedWhole() {
    String capped = Failures.capped("unknown key " + "x".repeat(10_000));
    assertThat(capped).hasSizeLessThan(Failures.MAX_MESSAGE_CHARS + 10).endsWith("(cut)");
    assertThat(Failures.capped("short")).isEqualTo("short");
    assertThat(Failures.capped("  ")).isEqualTo("bad request");
  }

  @Test
  void describeIsOneLineNamingTheRootCauseAndTheInnermostCadenzaFrame() {
    StackOverflowError deep = new StackOverflowError();
    deep.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.regex.Pattern$Loop", "match", "Pattern.java", 1),
        new StackTraceElement("dev.cadenza.theory.text.NoteLists", "scan", "NoteLists.java", 42)});
    String line = Failures.describe(new Failures.HandlerError(deep));
    assertThat(line).doesNotContain("\n").contains("StackOverflowError")
        .endsWith("at dev.cadenza.theory.text.NoteLists.scan:42");
  }

  @Test
  void errorsThroughARealServerAreJsonWithTheRightStatus() {
    Javalin app = Javalin.create(config -> {
      config.routes.get("/overflow", Failures.guarded(ctx -> recurse(0)));
      config.routes.get("/memory", Failures.guarded(ctx -> {
        throw new OutOfMemoryError("simulated");
      }));
      config.routes.get("/bug", Failures.guarded(FailuresTest::nullPointer));
      config.routes.exception(Exception.class, Failures::unexpected);
    }).start("127.0.0.1", 0);
    try {
      Http http = new Http(app.port());
      assertJson(http.get("/overflow"), 500);
      Http.Reply memory = http.get("/memory");
      assertJson(memory, 503);
      assertThat(memory.headers().firstValue("Retry-After")).hasValue("5");
      assertJson(http.get("/bug"), 500);
    } finally {
      app.stop();
    }
  }

  private static void assertJson(Http.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(reply.json().path("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("Error");
  }

  private static void nullPointer(Context ctx) {
    String missing = ctx.queryParam("absent");
    ctx.result(missing.strip());
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
