package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The practice page: a learner gets an exercise, answers it, reads the feedback and sees their progress drawn. */
@ExtendWith(BrowserFixture.Resolver.class)
class PracticePageIT {

  private final BrowserFixture page;

  PracticePageIT(BrowserFixture page) {
    this.page = page;
  }

  @Test
  void answeringAnExerciseShowsTheVerdictExplanationAndProgress() throws IOException {
    page.open("/practice.html?topic=key-signature", 1000, 1200);
    page.browser.findElement(By.id("next-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("item")));
    assertThat(page.browser.findElement(By.id("prompt")).getText()).startsWith("Write the key signature of");
    page.browser.findElement(By.id("answer")).sendKeys("none");
    page.browser.findElement(By.id("answer-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feedback .verdict")));
    String feedback = page.browser.findElement(By.id("feedback")).getText();
    assertThat(feedback).containsAnyOf("Right.", "Not quite").contains("Rating in key-signature");
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress")));
    assertThat(page.browser.findElement(By.id("totals")).getText()).contains("Answered", "1");
    assertThat(page.browser.findElements(By.cssSelector("#mastery svg rect.bar"))).hasSize(1);
    assertThat(page.browser.findElements(By.cssSelector("#trend svg circle.dot"))).hasSize(1);
    page.screenshot("practice-page.png");
    assertThat(page.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void aCadenceHeardByEarPlaysTheItemsMidiFileAndTheMidiPageOffersToCountUploads() {
    page.open("/midi.html", 1000, 1000);
    page.script("window.localStorage.removeItem('cadenza-learner');"); // the browser is shared by every page test
    page.open("/midi.html", 1000, 1000);
    assertThat(page.browser.findElement(By.id("record-label")).isDisplayed()).isFalse();
    page.open("/practice.html?topic=ear-cadence", 1000, 1000);
    page.browser.findElement(By.id("next-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("play")));
    // The synth itself needs audio; what matters here is the notes the page hands it from the item's MIDI file.
    page.script("window.CadenzaSynth.synth.play = (notes) => { window.playedNotes = notes.length; };");
    page.browser.findElement(By.id("play")).click();
    assertThat(((Number) page.script("return window.playedNotes;")).intValue()).isGreaterThanOrEqualTo(12);
    page.open("/midi.html", 1000, 1000);
    assertThat(page.browser.findElement(By.id("record-label")).isDisplayed()).isTrue();
  }

  @Test
  void anAnswerInTheChatLinksToPracticeOnItsTopic() {
    page.open("/", 1000, 1000);
    page.browser.findElement(By.id("question")).sendKeys("What is a deceptive cadence?");
    page.browser.findElement(By.id("ask-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.turn a.practice-link")));
    var link = page.browser.findElement(By.cssSelector("article.turn a.practice-link"));
    assertThat(link.getText()).isEqualTo("Practise cadences");
    assertThat(link.getAttribute("href")).endsWith("/practice.html?topic=cadence");
  }

  @Test
  void theLearnerIdIsKeptAcrossVisits() {
    page.open("/practice.html", 1000, 1000);
    page.browser.findElement(By.id("next-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("item")));
    Object first = page.script("return window.localStorage.getItem('cadenza-learner');");
    page.open("/practice.html", 1000, 1000);
    page.browser.findElement(By.id("next-button")).click();
    page.until(ExpectedConditions.visibilityOfElementLocated(By.id("item")));
    assertThat(first).isNotNull();
    assertThat(page.script("return window.localStorage.getItem('cadenza-learner');")).isEqualTo(first);
  }
}
