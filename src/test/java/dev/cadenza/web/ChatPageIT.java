package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The chat page as a student uses it, on a desktop window and a 390 px phone. */
@ExtendWith(BrowserFixture.Resolver.class)
class ChatPageIT {

  private final BrowserFixture page;

  ChatPageIT(BrowserFixture page) {
    this.page = page;
  }

  @BeforeEach
  void freshConversation() {
    page.open("/", 1280, 1000);
    page.script("localStorage.clear()");
    page.browser.navigate().refresh();
  }

  @Test
  void chordAnswerIsSpelledWithSignsDrawnOnAStaffAndPlayable() throws IOException {
    ask("Spell a D# major 13th chord");
    WebElement turn = waitForAnswer();

    assertThat(turn.findElement(By.cssSelector(".answer")).getText())
        .contains("D\u266F", "F\uD834\uDD2A", "A\u266F", "C\uD834\uDD2A", "E\u266F", "B\u266F").doesNotContain("F##");
    WebElement staff = turn.findElement(By.cssSelector("figure.music .staff svg"));
    // Seven chord tones, written once as an arpeggio and once as a block chord.
    assertThat(staff.findElements(By.cssSelector(".abcjs-note")).size()).isEqualTo(8);
    WebElement play = turn.findElement(By.cssSelector("figure.music button.play"));
    assertThat(play.getText()).isEqualTo("\u25B6 Play");
    assertThat(turn.findElements(By.cssSelector(".follow-ups button")).getFirst().getText())
        .isEqualTo("How do you play a D\u266Fmaj13 chord on the piano?");
    page.screenshot("chat-staff.png");
    play.click();
    assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
    play.click();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // question                          | note heads and chords drawn | a Play button
      "What are the notes of B lydian?     | 8  | true",   // the seven degrees and the octave
      "What is ii-V-I in Bb major?         | 12 | true",   // each chord arpeggiated then sounded together
      "What is the interval between F# and Eb? | 3 | true", // the two notes, then together
      "How many flats are in Db major?     | 0  | false"}) // the key signature alone
  void theoryAnswersCarryTheirNotesOnAStaff(String question, int notes, boolean playable) {
    ask(question);
    WebElement turn = waitForAnswer();
    WebElement staff = turn.findElement(By.cssSelector("figure.music .staff svg"));
    assertThat(staff.findElements(By.cssSelector(".abcjs-note"))).hasSize(notes);
    assertThat(turn.findElements(By.cssSelector("figure.music button.play"))).hasSize(playable ? 1 : 0);
  }

  @Test
  void aSourceOpensOnTheFirstClickOfItsNumber() {
    ask("Why does the dominant seventh resolve to the tonic?");
    WebElement turn = waitForAnswer();
    WebElement cite = turn.findElement(By.cssSelector("sup.cite a"));
    assertThat(cite.getSize().getWidth()).isGreaterThanOrEqualTo(24);
    assertThat(cite.getSize().getHeight()).isGreaterThanOrEqualTo(24);
    String number = cite.getText().replaceAll("\\D", "");

    cite.click();
    WebElement source = turn.findElement(By.id(turn.findElement(By.cssSelector("ol.citations li")).getAttribute("id")
        .replaceAll("\\d+$", number)));
    assertThat(source.findElement(By.tagName("details")).getAttribute("open")).isNotNull();
    assertThat(source.findElement(By.tagName("blockquote")).isDisplayed()).isTrue();
    assertThat(source.findElement(By.tagName("blockquote")).getText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1280, 1000", "390, 844"})
  void theNewestAnswerIsWhollyVisibleAboveTheInput(int width, int height) {
    page.open("/", width, height);
    for (String question : List.of("What is a deceptive cadence?", "Which chord is C E G Bb?", "What is the interval between F# and Eb?")) {
      ask(question);
      waitForAnswer();
    }
    WebElement newest = page.browser.findElements(By.cssSelector("article.turn")).getLast();
    Rectangle answer = newest.getRect();
    Rectangle form = page.browser.findElement(By.id("ask-form")).getRect();
    long scrollY = ((Number) page.script("return window.scrollY")).longValue();
    assertThat(answer.getY() - scrollY).as("answer top in the window").isGreaterThanOrEqualTo(0);
    assertThat(answer.getY() + answer.getHeight()).as("answer bottom above the input").isLessThanOrEqualTo(form.getY());
    assertThat(((Number) page.script("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
  }

  @Test
  void theConversationSurvivesAReloadUntilANewOneIsStarted() {
    ask("Which chord is C E G Bb?");
    waitForAnswer();
    page.browser.navigate().refresh();

    List<WebElement> turns = page.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.turn"), 1));
    assertThat(page.browser.findElement(By.cssSelector(".turn.question")).getText()).isEqualTo("Which chord is C E G B\u266D?");
    assertThat(turns.getFirst().findElements(By.cssSelector("figure.music svg"))).hasSize(1);
    page.browser.findElement(By.id("new-conversation")).click();
    page.browser.navigate().refresh();
    assertThat(page.browser.findElements(By.cssSelector(".turn"))).isEmpty();
  }

  @Test
  void theLevelControlIsSentWithTheQuestionAndFollowUpsAreOffered() {
    page.browser.findElement(By.cssSelector("#level option[value=beginner]")).click();
    ask("What is a deceptive cadence?");
    WebElement turn = waitForAnswer();
    Object sent = page.script("return performance.getEntriesByType('resource').map(e => e.name)"
        + ".filter(n => n.includes('/api/ask/stream')).pop()");
    assertThat(String.valueOf(sent)).contains("level=beginner");
    List<WebElement> followUps = turn.findElements(By.cssSelector(".follow-ups button"));
    assertThat(followUps.size()).isBetween(1, 3);
    assertThat(followUps).allSatisfy(b -> assertThat(b.getText()).isNotBlank());
  }

  @Test
  void aLongUrlWrapsAndTheNavFitsOnAPhone() {
    page.open("/", 390, 844);
    ask("Is https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/break/at/all/music-theory-lesson-notes a good source?");
    waitForAnswer();
    assertThat(((Number) page.script("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    Rectangle nav = page.browser.findElement(By.cssSelector("header nav")).getRect();
    for (String other : List.of("header h1", ".tagline")) {
      Rectangle box = page.browser.findElement(By.cssSelector(other)).getRect();
      boolean overlaps = nav.getX() < box.getX() + box.getWidth() && box.getX() < nav.getX() + nav.getWidth()
          && nav.getY() < box.getY() + box.getHeight() && box.getY() < nav.getY() + nav.getHeight();
      assertThat(overlaps).as("nav overlaps " + other).isFalse();
    }
  }

  /** The shapes of docs/piano.md, restored from history as the page stores finished answers. */
  @Test
  void aComposedMelodyIsDrawnOnceAndPlayableAndAFingeringIsDrawnOnAKeyboard() throws IOException {
    String abc = "X:1\\nT:Melody over C Am F G\\nM:4/4\\nL:1/8\\nQ:1/4=96\\nK:C\\n"
        + "\"C\" E2 D2 C2 E2 | \"Am\" A2 G2 E2 C2 | \"F\" F2 A2 c2 A2 | \"G\" G2 B2 d2 B2 |]\\n";
    String rightHand = "[[\"E4\",64,1,false],[\"F#4\",66,2,true],[\"G#4\",68,3,true],[\"A4\",69,1,false],"
        + "[\"B4\",71,2,false],[\"C#5\",73,3,true],[\"D#5\",75,4,true],[\"E5\",76,5,false]]"
        + ".map(([note, midi, finger, black]) => ({note, midi, finger, black}))";
    page.script("const abc = '" + abc + "';"
        + "const melody = {question: 'Compose a melody over C Am F G', backend: 'embedded', citations: [], timingsMs: {total: 3},"
        + " answer: 'I wrote a 4-bar melody in C major.\\n\\n```abc\\n' + abc + '```', music: {kind: 'melody', abc: abc}};"
        + "const fingering = {question: 'What are the fingerings for the E major scale on piano?', backend: 'embedded',"
        + " citations: [], timingsMs: {total: 2}, answer: 'Right hand: E F# G# A B C# D# E with 1 2 3 1 2 3 4 5.',"
        + " music: {kind: 'fingering', subject: 'E major scale', form: 'scale', positions: [{label: 'ascending, one octave',"
        + " hands: [{hand: 'right', notes: " + rightHand + "}]}]}};"
        + "localStorage.setItem('cadenza-history', JSON.stringify({conversationId: 'c1', turns: ["
        + "{question: melody.question, result: melody}, {question: fingering.question, result: fingering}]}));");
    page.browser.navigate().refresh();

    List<WebElement> turns = page.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.turn"), 2));
    WebElement melody = turns.getFirst();
    assertThat(melody.findElements(By.cssSelector("figure.music"))).as("the fenced block and music.abc are one melody").hasSize(1);
    assertThat(melody.findElements(By.cssSelector("figure.music svg .abcjs-note"))).hasSize(16);
    assertThat(melody.findElement(By.cssSelector("figure.music button.play")).getText()).isEqualTo("\u25B6 Play");
    assertThat(melody.getText()).doesNotContain("```").doesNotContain("X:1");
    WebElement keyboard = turns.getLast().findElement(By.cssSelector("svg.keyboard"));
    assertThat(keyboard.findElements(By.cssSelector(".finger-number")).stream().map(f -> f.getAttribute("textContent")).toList())
        .as("white keys left to right, then black keys").containsExactly("1", "1", "2", "5", "2", "3", "3", "4");
    assertThat(keyboard.findElements(By.cssSelector(".black-key.pressed"))).hasSize(4);
    assertThat(keyboard.getAttribute("aria-label")).startsWith("right hand: E4 1, F\u266F4 2, G\u266F4 3");
    page.script("document.querySelector('article.turn').scrollIntoView()");
    page.screenshot("chat-melody.png");
  }

  @Test
  void aBusyServerIsAskedOnceMoreAfterTheWaitItNames() {
    page.script(BrowserFixture.busyStreams(1));
    ask("What is a deceptive cadence?");
    page.until(driver -> driver.findElements(By.cssSelector("article.turn .meta")).stream()
        .anyMatch(meta -> meta.getText().contains("busy with other students; retrying in 1 second")));
    WebElement turn = waitForAnswer();

    assertThat(turn.getAttribute("class")).doesNotContain("error");
    assertThat(turn.findElement(By.cssSelector(".answer")).getText()).contains("[1]");
    assertThat((List<?>) page.script("return window.streams")).hasSize(2);
  }

  @Test
  void aServerStillBusyAfterTheRetrySaysSoAndFreesTheQuestionBox() {
    page.script(BrowserFixture.busyStreams(2));
    ask("What is a deceptive cadence?");
    page.until(driver -> driver.findElement(By.id("ask-button")).isEnabled()
        && !driver.findElements(By.cssSelector("article.turn.error")).isEmpty());

    assertThat(page.browser.findElement(By.cssSelector("article.turn.error")).getText())
        .isEqualTo("Too many questions at once; try again shortly.");
    assertThat((List<?>) page.script("return window.streams")).hasSize(2);
  }

  private void ask(String question) {
    page.browser.findElement(By.id("question")).sendKeys(question);
    page.browser.findElement(By.id("ask-button")).click();
  }

  /** The latest answer, once the page has finished it (the question box is usable again). */
  private WebElement waitForAnswer() {
    page.until(driver -> driver.findElement(By.id("ask-button")).isEnabled()
        && !driver.findElements(By.cssSelector("article.turn .meta")).isEmpty()
        && driver.findElements(By.cssSelector("article.turn")).getLast().getAttribute("aria-busy") == null);
    return page.browser.findElements(By.cssSelector("article.turn")).getLast();
  }
}
