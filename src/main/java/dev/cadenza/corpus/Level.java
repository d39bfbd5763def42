package dev.cadenza.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much background a document assumes. */
public enum Level {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a level name case-insensitively, failing with the list of accepted names. */
  public static Level parse(String text) {
    for (Level level : values()) {
      if (level.label().equalsIgnoreCase(text.strip())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown level '" + text + "', expected one of "
            + Arrays.stream(values()).map(Level::label).collect(Collectors.joining(", ")));
  }
}
