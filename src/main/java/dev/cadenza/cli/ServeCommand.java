package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.config.Settings;
import dev.cadenza.curation.Curation;
import dev.cadenza.curation.CurationSettings;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the tutor's web API and chat page (builds the index from the corpus on first start).")
final class ServeCommand implements Callable<Integer> {

  @Mixin LlmOptions llm = new LlmOptions();

  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("illegal port: " + port + ", must be in [0, 65535]");
    }
    Settings settings = llm.settings();
    Map<String, String> values = settings.asMap();
    System.err.println("Settings" + (settings.file() == null ? "" : " (file " + settings.file() + ")") + ":");
    settings.describe().forEach(line -> System.err.println("  " + line));
    // Every value is validated before the index is built, so a typo fails in a second, not after a minute.
    CuratorToken token = CuratorToken.load(values, CadenzaConfig.fromEnvironment(values).dataDir());
    CuratorToken teacher = CuratorToken.loadTeacher(values, CadenzaConfig.fromEnvironment(values).dataDir());
    WebConfig web = WebConfig.fromEnvironment(values, token, teacher);
    CurationSettings curationSettings = CurationSettings.fromEnvironment(values);
    Cadenza cadenza = Services.openSynced(values);
    Curation curation = Curation.open(cadenza::database, cadenza.embedder(), curationSettings, Clock.systemUTC());
    if (token.generated()) {
      System.err.println("Curator token (shown once; stored in " + cadenza.config().dataDir().resolve("curator-token")
          + "): " + token.value());
    }
    if (teacher.generated()) {
      System.err.println("Teacher token for GET /api/class/summary (shown once; stored in "
          + cadenza.config().dataDir().resolve("teacher-token") + "): " + teacher.value());
    }
    Javalin app = CadenzaApp.create(cadenza, web, curation).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      curation.close();
      try {
        cadenza.close();
      } catch (Exception e) {
        System.err.println("cadenza: closing the index failed: " + e.getMessage());
      }
      stopped.countDown();
    }, "cadenza-shutdown"));
    System.err.println("Cadenza is ready at http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port());
    stopped.await();
    return 0;
  }
}
