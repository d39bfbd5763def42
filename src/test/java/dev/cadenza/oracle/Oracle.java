package dev.cadenza.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The hand-written oracle tables under {@code src/test/resources/oracle/}: textbook facts the engine, the
 * verifier and the dataset builder are checked against. Nothing here computes a fact; each row is read
 * as written. Notes are kept as spelled strings ("F##"), so a comparison never goes through the engine.
 */
public final class Oracle {
  private Oracle() {}

  /** A chord symbol, its tones from the root up, and the tones a textbook spelling leaves out. */
  public record ChordRow(String symbol, List<String> notes, List<String> omitted) {}

  /** A named scale and its notes ascending from the tonic. */
  public record ScaleRow(String scale, List<String> notes) {}

  /**
   * A key, its number of sharps or flats (0 when it has none), the signature in written order, and its
   * relative and parallel keys.
   */
  public record KeyRow(String key, int count, boolean sharps, List<String> signature, String relative,
      String parallel) {}

  /** A Roman numeral in a key, its lead-sheet symbol (empty for augmented sixths) and notes from the bass up. */
  public record NumeralRow(String key, String numeral, String symbol, List<String> notes) {}

  /** Two spelled notes, lower first, the interval between them ("A4") and its size in semitones. */
  public record IntervalRow(String lower, String upper, String interval, int semitones) {}

  public static List<ChordRow> chords() {
    return read("chords.tsv", 3, c -> new ChordRow(c[0], notes(c[1]), notes(c[2])));
  }

  public static List<ScaleRow> scales() {
    return read("scales.tsv", 2, c -> new ScaleRow(c[0], notes(c[1])));
  }

  public static List<KeyRow> keys() {
    return read("keys.tsv", 5, c -> new KeyRow(c[0], count(c[1]), c[1].endsWith("#"), notes(c[2]), c[3], c[4]));
  }

  public static List<NumeralRow> numerals() {
    return read("numerals.tsv", 4, c -> new NumeralRow(c[0], c[1], c[2].equals("-") ? "" : c[2], notes(c[3])));
  }

  public static List<IntervalRow> intervals() {
    return read("intervals.tsv", 4, c -> new IntervalRow(c[0], c[1], c[2], Integer.parseInt(c[3])));
  }

  /** "F# C# G#" as a list; "-" is an empty list. */
  private static List<String> notes(String cell) {
    return cell.equals("-") ? List.of() : List.of(cell.split(" "));
  }

  /** "3#", "4b" or "0". */
  private static int count(String cell) {
    return cell.equals("0") ? 0 : Integer.parseInt(cell.substring(0, cell.length() - 1));
  }

  private static <T> List<T> read(String file, int columns, Function<String[], T> row) {
    String resource = "/oracle/" + file;
    InputStream in = Oracle.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no oracle table " + resource + " on the test classpath");
    }
    List<T> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != columns) {
          throw new IllegalStateException(resource + " line " + lineNumber + ": " + cells.length + " columns, expected "
              + columns + ": " + Arrays.toString(cells));
        }
        rows.add(row.apply(cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(rows);
  }
}
