package dev.cadenza.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The plain-words glosses a beginner's answer may add, read from {@code answer/beginner-glossary.tsv}: each a
 * fragment of one glossary entry of the library, named by its {@code source} ("harmony/glossary-harmony.md#Triad").
 * Longer terms come first, so "deceptive cadence" is glossed as a whole before "cadence" could be.
 */
record BeginnerGlossary(List<Entry> terms, List<Entry> figures) {

  private static final String RESOURCE = "/answer/beginner-glossary.tsv";
  private static final String FIGURE = "figure ";

  /** A term ("leading tone") or a figure ("6/4"), its gloss and the glossary entry the gloss is taken from. */
  record Entry(String term, String gloss, String source) {}

  static BeginnerGlossary bundled() {
    try (InputStream in = BeginnerGlossary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BeginnerGlossary parse(String tsv) {
    List<Entry> rows = tsv.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
      String[] cells = line.split("\t");
      if (cells.length != 3) {
        throw new IllegalArgumentException("a glossary row needs term, gloss and source: " + line);
      }
      return new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip());
    }).sorted(Comparator.comparingInt((Entry e) -> e.term().length()).reversed()).toList();
    List<Entry> figures = rows.stream().filter(e -> e.term().startsWith(FIGURE))
        .map(e -> new Entry(e.term().substring(FIGURE.length()), e.gloss(), e.source())).toList();
    return new BeginnerGlossary(rows.stream().filter(e -> !e.term().startsWith(FIGURE)).toList(), figures);
  }
}
