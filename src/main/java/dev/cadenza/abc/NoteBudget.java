package dev.cadenza.abc;

import java.util.Locale;

/** Counts notes against the limit, so a hostile text is refused as soon as it passes it. */
final class NoteBudget {

  private final int limit;
  private int spent;

  NoteBudget(int limit) {
    this.limit = limit;
  }

  void spend(int line, int column) {
    if (++spent > limit) {
      throw new AbcException(line, column, String.format(Locale.ROOT, "the tune has more than %,d notes, the limit",
          limit));
    }
  }
}
