package dev.cadenza.reliability;

import dev.cadenza.bench.TheoryText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Markdown documents of several sections each, generated from theory sentences, for tests that need many files. */
final class GeneratedLibrary {
  private GeneratedLibrary() {}

  /** Writes {@code count} documents {@code doc-000.md}... into {@code dir}; each has 1 to 6 sections of 70+ words. */
  static Path write(Path dir, int count, long seed) {
    TheoryText text = new TheoryText(seed);
    SplittableRandom random = new SplittableRandom(seed);
    try {
      Files.createDirectories(dir);
      int sentence = 0;
      for (int d = 0; d < count; d++) {
        StringBuilder md = new StringBuilder("---\ntitle: Generated study ").append(d)
            .append("\ntopic: harmony\nlevel: intermediate\ntags: [generated]\n---\n");
        int sections = 1 + random.nextInt(6);
        for (int s = 0; s < sections; s++) {
          md.append("\n## Section ").append(s + 1).append("\n\n");
          for (int words = 0; words < 70; ) {
            String next = text.passage(sentence++);
            md.append(next).append(' ');
            words += next.split(" ").length;
          }
          md.append('\n');
        }
        Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "doc-%03d.md", d)), md, StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated documents to " + dir, e);
    }
  }
}
