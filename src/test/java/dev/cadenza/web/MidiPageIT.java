package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.MidiExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The MIDI page: a student uploads an exercise, reads the roll and the issues, and asks about the file. */
@ExtendWith(BrowserFixture.Resolver.class)
class MidiPageIT {

  private final BrowserFixture page;

  MidiPageIT(BrowserFixture page) {
    this.page = page;
  }

  @BeforeEach
  void uploadExercise() throws IOException {
    // Four block chords with parallel fifths between alto and bass from the first chord to the second.
    List<List<Integer>> chords = List.of(List.of(48, 60, 67, 76), List.of(50, 65, 69, 74), List.of(55, 62, 67, 71), List.of(48, 64, 67, 72));
    Path file = page.temp.resolve("exercise.mid");
    Files.write(file, MidiExamples.chords("Exercise", chords));
    page.open("/midi.html", 1280, 1000);
    upload(file);
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
  }

  @Test
  void drawsEveryNoteApartFromTheIssuesWithPitchNamesAlongTheRoll() throws IOException {
    assertThat(page.browser.findElement(By.id("summary")).getText()).contains("C major");
    assertThat(page.browser.findElement(By.id("issues")).getText()).contains("Parallel fifths");
    List<WebElement> notes = page.browser.findElements(By.cssSelector("#roll-frame svg rect.note"));
    assertThat(notes).hasSize(16);
    assertThat(notes.getFirst().findElement(By.tagName("title")).getAttribute("textContent")).startsWith("C3 ");
    List<WebElement> issues = page.browser.findElements(By.cssSelector("#roll-frame svg rect.issue"));
    assertThat(issues).isNotEmpty();
    // Track colours are blue to violet hues; issue boxes are red, so the two never look alike.
    assertThat(notes).allSatisfy(n -> assertThat(n.getAttribute("fill")).doesNotMatch("hsl\\((3[3-5]\\d|[0-2]?\\d), .*"));
    assertThat(page.browser.findElement(By.cssSelector("#roll-frame svg.keys")).getText()).contains("C3", "C4");
    for (int i = 0; i < issues.size(); i++) {
      for (int j = i + 1; j < issues.size(); j++) {
        assertThat(overlap(issues.get(i), issues.get(j))).as("issue boxes %d and %d overlap", i, j).isFalse();
      }
    }
    page.screenshot("midi-page.png");
    assertThat(page.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void issuesAreReachedAndAnnouncedByKeyboardAndWhyOpensThePassage() {
    WebElement box = page.browser.findElement(By.cssSelector("#roll-frame svg rect.issue"));
    assertThat(box.getAttribute("tabindex")).isEqualTo("0");
    page.script("arguments[0].focus()", box);
    page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(page.browser.findElement(By.id("issue-status")).getAttribute("textContent")).startsWith("Issue 1 of ");
    assertThat(page.browser.findElement(By.cssSelector("#issues li")).getAttribute("class")).contains("selected");

    WebElement why = page.browser.findElement(By.cssSelector("#issues button.why"));
    assertThat(why.getText()).startsWith("Why: ").doesNotContain("#");
    why.click();
    WebElement passage = page.browser.findElement(By.cssSelector("#issues blockquote.passage"));
    page.until(driver -> !passage.getText().isBlank() && !passage.getText().equals("Loading…"));
    assertThat(passage.getText()).doesNotContain("could not be loaded").containsIgnoringCase("fifth");
  }

  @Test
  void theQuestionBoxSendsTheFileWithTheQuestion() {
    page.browser.findElement(By.id("midi-question")).sendKeys("What key is this piece in?");
    page.browser.findElement(By.id("midi-ask-button")).click();
    WebElement answer = page.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#midi-answer article .answer")));
    assertThat(answer.getText()).contains("C major");
  }

  @Test
  void aFailedUploadClearsThePreviousAnalysis() throws IOException {
    Path broken = page.temp.resolve("broken.mid");
    Files.writeString(broken, "this is not a MIDI file");
    upload(broken);
    page.until(driver -> !driver.findElement(By.id("status")).getText().startsWith("Analysing"));
    assertThat(page.browser.findElement(By.id("result")).isDisplayed()).isFalse();
    assertThat(page.browser.findElements(By.cssSelector("#roll-frame svg"))).isEmpty();
    assertThat(page.browser.findElement(By.id("status")).getText()).isNotBlank();
  }

  private void upload(Path file) {
    WebElement input = page.browser.findElement(By.id("file"));
    input.clear();
    input.sendKeys(file.toAbsolutePath().toString());
    page.browser.findElement(By.id("analyse-button")).click();
  }

  private static boolean overlap(WebElement a, WebElement b) {
    var r = a.getRect();
    var s = b.getRect();
    return r.getX() < s.getX() + s.getWidth() && s.getX() < r.getX() + r.getWidth()
        && r.getY() < s.getY() + s.getHeight() && s.getY() < r.getY() + r.getHeight();
  }
}
