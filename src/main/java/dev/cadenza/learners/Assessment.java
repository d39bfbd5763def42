package dev.cadenza.learners;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A placement test or post-test: the items it issued, in order. */
public record Assessment(String id, String learnerId, Kind kind, Instant createdAt, List<String> itemIds) {

  public Assessment {
    itemIds = List.copyOf(itemIds);
  }

  /** Before practice (placement) or after it (post-test); both draw the same blueprint, so scores compare. */
  public enum Kind {
    PLACEMENT, POST_TEST;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind parse(String text) {
      for (Kind kind : values()) {
        if (kind.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown assessment kind '" + text + "'; kinds: placement, post-test");
    }
  }
}
