package dev.cadenza.index;

import dev.cadenza.corpus.Level;

/** Optional restrictions on retrieval; null means "any". A level must be one the library knows, in any case. */
public record Filter(String level, String topic) {
  public static final Filter NONE = new Filter(null, null);

  public Filter {
    level = blankToNull(level);
    if (level != null) {
      level = Level.parse(level).label(); // "bogus" would otherwise filter every passage out
    }
    topic = blankToNull(topic);
  }

  public boolean isEmpty() {
    return level == null && topic == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
