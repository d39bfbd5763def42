package dev.cadenza.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small Markdown table read row by row, so that an answer can quote it: each body row becomes a list item
 * naming its cells by their column headings ("- Degree: 2 (supertonic); Quality: minor"); the heading row and
 * the rule below it are no rows of their own. A table without headings (a chord chart, "| Bars 1-4 | F7 | Bb7 |") has
 * each row's first cell label the rest.
 */
final class TableRows {

  private static final Pattern RULE = Pattern.compile("^\\|[\\s:|-]+\\|?$");

  private TableRows() {}

  /** The lines of a paragraph with each table in it read row by row; other lines unchanged. */
  static List<String> readable(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean tableStarts = isRow(lines.get(i)) && i + 1 < lines.size() && RULE.matcher(lines.get(i + 1)).matches();
      if (!tableStarts) {
        out.add(isRow(lines.get(i)) ? labelled(cells(lines.get(i))) : lines.get(i));
        continue;
      }
      List<String> headings = cells(lines.get(i));
      for (i += 2; i < lines.size() && isRow(lines.get(i)); i++) {
        out.add(item(headings, cells(lines.get(i))));
      }
      i--;
    }
    return out;
  }

  private static boolean isRow(String line) {
    return line.startsWith("|");
  }

  private static List<String> cells(String row) {
    String inner = row.strip().replaceFirst("^\\|", "").replaceFirst("\\|$", "");
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  /** A row of a table without headings, such as a chord chart: its first cell labels the rest ("- Bars 1-4: F7, Bb7."). */
  private static String labelled(List<String> cells) {
    List<String> filled = cells.stream().filter(cell -> !cell.isEmpty()).toList();
    if (filled.size() < 2) return "- " + String.join("", filled) + ".";
    return "- " + filled.getFirst() + ": " + String.join(", ", filled.subList(1, filled.size())) + ".";
  }

  private static String item(List<String> headings, List<String> cells) {
    List<String> named = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c).isEmpty()) continue;
      String heading = c < headings.size() ? headings.get(c) : "";
      named.add(heading.isEmpty() ? cells.get(c) : heading + ": " + cells.get(c));
    }
    return "- " + String.join("; ", named) + ".";
  }
}
