package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The widget on a teacher's page of another origin: opening, closing, streaming, sources, its script API. */
@ExtendWith(BrowserFixture.Resolver.class)
class WidgetIT {

  /** Records what the widget's event stream delivers, in order, by wrapping the page's EventSource. */
  private static final String RECORD_EVENTS = "window.seen = []; const Real = window.EventSource;"
      + "window.EventSource = function (url) { const source = new Real(url); window.seen.push('open ' + url);"
      + " ['token', 'done'].forEach(type => source.addEventListener(type, () => window.seen.push(type))); return source; };";

  private final BrowserFixture page;
  private SearchContext widget;

  WidgetIT(BrowserFixture page) {
    this.page = page;
  }

  @BeforeEach
  void openLesson() {
    page.open(page.lessonPage(), 1280, 900);
    widget = page.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-cadenza-widget]"))).getShadowRoot();
  }

  @Test
  void opensWithExamplesAndClosesWithItsButtonOrEscape() {
    WebElement launcher = widget.findElement(By.cssSelector(".launcher"));
    assertThat(launcher.getText()).isEqualTo("Ask the theory tutor");
    launcher.click();
    assertThat(panel().isDisplayed()).isTrue();
    assertThat(widget.findElements(By.cssSelector(".examples button"))).hasSizeGreaterThanOrEqualTo(2);

    widget.findElement(By.cssSelector("button.close")).click();
    assertThat(panel().isDisplayed()).isFalse();
    assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");

    launcher.click();
    widget.findElement(By.cssSelector("input")).sendKeys(Keys.ESCAPE);
    assertThat(panel().isDisplayed()).isFalse();
  }

  @Test
  void streamsTheAnswerAcrossOriginsAndItsSourcesOpenToThePassage() throws IOException {
    page.script(RECORD_EVENTS);
    widget.findElement(By.cssSelector(".launcher")).click();
    widget.findElement(By.cssSelector("input")).sendKeys("What is a deceptive cadence?");
    widget.findElement(By.cssSelector("button.send")).click();

    page.until(driver -> !widget.findElements(By.cssSelector("details")).isEmpty());
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) page.script("return window.seen");
    assertThat(seen.getFirst()).startsWith("open " + page.base + "/api/ask/stream?q=");
    assertThat(seen.subList(1, seen.size())).startsWith("token").endsWith("done");
    WebElement answer = widget.findElement(By.cssSelector(".a"));
    assertThat(answer.getText()).doesNotContain("unreachable").contains("[1]");

    answer.findElement(By.cssSelector("a")).click();
    WebElement source = widget.findElement(By.cssSelector("details"));
    assertThat(source.getAttribute("open")).isNotNull();
    assertThat(source.findElement(By.tagName("blockquote")).isDisplayed()).isTrue();
    assertThat(source.findElement(By.tagName("summary")).getText()).startsWith("[1] ");
    page.screenshot("widget-other-origin.png");
  }

  @Test
  void theHostPageOpensItWithAQuestionAndClosesIt() {
    page.script("window.Cadenza.open('Spell a Bb dominant 7th chord')");
    assertThat(panel().isDisplayed()).isTrue();
    page.until(driver -> widget.findElement(By.cssSelector("button.send")).isEnabled()
        && !widget.findElement(By.cssSelector(".a")).getText().equals("…"));
    assertThat(widget.findElement(By.cssSelector(".q")).getText()).isEqualTo("Spell a B\u266D dominant 7th chord");
    assertThat(widget.findElement(By.cssSelector(".a")).getText()).contains("B\u266D", "D", "F", "A\u266D");

    page.script("window.Cadenza.close()");
    assertThat(panel().isDisplayed()).isFalse();
  }

  @Test
  void aBusyServerIsAskedOnceMoreAfterTheWaitItNames() {
    page.script(BrowserFixture.busyStreams(1));
    widget.findElement(By.cssSelector(".launcher")).click();
    widget.findElement(By.cssSelector("input")).sendKeys("What is a deceptive cadence?");
    widget.findElement(By.cssSelector("button.send")).click();

    page.until(driver -> widget.findElement(By.cssSelector(".a")).getText().equals("Busy, retrying in 1 second…"));
    page.until(driver -> !widget.findElements(By.cssSelector("details")).isEmpty());
    assertThat(widget.findElement(By.cssSelector(".a")).getText()).doesNotContain("Busy").contains("[1]");
    assertThat((List<?>) page.script("return window.streams")).hasSize(2);
  }

  private WebElement panel() {
    return widget.findElement(By.cssSelector(".panel"));
  }
}
