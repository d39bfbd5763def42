package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.FrontMatter;
import dev.cadenza.testing.FuzzRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the document parsers: every call must finish within its deadline and either
 * succeed or throw the documented {@link CorpusException}. Each run draws a fresh seed (printed, and
 * replayable with {@code -Dcadenza.fuzz.seed=N}) and stops at its iteration count or time box;
 * {@code -Dcadenza.longTests=true} runs ten times longer. Failing inputs land in target/fuzz-failures/.
 */
class ParserFuzzTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  /** Fewer inputs than this means the machine was too slow for the fuzz to mean anything. */
  private static final int MINIMUM_TRIED = 200;
  private static final List<String> MARKDOWN_TOKENS = List.of("---\n", "---", "\n", "\r\n", "\r", ": ", ":", "- ", "-", "[", "]",
      ",", "\"", "'", "#", "## ", "\uFEFF", "title:", "level: ", "level: wizard", "tags: [a, b", "sources:\n", "  - x\n", "```\n",
      "\u0000", "\u00e9", "\ud83c\udfb5", "**", "[link](", ")");
  private static final List<String> PDF_TOKENS = List.of("obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref",
      "/Length ", "/Type /Page", "/Count ", "/Kids [", "]", "<<", ">>", "(", ")", "\\", "R ", " 0 R", "%%EOF", "/Root ",
      "/Filter /FlateDecode", "/Contents ", "-1", "999999999", "\n");
  private static final List<String> HTML_TOKENS = List.of("<", ">", "</", "/>", "<p>", "</p>", "<li>", "<table><tr><td>", "<main>",
      "<article>", "<h1>", "<h2>", "<script>", "<style>", "<!--", "-->", "<![CDATA[", "&amp;", "&#", "&#x1F3B5;", "=\"", "\"",
      "<title>", "</title>", "<svg><math>", "<template>", "<frameset>", "\u0000", "\n");

  @Test
  void frontMatterParserOnlyThrowsCorpusException() throws Exception {
    FuzzRun run = FuzzRun.start("front matter", 10_000, Duration.ofSeconds(30), 100_000, Duration.ofMinutes(5));
    List<byte[]> seeds = markdownSeeds();
    fuzz(run, MARKDOWN_TOKENS, 6, seeds, (fuzz, i, input) -> {
      fuzz.check(i, input, bytes -> {
        FrontMatter front = FrontMatter.parse(new String(bytes, StandardCharsets.UTF_8));
        front.string("title");
        front.list("tags");
      });
      fuzz.check(i, input, bytes -> DocumentParser.parse("fuzz/doc", "doc.md", bytes));
    });
  }

  @Test
  void pdfParserOnlyThrowsCorpusException() throws Exception {
    FuzzRun run = FuzzRun.start("pdf", 20_000, Duration.ofSeconds(60), 200_000, Duration.ofMinutes(10));
    fuzz(run, PDF_TOKENS, 4, List.of(pdf(1), pdf(3)),
        (fuzz, i, input) -> fuzz.check(i, input, bytes -> DocumentParser.parse("fuzz/doc", "doc.pdf", bytes)));
  }

  @Test
  void htmlParserOnlyThrowsCorpusException() throws Exception {
    FuzzRun run = FuzzRun.start("html", 10_000, Duration.ofSeconds(30), 100_000, Duration.ofMinutes(5));
    fuzz(run, HTML_TOKENS, 6, htmlSeeds(),
        (fuzz, i, input) -> fuzz.check(i, input, bytes -> DocumentParser.parse("fuzz/doc", "doc.html", bytes)));
  }

  private interface Step {
    void check(Fuzzing fuzz, int iteration, byte[] input);
  }

  /** Mutates a random seed input per iteration and hands it to {@code step} until the run's budget is spent. */
  private static void fuzz(FuzzRun run, List<String> tokens, int maxEdits, List<byte[]> seeds, Step step) {
    Mutator mutator = new Mutator(run.seed(), tokens);
    try (Fuzzing fuzz = new Fuzzing(run.name().replace(' ', '-'), run.seed(), CorpusException.class, DEADLINE)) {
      FuzzRun.Budget budget = run.budget();
      while (budget.next()) {
        byte[] input = mutator.mutate(seeds.get(mutator.random().nextInt(seeds.size())), maxEdits);
        step.check(fuzz, budget.tried() - 1, input);
      }
      System.out.println(budget.summary());
      System.out.println(fuzz.summary());
      assertThat(fuzz.violations()).as(run.describe()).isEmpty();
      assertThat(budget.tried()).as(run.describe()).isGreaterThanOrEqualTo(Math.min(MINIMUM_TRIED, run.iterations()));
    }
  }

  private static List<byte[]> htmlSeeds() {
    return List.of(
        "<html><head><title>Modes</title><script>alert(1)</script></head><body><main><h2>Dorian</h2><p>Dorian has a raised sixth.</p><ul><li>D E F G A B C</li></ul></main></body></html>",
        "<!doctype html><article><h1>Cadences</h1><table><tr><td>V-I</td><td>authentic</td></tr></table><blockquote><p>Quoted</p></blockquote></article>",
        "<p>No head, <b>bold <i>unclosed</p><li>stray item")
        .stream().map(html -> html.getBytes(StandardCharsets.UTF_8)).toList();
  }

  private static List<byte[]> markdownSeeds() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    try (var files = Files.walk(Path.of(ParserFuzzTest.class.getResource("/fixture-corpus").toURI()))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) seeds.add(Files.readAllBytes(file));
    }
    seeds.add(("---\ntitle: \"Quoted: title\"\ntopic: harmony\nlevel: Advanced\ntags:\n  - a\n  - 'b'\nsources: [x, \"y\", ]\n---\n"
        + "# Quoted: title\n\nBody text.\n").getBytes(StandardCharsets.UTF_8));
    seeds.add("\uFEFF---\r\ntitle: CRLF\r\n---\r\nBody\r\n".getBytes(StandardCharsets.UTF_8));
    seeds.add("No front matter at all, just a line.\n".getBytes(StandardCharsets.UTF_8));
    return seeds;
  }

  /** A valid PDF of {@code pages} pages of text with a document title. */
  static byte[] pdf(int pages) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Fuzzed cadences");
      doc.setDocumentInformation(info);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          text.newLineAtOffset(72, 700);
          text.showText("Page " + (p + 1) + ": the deceptive cadence moves from V to vi.");
          text.newLineAtOffset(0, -16);
          text.showText("A plagal cadence moves from IV to I.");
          text.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
