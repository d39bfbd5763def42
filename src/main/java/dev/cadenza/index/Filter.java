package dev.cadenza.index;

/** Optional restrictions on retrieval; null means "any". */
public record Filter(String level, String topic) {
  public static final Filter NONE = new Filter(null, null);

  public Filter {
    level = blankToNull(level);
    topic = blankToNull(topic);
  }

  public boolean isEmpty() {
    return level == null && topic == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
