package dev.cadenza.web;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The whole application on a free port over the fixture corpus (hashing embedder), with a client for it. */
record RunningApp(Cadenza cadenza, Javalin app, Http http) implements AutoCloseable {

  static RunningApp start(Path temp, String curatorToken, int maxUploadBytes, RateLimit rateLimit) {
    Cadenza cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"),
        temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    Javalin app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, curatorToken),
        temp), maxUploadBytes, rateLimit)).start("127.0.0.1", 0);
    return new RunningApp(cadenza, app, new Http(app.port()));
  }

  @Override
  public void close() throws IOException {
    app.stop();
    cadenza.close();
  }
}
