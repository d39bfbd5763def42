package dev.cadenza.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of a Markdown, plain-text, HTML or PDF file into a {@link Document}. Non-Markdown
 * formats are converted to Markdown-style text with {@code #} headings so one chunker serves all.
 */
public final class DocumentParser {

  /** The file formats Cadenza reads, chosen by file extension. */
  public enum Format {
    MARKDOWN, TEXT, HTML, PDF;

    /** The format for a file name, or an error listing the supported extensions. */
    public static Format of(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".md") || lower.endsWith(".markdown")) return MARKDOWN;
      if (lower.endsWith(".txt")) return TEXT;
      if (lower.endsWith(".html") || lower.endsWith(".htm")) return HTML;
      if (lower.endsWith(".pdf")) return PDF;
      throw new CorpusException(
          "unsupported file type: " + fileName + " (supported: .md, .markdown, .txt, .html, .htm, .pdf)");
    }

    /** The name used in error messages. */
    String label() {
      return switch (this) {
        case MARKDOWN -> "Markdown";
        case TEXT -> "text";
        case HTML -> "HTML";
        case PDF -> "PDF";
      };
    }

    public static boolean supported(String fileName) {
      try {
        of(fileName);
        return true;
      } catch (CorpusException e) {
        return false;
      }
    }
  }

  private DocumentParser() {}

  /**
   * Parses {@code bytes} as the format named by {@code fileName}; {@code id} becomes the document id.
   *
   * @throws CorpusException for anything that cannot be read as that format, whatever the parser library threw
   */
  public static Document parse(String id, String fileName, byte[] bytes) {
    Format format = Format.of(fileName);
    String hash = sha256(bytes);
    try {
      return switch (format) {
        case MARKDOWN, TEXT -> fromText(id, decodeUtf8(bytes, fileName), format, hash);
        case HTML -> fromHtml(id, decodeUtf8(bytes, fileName), hash);
        case PDF -> fromPdf(id, bytes, hash);
      };
    } catch (CorpusException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CorpusException(fileName + ": " + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox and jsoup throw unchecked exceptions on some corrupt input (NegativeArraySizeException,
      // ClassCastException, deep recursion); all of them mean "not a readable file", never a server error.
      throw new CorpusException(fileName + ": not a readable " + format.label() + " file (" + e.getClass().getSimpleName()
          + ")", e);
    }
  }

  private static Document fromText(String id, String text, Format format, String hash) {
    FrontMatter front = FrontMatter.parse(text);
    String body = front.body().strip();
    String title = front.string("title");
    if (title == null) {
      title = firstLine(body);
    }
    if (format == Format.MARKDOWN && title != null) {
      body = stripLeadingTitleHeading(body, title);
    }
    String level = front.string("level");
    return new Document(id, title, front.string("topic"), level == null ? null : Level.parse(level),
        front.list("tags"), front.list("sources"), body, hash);
  }

  private static Document fromHtml(String id, String html, String hash) {
    var page = Jsoup.parse(html);
    page.select("script, style, noscript, nav, header, footer, aside, form").remove();
    Element main = page.selectFirst("main, article");
    Element root = main != null ? main : page.body();
    StringBuilder text = new StringBuilder();
    for (Element block : root.select("h1, h2, h3, h4, p, li, pre, td, blockquote")) {
      if (!block.children().select("p, li").isEmpty() && !block.is("blockquote")) {
        continue; // a container: its children are visited on their own
      }
      String line = block.text().strip();
      if (line.isEmpty()) continue;
      switch (block.tagName()) {
        case "h1" -> text.append("# ").append(line);
        case "h2" -> text.append("## ").append(line);
        case "h3", "h4" -> text.append("### ").append(line);
        case "li" -> text.append("- ").append(line);
        default -> text.append(line);
      }
      text.append("\n\n");
    }
    String title = page.title().isBlank() ? firstLine(text.toString()) : page.title().strip();
    return new Document(id, title, null, null, null, null, stripLeadingTitleHeading(text.toString().strip(), title), hash);
  }

  private static Document fromPdf(String id, byte[] bytes, String hash) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String pageText = stripper.getText(pdf).strip();
        if (!pageText.isEmpty()) {
          text.append("## Page ").append(page).append("\n\n").append(pageText).append("\n\n");
        }
      }
      String infoTitle = pdf.getDocumentInformation().getTitle();
      String body = text.toString().strip();
      if (body.isEmpty()) {
        throw new CorpusException("PDF has no extractable text (scanned images are not supported)");
      }
      String title = infoTitle == null || infoTitle.isBlank() ? firstLine(body.replaceFirst("^## Page 1\\s*", "")) : infoTitle;
      return new Document(id, title, null, null, null, null, body, hash);
    } catch (IOException e) {
      throw new CorpusException("not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static String stripLeadingTitleHeading(String body, String title) {
    String firstHeading = "# " + title;
    return body.startsWith(firstHeading) ? body.substring(firstHeading.length()).strip() : body;
  }

  private static String firstLine(String body) {
    for (String line : body.split("\n")) {
      String stripped = line.replaceFirst("^#+\\s*", "").strip();
      if (!stripped.isEmpty()) {
        return stripped.length() > 120 ? stripped.substring(0, 120) : stripped;
      }
    }
    return null;
  }

  private static String decodeUtf8(byte[] bytes, String fileName) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(fileName + " is not valid UTF-8 text", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
