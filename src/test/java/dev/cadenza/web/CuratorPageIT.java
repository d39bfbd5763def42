package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The curator page: the token is checked when entered; the list shows the newest change first and filters. */
@ExtendWith(BrowserFixture.Resolver.class)
class CuratorPageIT {

  private final BrowserFixture page;

  CuratorPageIT(BrowserFixture page) {
    this.page = page;
  }

  @BeforeEach
  void openPage() {
    page.open("/curator.html", 1280, 1000);
    page.script("sessionStorage.clear()");
    page.browser.navigate().refresh();
  }

  @Test
  void aWrongTokenIsRefusedWhenEnteredAndTheRightOneAccepted() {
    enterToken("not-the-token");
    assertThat(tokenState()).startsWith("token refused").contains("not valid");
    assertThat(page.script("return sessionStorage.getItem('cadenza-curator-token')")).isNull();

    enterToken(BrowserFixture.TOKEN);
    assertThat(tokenState()).isEqualTo("token accepted for this session");
  }

  @Test
  void aNewDocumentIsListedFirstAndFoundBySearch() {
    page.cadenza.curator().put("uploads/viola-clef", "viola-clef.md",
        "---\ntitle: Viola clef\n---\nThe viola reads the alto clef, with middle C on the middle line.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        dev.cadenza.app.Curator.WrongFacts.HOLD);
    page.browser.navigate().refresh();
    page.until(driver -> !driver.findElements(By.cssSelector("#documents tbody tr")).isEmpty());
    assertThat(firstColumn().getFirst()).isEqualTo("uploads/viola-clef");

    page.browser.findElement(By.id("search")).sendKeys("cadence");
    page.until(driver -> !firstColumn().contains("uploads/viola-clef"));
    List<String> found = firstColumn();
    assertThat(found).isNotEmpty().allSatisfy(id -> assertThat(id).isNotEqualTo("uploads/viola-clef"));
  }

  private void enterToken(String token) {
    WebElement input = page.browser.findElement(By.id("token"));
    input.clear();
    input.sendKeys(token);
    page.browser.findElement(By.cssSelector("#token-form button")).click();
    page.until(driver -> !tokenState().equals("checking…") && !tokenState().startsWith("no token"));
  }

  private String tokenState() {
    return page.browser.findElement(By.id("token-state")).getText();
  }

  private List<String> firstColumn() {
    return page.browser.findElements(By.cssSelector("#documents tbody tr td:first-child")).stream().map(WebElement::getText).toList();
  }
}
