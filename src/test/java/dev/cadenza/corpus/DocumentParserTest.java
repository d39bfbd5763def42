package dev.cadenza.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void markdownTakesMetadataFromFrontMatterAndDropsTheTitleHeading() {
    Document d = DocumentParser.parse("harmony/x", "x.md",
        utf8("---\ntitle: Cadences\ntopic: harmony\nlevel: beginner\ntags: [a]\n---\n# Cadences\n\nText here."));
    assertThat(d.title()).isEqualTo("Cadences");
    assertThat(d.level()).isEqualTo(Level.BEGINNER);
    assertThat(d.topic()).isEqualTo("harmony");
    assertThat(d.body()).isEqualTo("Text here.");
  }

  @Test
  void plainTextTakesTitleFromFirstLine() {
    Document d = DocumentParser.parse("n", "n.txt", utf8("Species counterpoint\n\nFirst species is note against note."));
    assertThat(d.title()).isEqualTo("Species counterpoint");
  }

  @Test
  void htmlKeepsHeadingsAndDropsScripts() {
    Document d = DocumentParser.parse("h", "h.html", utf8(
        "<html><head><title>Modes</title><script>alert(1)</script></head><body><h2>Dorian</h2><p>Dorian has a raised sixth.</p></body></html>"));
    assertThat(d.title()).isEqualTo("Modes");
    assertThat(d.body()).contains("## Dorian").contains("Dorian has a raised sixth.").doesNotContain("alert");
  }

  @Test
  void sameBytesGiveSameHashAndDifferentBytesDifferentHash() {
    byte[] a = utf8("---\ntitle: A\n---\nbody");
    assertThat(DocumentParser.parse("a", "a.md", a).contentHash()).isEqualTo(DocumentParser.parse("a", "a.md", a.clone()).contentHash());
    assertThat(DocumentParser.parse("a", "a.md", a).contentHash()).isNotEqualTo(DocumentParser.parse("a", "a.md", utf8("---\ntitle: A\n---\nbody!")).contentHash());
  }

  @Test
  void unknownLevelIsAClearError() {
    assertThatThrownBy(() -> DocumentParser.parse("a", "a.md", utf8("---\ntitle: A\nlevel: expert\n---\nbody")))
        .isInstanceOf(CorpusException.class).hasMessageContaining("unknown level 'expert'");
  }

  @Test
  void unsupportedTypeAndEmptyTextAreRejected() {
    assertThatThrownBy(() -> DocumentParser.parse("a", "a.docx", utf8("x"))).hasMessageContaining("unsupported file type");
    assertThatThrownBy(() -> DocumentParser.parse("a", "a.md", utf8("---\ntitle: A\n---\n  "))).hasMessageContaining("no text");
  }

  @Test
  void corruptPdfIsRejected() {
    assertThatThrownBy(() -> DocumentParser.parse("p", "p.pdf", utf8("%PDF-1.7 garbage")))
        .isInstanceOf(CorpusException.class).hasMessageContaining("PDF");
  }

  @Test
  void aPdfThatMakesPdfBoxThrowAnUncheckedExceptionIsACorpusException() throws IOException {
    // Found by the long parser fuzz (seed 20261125, iteration 18,892): PDFBox sizes an array from a corrupt length.
    byte[] pdf = FuzzRegressions.bytes("pdf-negative-array-size.pdf");

    assertThatThrownBy(() -> DocumentParser.parse("p", "p.pdf", pdf))
        .isInstanceOf(CorpusException.class)
        .hasMessage("p.pdf: not a readable PDF file (NegativeArraySizeException)")
        .hasCauseInstanceOf(NegativeArraySizeException.class);
  }

  /** Inputs the fuzz tests once found to break the parsing contract, kept under src/test/resources/fuzz-regressions. */
  static final class FuzzRegressions {
    static byte[] bytes(String name) throws IOException {
      try (InputStream in = DocumentParserTest.class.getResourceAsStream("/fuzz-regressions/" + name)) {
        if (in == null) throw new IOException("missing test resource fuzz-regressions/" + name);
        return in.readAllBytes();
      }
    }
  }
}
