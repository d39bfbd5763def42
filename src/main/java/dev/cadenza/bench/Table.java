package dev.cadenza.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A titled Markdown table; cells are formatted by the caller with {@link #num}. */
public record Table(String title, List<String> columns, List<List<String>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells, table '" + title + "' has " + columns.size() + " columns");
      }
    }
  }

  /** Collects rows before the table is built. */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Builder(String title, String... columns) {
      this.title = title;
      this.columns = List.of(columns);
    }

    public Builder row(Object... cells) {
      rows.add(java.util.Arrays.stream(cells).map(Table::cell).toList());
      return this;
    }

    public Table build() {
      return new Table(title, columns, rows);
    }
  }

  public String toMarkdown() {
    StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
    out.append("| ").append(String.join(" | ", columns)).append(" |\n");
    out.append("|").append(" --- |".repeat(columns.size())).append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  /** A number with {@code decimals} places in the root locale, e.g. {@code num(2.345, 2)} is "2.35". */
  public static String num(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Double || value instanceof Float) {
      return num(((Number) value).doubleValue(), 2);
    }
    if (value instanceof Integer || value instanceof Long) {
      return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
    }
    return value.toString().replace("|", "\\|");
  }
}
