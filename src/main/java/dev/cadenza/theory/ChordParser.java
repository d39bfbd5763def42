package dev.cadenza.theory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads chord symbols ("D#maj13", "Cm7b5", "C/Bb", "C6/9") and chord names as people write them
 * ("D# major 13th", "E half-diminished seventh", "E-diminished-major ninth", "Bb diminished triad").
 */
public final class ChordParser {
  private static final Pattern ROOT = Pattern.compile(
      "([A-G])((?:\\s*-?\\s*(?i:double[\\s-]*sharp|double[\\s-]*flat|sharp|flat)(?![a-z]))|##|#|x(?![a-z])|bb|b)?(.*)",
      Pattern.DOTALL);
  private static final Pattern SLASH = Pattern.compile("(.+?)\\s*/\\s*([A-G](?:##|#|bb|b|x)?)");

  private ChordParser() {}

  /**
   * The chord, or empty when the text is not a chord; throws when its spelling needs triple accidentals.
   * Parentheses must pair up ("Cm(maj7)", "C7(b9)"): "Bb)" is a note closing an aside, not a chord.
   */
  public static Optional<Chord> parse(String text) {
    if (!balanced(text)) {
      return Optional.empty();
    }
    String t = Accidentals.asciify(text.strip()).replaceAll("(?i)\\s+chord$", "");
    Matcher slash = SLASH.matcher(t);
    if (slash.matches()) {
      return parseRootAndType(slash.group(1)).map(c -> new Chord(c.root(), c.type(), Note.parse(slash.group(2))));
    }
    return parseRootAndType(t);
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static Optional<Chord> parseRootAndType(String text) {
    Matcher m = ROOT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return build(m.group(1), m.group(2), m.group(3));
  }

  private static Optional<Chord> build(String letter, String accidental, String rest) {
    Note root = Note.of(Letter.of(letter.charAt(0)), accidental == null ? 0 : Accidentals.parse(accidental));
    String suffix = rest.strip();
    Optional<ChordType> type = ChordVocabulary.bySymbol(suffix);
    if (type.isEmpty() && (rest.isEmpty() || Character.isWhitespace(rest.charAt(0)) || rest.startsWith("-"))) {
      type = ChordVocabulary.byName(suffix);
    }
    return type.map(t -> new Chord(root, t, root));
  }
}
