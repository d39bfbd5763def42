package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.midi.MidiExamples;
import dev.cadenza.testing.Fixtures;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages and the widget in a real browser (Debian's headless Chromium) against the real server:
 * what a student, a teacher embedding the widget and a student uploading MIDI actually see. Skipped,
 * with the reason, where Chromium or its driver is not installed ({@code apt-get install chromium
 * chromium-driver}); {@code CADENZA_CHROMIUM} and {@code CADENZA_CHROMEDRIVER} point elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CADENZA_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CADENZA_CHROMEDRIVER", "/usr/bin/chromedriver"));
  /** Answers embed the question with MiniLM on a possibly busy machine; pages must settle within this. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private Cadenza cadenza;
  private Javalin app;
  private HttpServer hostSite;
  private WebDriver browser;
  private String base;
  private Path temp;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no Chromium at " + CHROMIUM + " or no driver at " + DRIVER + ": apt-get install chromium chromium-driver");
    this.temp = temp;
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")));
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), WebConfig.DEFAULT_MAX_UPLOAD_BYTES))
        .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    hostSite = teachersSite(base);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
            "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + temp.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) browser.quit();
    if (hostSite != null) hostSite.stop(0);
    if (app != null) app.stop();
    if (cadenza != null) cadenza.close();
  }

  @Test
  void chatPageAnswersAComputableQuestionWithTheEnginesSpelling() {
    browser.get(base + "/");
    ask("Spell a D# major 13th chord");

    WebElement answer = waitForAnswer();
    assertThat(answer.getText()).contains("D#").contains("F##").contains("A#").contains("C##").contains("E#").contains("B#")
        .doesNotContain("Eb");
  }

  @Test
  void chatPageShowsCitationsThatOpenToTheQuotedPassage() {
    browser.get(base + "/");
    ask("Why does the dominant seventh resolve to the tonic?");

    WebElement answer = waitForAnswer();
    assertThat(answer.getText()).contains("[1]");
    WebElement firstSource = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.citations li summary")));
    assertThat(firstSource.getText()).isNotBlank();
    firstSource.click();
    assertThat(browser.findElement(By.cssSelector("ol.citations li blockquote")).getText()).isNotBlank();
  }

  @Test
  void widgetEmbeddedOnAnotherSiteAsksAcrossOrigins() {
    browser.get("http://127.0.0.1:" + hostSite.getAddress().getPort() + "/lesson.html");
    SearchContext widget = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-cadenza-widget]"))).getShadowRoot();
    WebElement launcher = widget.findElement(By.cssSelector(".launcher"));
    assertThat(launcher.getText()).isEqualTo("Ask the theory tutor");
    launcher.click();
    widget.findElement(By.cssSelector("input")).sendKeys("What is a deceptive cadence?");
    widget.findElement(By.cssSelector("button.send")).click();

    wait(driver -> !widget.findElement(By.cssSelector(".a")).getText().equals("…"));
    assertThat(widget.findElement(By.cssSelector(".a")).getText()).doesNotContain("unreachable").contains("[1]");
    List<WebElement> sources = widget.findElements(By.cssSelector(".src"));
    assertThat(sources).isNotEmpty();
    assertThat(sources.getFirst().getText()).startsWith("[1] ");
  }

  @Test
  void midiPageAnalysesAnUploadAndDrawsEveryNoteInThePianoRoll() throws IOException {
    // Four block chords with parallel fifths between alto and bass from the first chord to the second.
    List<List<Integer>> chords = List.of(List.of(48, 60, 67, 76), List.of(50, 65, 69, 74), List.of(55, 62, 67, 71), List.of(48, 64, 67, 72));
    Path file = temp.resolve("exercise.mid");
    Files.write(file, MidiExamples.chords("Exercise", chords));
    browser.get(base + "/midi.html");
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("analyse-button")).click();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertThat(browser.findElement(By.id("summary")).getText()).contains("C major");
    assertThat(browser.findElement(By.id("issues")).getText()).contains("Parallel fifths");
    List<WebElement> notes = browser.findElements(By.cssSelector("#roll-frame svg rect:has(title):not(.issue)"));
    assertThat(notes).hasSize(16);
    assertThat(notes.getFirst().findElement(By.tagName("title")).getAttribute("textContent")).startsWith("C3 ");
    assertThat(browser.findElements(By.cssSelector("#roll-frame svg rect.issue"))).isNotEmpty();
  }

  private void ask(String question) {
    browser.findElement(By.id("question")).sendKeys(question);
    browser.findElement(By.id("ask-button")).click();
  }

  /** The answer of the latest turn, once its text has arrived and the page has finished the turn. */
  private WebElement waitForAnswer() {
    wait(driver -> driver.findElement(By.id("ask-button")).isEnabled()
        && !driver.findElements(By.cssSelector(".turn .answer")).isEmpty()
        && !driver.findElements(By.cssSelector(".turn .answer")).getLast().getText().isBlank());
    return browser.findElements(By.cssSelector(".turn .answer")).getLast();
  }

  private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, SETTLE).until(condition);
  }

  /** A page on another origin that embeds the widget with its one script tag, as a teacher's site would. */
  private static HttpServer teachersSite(String cadenzaBase) throws IOException {
    byte[] page = ("<!doctype html><html><head><meta charset=utf-8><title>Lesson</title></head><body><h1>Lesson 4</h1>"
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
