package dev.cadenza.abc;

/**
 * Bar lines and ending marks: "|", "||", "|]", "[|", "|:", ":|", "::", ":|:", and the endings "|1",
 * ":|2", "[1", "[1,3" or "[1-2" that may follow. Colons before the bar close a repeat, colons after it
 * open one; a double or thick bar closes an ending.
 */
final class BarLines {

  private BarLines() {}

  /** Reads the bar line starting at {@code start} into the voice; returns where it ends. */
  static int read(String text, int start, int line, VoiceBuilder voice) {
    int at = start;
    if (text.charAt(at) == '[') {
      at++;
    }
    int bars = 0;
    int firstBar = -1;
    int lastBar = -1;
    while (at < text.length() && (text.charAt(at) == '|' || text.charAt(at) == ':'
        || text.charAt(at) == ']' && at > start && text.charAt(at - 1) == '|')) {
      if (text.charAt(at) == '|') {
        bars++;
        firstBar = firstBar < 0 ? at : firstBar;
        lastBar = at;
      }
      at++;
    }
    String sign = text.substring(start, at);
    if (bars == 0 && !sign.equals("::")) {
      throw new AbcException(line, start + 1, "'" + sign + "' is not a bar line; a repeat is written |: or :|");
    }
    boolean endRepeat = bars == 0 || text.charAt(start) == ':';
    boolean startRepeat = bars == 0 || text.charAt(at - 1) == ':';
    boolean closesEnding = bars > 1 || sign.contains("]") || sign.startsWith("[");
    int mask = 0;
    if (at < text.length() && Character.isDigit(text.charAt(at))) {
      mask = mask(text, at, line);
      at = maskEnd(text, at);
    }
    voice.barLine(endRepeat, startRepeat, closesEnding, mask);
    if (mask == 0 && at + 1 < text.length() && text.charAt(at) == '[' && Character.isDigit(text.charAt(at + 1))) {
      return ending(text, at + 1, line, voice);
    }
    return at;
  }

  /** Reads an ending's numbers starting at {@code start} (after "["); returns where they end. */
  static int ending(String text, int start, int line, VoiceBuilder voice) {
    voice.ending(mask(text, start, line));
    return maskEnd(text, start);
  }

  /** "1", "2", "1,3", "1-3" as bits 1 to {@link VoiceBuilder#MAX_ENDING}. */
  private static int mask(String text, int start, int line) {
    int end = maskEnd(text, start);
    int mask = 0;
    for (String part : text.substring(start, end).split(",")) {
      String[] range = part.split("-", -1);
      int from = endingNumber(range[0], line, start);
      int to = range.length > 1 ? endingNumber(range[1], line, start) : from;
      for (int n = from; n <= to; n++) {
        mask |= 1 << n;
      }
    }
    return mask;
  }

  private static int endingNumber(String digits, int line, int start) {
    if (digits.length() != 1 || digits.charAt(0) < '1' || digits.charAt(0) > '0' + VoiceBuilder.MAX_ENDING) {
      throw new AbcException(line, start + 1, "endings are numbered 1 to " + VoiceBuilder.MAX_ENDING
          + ", as in [1, [2 or [1,3");
    }
    return digits.charAt(0) - '0';
  }

  private static int maskEnd(String text, int start) {
    int at = start;
    while (at < text.length() && (Character.isDigit(text.charAt(at))
        || (text.charAt(at) == ',' || text.charAt(at) == '-') && at + 1 < text.length()
        && Character.isDigit(text.charAt(at + 1)))) {
      at++;
    }
    return at;
  }
}
