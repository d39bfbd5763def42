package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The widget loads on other people's pages: it must stay small. */
class WidgetSizeTest {

  private static final int BUDGET_BYTES = 30 * 1024;

  @Test
  void widgetIsUnder30KilobytesGzipped() throws IOException {
    byte[] script = Files.readAllBytes(Path.of("web/widget.js"));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(script);
    }
    System.out.println("widget.js: " + script.length + " bytes, " + zipped.size() + " bytes gzipped (budget " + BUDGET_BYTES + ")");
    assertThat(zipped.size()).isPositive().isLessThan(BUDGET_BYTES);
  }
}
