package dev.cadenza.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an answer into sentence-sized pieces for streaming. Unlike {@code corpus.Sentences} it loses
 * nothing: the pieces concatenate to the input, each keeping its trailing citations and whitespace.
 */
final class SentencePieces {

  /** End punctuation, closing quotes or brackets, any citation markers, then the whitespace before the next sentence. */
  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"')]*(?:\\s*\\[\\d{1,3}])*(?:\\s+|$)");

  private SentencePieces() {}

  static List<String> of(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    int start = 0;
    while (m.find()) {
      pieces.add(text.substring(start, m.end()));
      start = m.end();
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }
}
