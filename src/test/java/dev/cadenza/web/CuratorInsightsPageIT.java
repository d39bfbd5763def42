package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Curator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The curator page's drafts and gaps tabs: a wrong fact highlighted beside the engine's value, and the gap log. */
@ExtendWith(BrowserFixture.Resolver.class)
class CuratorInsightsPageIT {

  private final BrowserFixture page;

  CuratorInsightsPageIT(BrowserFixture page) {
    this.page = page;
  }

  @Test
  void aDraftShowsItsWrongFactHighlightedWithTheEngineValueBesideIt() throws Exception {
    String text = "---\ntitle: Thirteenth chords\n---\n# Thirteenth chords\n\nA thirteenth chord stacks six thirds above its root."
        + " A D# major 13th chord contains D#, F#, A#, C#, E, G#, B.\n\nVoicings usually leave the eleventh out.";
    Curator.Outcome outcome = page.cadenza.curator().add("uploads/thirteenths", "thirteenths.md", text.getBytes(StandardCharsets.UTF_8),
        Curator.WrongFacts.HOLD);
    assertThat(outcome.kind()).isEqualTo(Curator.Outcome.Kind.DRAFTED);
    openWithToken("/curator.html#drafts");
    page.until(driver -> !driver.findElements(By.cssSelector("#drafts button")).isEmpty());
    page.browser.findElement(By.cssSelector("#drafts button")).click();
    WebElement wrong = page.until(driver -> driver.findElement(By.cssSelector("#draft-text mark.wrong")));
    assertThat(wrong.getText()).contains("D#, F#, A#, C#, E, G#, B");
    assertThat(page.browser.findElement(By.cssSelector("#draft-text .correction")).getText()).contains("D#, F##, A#, C##, E#, G#, B#");
    assertThat(page.browser.findElement(By.cssSelector("#draft-claims li")).getText()).startsWith("line 1, column 56");
    page.screenshot("curator-wrong-fact.png");
    page.cadenza.curator().discardDraft("uploads/thirteenths");
  }

  @Test
  void theGapsTabListsGroupsByCountAndDismissRemovesOne() throws Exception {
    Http http = new Http(Integer.parseInt(page.base.substring(page.base.lastIndexOf(':') + 1)));
    for (String question : List.of("how do I tune a quibbleflute", "How do you tune a quibbleflute?", "quibbleflute tuning",
        "what is the capital of France", "best piano brand?")) {
      assertThat(http.postJson("/api/ask", "{\"question\": \"" + question + "\", \"level\": \"beginner\"}").status()).isEqualTo(200);
    }
    CuratorClient curator = new CuratorClient(http, Integer.parseInt(page.base.substring(page.base.lastIndexOf(':') + 1)));
    page.until(driver -> curator.call("GET", "/api/curator/gaps", BrowserFixture.TOKEN).json().get("groups").size() >= 3);
    openWithToken("/curator.html#gaps");
    page.until(driver -> driver.findElements(By.cssSelector("#gaps tbody tr")).size() >= 3);
    List<WebElement> rows = page.browser.findElements(By.cssSelector("#gaps tbody tr"));
    assertThat(rows.getFirst().findElement(By.cssSelector("td.count")).getText()).isEqualTo("3");
    assertThat(rows.getFirst().getText()).contains("how do i tune a quibbleflute");
    page.screenshot("curator-gaps.png");

    int before = rows.size();
    rows.getLast().findElement(By.xpath(".//button[text()='Dismiss']")).click();
    page.until(driver -> driver.findElements(By.cssSelector("#gaps tbody tr")).size() == before - 1);
  }

  private void openWithToken(String path) {
    page.open(path, 1280, 1000);
    page.script("sessionStorage.setItem('cadenza-curator-token', arguments[0])", BrowserFixture.TOKEN);
    page.browser.navigate().refresh();
  }
}
