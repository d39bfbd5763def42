package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.FrontMatter;
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
 * succeed or throw the documented {@link CorpusException}. The seed is printed and can be set with
 * {@code -Dcadenza.fuzz.seed=N}; {@code -Dcadenza.longTests=true} runs ten times the iterations.
 */
class ParserFuzzTest {

  private static final long SEED = Long.getLong("cadenza.fuzz.seed", 20261125L);
  private static final int ITERATIONS = LongTests.count(2_000, 20_000);
  private static final int PDF_ITERATIONS = LongTests.count(2_000, 20_000);
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final List<String> MARKDOWN_TOKENS = List.of("---\n", "---", "\n", "\r\n", "\r", ": ", ":", "- ", "-", "[", "]",
      ",", "\"", "'", "#", "## ", "\uFEFF", "title:", "level: ", "level: wizard", "tags: [a, b", "sources:\n", "  - x\n", "```\n",
      "\u0000", "\u00e9", "\ud83c\udfb5", "**", "[link](", ")");
  private static final List<String> PDF_TOKENS = List.of("obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref",
      "/Length ", "/Type /Page", "/Count ", "/Kids [", "]", "<<", ">>", "(", ")", "\\", "R ", " 0 R", "%%EOF", "/Root ",
      "/Filter /FlateDecode", "/Contents ", "-1", "999999999", "\n");

  @Test
  void frontMatterParserOnlyThrowsCorpusException() throws Exception {
    System.out.println("front matter fuzz seed " + SEED + ", " + ITERATIONS + " iterations");
    List<byte[]> seeds = markdownSeeds();
    Mutator mutator = new Mutator(SEED, MARKDOWN_TOKENS);
    try (Fuzzing fuzz = new Fuzzing("frontmatter", SEED, CorpusException.class, DEADLINE)) {
      for (int i = 0; i < ITERATIONS; i++) {
        byte[] input = mutator.mutate(seeds.get(mutator.random().nextInt(seeds.size())), 6);
        fuzz.check(i, input, bytes -> {
          FrontMatter front = FrontMatter.parse(new String(bytes, StandardCharsets.UTF_8));
          front.string("title");
          front.list("tags");
        });
        fuzz.check(i, input, bytes -> DocumentParser.parse("fuzz/doc", "doc.md", bytes));
      }
      System.out.println(fuzz.summary());
      assertThat(fuzz.violations()).as("seed %d", SEED).isEmpty();
    }
  }

  @Test
  void pdfParserOnlyThrowsCorpusException() throws Exception {
    System.out.println("PDF fuzz seed " + SEED + ", " + PDF_ITERATIONS + " iterations");
    List<byte[]> seeds = List.of(pdf(1), pdf(3));
    Mutator mutator = new Mutator(SEED, PDF_TOKENS);
    try (Fuzzing fuzz = new Fuzzing("pdf", SEED, CorpusException.class, DEADLINE)) {
      for (int i = 0; i < PDF_ITERATIONS; i++) {
        byte[] input = mutator.mutate(seeds.get(mutator.random().nextInt(seeds.size())), 4);
        fuzz.check(i, input, bytes -> DocumentParser.parse("fuzz/doc", "doc.pdf", bytes));
      }
      System.out.println(fuzz.summary());
      assertThat(fuzz.violations()).as("seed %d", SEED).isEmpty();
    }
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
