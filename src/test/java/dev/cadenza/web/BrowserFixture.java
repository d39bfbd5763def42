package dev.cadenza.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real server (MiniLM, Lucene, Javalin) over the fixture corpus, one headless Chromium, and a page on
 * another origin that embeds the widget, shared by every browser test class of a run. Tests ask for it as a
 * parameter ({@link Resolver}); where Chromium or its driver is missing they are skipped with the reason.
 */
final class BrowserFixture implements AutoCloseable {

  static final String TOKEN = "browser-test-token";
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CADENZA_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CADENZA_CHROMEDRIVER", "/usr/bin/chromedriver"));
  /** Answers embed the question with MiniLM on a possibly busy machine; pages must settle within this. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  /**
   * Gives test methods and constructors the run's shared fixture, started on first use; skips the test classes that
   * use it where Chromium or its driver is missing (an assumption failing while a constructor's parameter is resolved
   * would count as an error, not a skip).
   */
  static final class Resolver implements ParameterResolver, ExecutionCondition {
    private static final String MISSING =
        "no Chromium at " + CHROMIUM + " or no driver at " + DRIVER + ": apt-get install chromium chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return browserInstalled() ? ConditionEvaluationResult.enabled("Chromium and its driver found")
          : ConditionEvaluationResult.disabled(MISSING);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == BrowserFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      assumeTrue(browserInstalled(), MISSING);
      return context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserFixture.class))
          .computeIfAbsent(BrowserFixture.class, type -> new BrowserFixture(), BrowserFixture.class);
    }
  }

  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  final Path temp;
  final Cadenza cadenza;
  final WebDriver browser;
  final String base;
  private final Javalin app;
  private final HttpServer hostSite;

  private BrowserFixture() {
    try {
      temp = Files.createTempDirectory("cadenza-browser");
      cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")));
      cadenza.syncCorpus(Progress.NONE);
      app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), WebConfig.DEFAULT_MAX_UPLOAD_BYTES))
          .start("127.0.0.1", 0);
      base = "http://127.0.0.1:" + app.port();
      hostSite = teachersSite(base);
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
          .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
              "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + temp.resolve("chromium-profile"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      browser = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    browser.quit();
    hostSite.stop(0);
    app.stop();
    cadenza.close();
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The teacher's page on another origin (another port) that embeds the widget. */
  String lessonPage() {
    return "http://127.0.0.1:" + hostSite.getAddress().getPort() + "/lesson.html";
  }

  /**
   * Makes the page's first {@code busy} answer streams report the server at capacity ("busy", retry after one
   * second) and later ones real; {@code window.streams} lists every stream the page opened.
   */
  static String busyStreams(int busy) {
    return "window.streams = []; const RealSource = window.EventSource;"
        + "window.EventSource = function (url) { window.streams.push(url);"
        + " if (window.streams.length > " + busy + ") return new RealSource(url);"
        + " const fake = new EventTarget(); fake.close = () => {};"
        + " setTimeout(() => fake.dispatchEvent(new MessageEvent('busy',"
        + " { data: JSON.stringify({ error: 'Too many questions at once; try again shortly.', retryAfterSeconds: 1 }) })), 10);"
        + " return fake; };";
  }

  void open(String path, int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    browser.get(path.startsWith("http") ? path : base + path);
  }

  /** Emulates the reader's colour preference ("light" or "dark") for prefers-color-scheme. */
  void colourScheme(String scheme) {
    ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Waits for a condition; an element the page re-rendered while the condition read it means "ask again". */
  <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, SETTLE).ignoring(StaleElementReferenceException.class).until(condition);
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
  }

  /**
   * Saves a screenshot under target/screenshots, or over the one in docs/ when CADENZA_SCREENSHOTS=docs, so that
   * ordinary test runs leave the checked-in pictures alone.
   */
  void screenshot(String name) throws IOException {
    Path folder = "docs".equals(System.getenv("CADENZA_SCREENSHOTS")) ? Path.of("docs") : Path.of("target", "screenshots");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** axe-core's serious and critical violations on the current page, as "rule: target, ..." lines. */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() throws IOException {
    try (InputStream in = BrowserFixture.class.getResourceAsStream("/axe/axe.min.js")) {
      script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
            + " targets: v.nodes.map(n => JSON.stringify(n.target)).join(' ')}))));");
    return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .map(v -> v.get("id") + ": " + v.get("targets")).toList();
  }

  /** A page on another origin that embeds the widget with its one script tag, as a teacher's site would. */
  private static HttpServer teachersSite(String cadenzaBase) throws IOException {
    byte[] page = ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Lesson</title></head><body><main><h1>Lesson 4</h1>"
        + "<p>Cadences close phrases.</p></main>"
        + "<script src=\"" + cadenzaBase + "/widget.js\" data-title=\"Ask the theory tutor\" defer></script></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/lesson.html", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    server.start();
    return server;
  }
}
