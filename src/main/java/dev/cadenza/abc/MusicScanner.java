package dev.cadenza.abc;

import dev.cadenza.theory.Letter;

/**
 * Reads one line of music from left to right, one element at a time, and hands each to the current
 * voice: notes, rests, chords, bar lines, tuplets, broken rhythm, ties and chord symbols. Grace notes,
 * decorations, slurs, annotations and spacing are skipped. Never recursive, never backtracking.
 */
final class MusicScanner {

  /** Reads inline fields such as [K:Dmix] or [V:2]; returns the voice that goes on. */
  interface InlineFields {
    VoiceBuilder apply(VoiceBuilder voice, char name, String value, int line, int column);
  }

  private static final int MAX_DIGITS = 4;
  private static final int MAX_DENOMINATOR = 1024;

  private final String text;
  private final int line;
  private final InlineFields fields;
  private VoiceBuilder voice;
  private int at;

  private MusicScanner(String text, int line, VoiceBuilder voice, InlineFields fields) {
    this.text = text;
    this.line = line;
    this.voice = voice;
    this.fields = fields;
  }

  /** Reads a line into a voice; returns the voice in force at its end. */
  static VoiceBuilder scan(String text, int line, VoiceBuilder voice, InlineFields fields) {
    MusicScanner scanner = new MusicScanner(text, line, voice, fields);
    while (scanner.at < text.length()) {
      scanner.element();
    }
    scanner.voice.endOfLine();
    return scanner.voice;
  }

  private void element() {
    char c = text.charAt(at);
    int column = at + 1;
    if (isNoteStart(c)) {
      note();
    } else if (c == 'z' || c == 'x') {
      at++;
      voice.rest(length(), line);
    } else if (c == 'Z' || c == 'X') {
      at++;
      int bars = digits() == 0 ? 1 : number(column);
      voice.barsOfRest(bars, line);
    } else if (c == '|' || c == ':' || c == '[' && peek(1) == '|') {
      at = BarLines.read(text, at, line, voice);
    } else if (c == '[') {
      bracket(column);
    } else if (c == ']') {
      at++;
      voice.chordEnd(length(), line, column);
      tieAfter();
    } else if (c == '"') {
      String quoted = closed('"', "a chord symbol or annotation");
      if (!quoted.isEmpty() && "^_<>@".indexOf(quoted.charAt(0)) < 0) {
        voice.chordSymbol(quoted.strip());
      }
    } else if (c == '!' || c == '+') {
      closed(c, "a decoration");
    } else if (c == '{') {
      closed('}', "a grace-note group");
    } else if (c == '(' && Character.isDigit(peek(1))) {
      tuplet(column);
    } else if (c == '>' || c == '<') {
      int count = 0;
      while (at < text.length() && text.charAt(at) == c) {
        at++;
        count++;
      }
      if (count > 3) {
        throw new AbcException(line, column, "a broken rhythm has at most three signs ('>>>')");
      }
      voice.broken(count, c == '>', line, column);
    } else if (c == '-') {
      at++;
      voice.tie(line, column);
    } else if (c == '&') {
      throw new AbcException(line, column, "voice overlay '&' is not supported; write the second line as its own V: voice");
    } else if (Character.isWhitespace(c) || "()`\\y.~".indexOf(c) >= 0 || c >= 'H' && c <= 'W' || c >= 'h' && c <= 'w') {
      at++;
    } else {
      throw new AbcException(line, column, "unexpected character '" + c + "'");
    }
  }

  /** The letter of a note name, upper or lower case. */
  static Letter letter(char name) {
    return Letter.valueOf(String.valueOf(Character.toUpperCase(name)));
  }

  private static boolean isNoteStart(char c) {
    return c >= 'A' && c <= 'G' || c >= 'a' && c <= 'g' || c == '^' || c == '_' || c == '=';
  }

  private void note() {
    int column = at + 1;
    int signEnd = at;
    while (signEnd < text.length() && signEnd - at < 2 && "^_=".indexOf(text.charAt(signEnd)) >= 0
        && (signEnd == at || text.charAt(signEnd) == text.charAt(at) && text.charAt(at) != '=')) {
      signEnd++;
    }
    String sign = signEnd > at ? text.substring(at, signEnd) : null;
    at = signEnd;
    char name = peek(0);
    if (!(name >= 'A' && name <= 'G' || name >= 'a' && name <= 'g')) {
      throw new AbcException(line, at + 1, "an accidental must be followed by a note letter A-G or a-g");
    }
    at++;
    int octave = Character.isUpperCase(name) ? 4 : 5;
    while (peek(0) == '\'' || peek(0) == ',') {
      octave += text.charAt(at++) == '\'' ? 1 : -1;
    }
    int midi = voice.pitch(sign, letter(name), octave, line, column);
    voice.note(midi, length(), line, column);
    tieAfter();
  }

  private void tieAfter() {
    if (peek(0) == '-') {
      voice.tie(line, ++at);
    }
  }

  private void bracket(int column) {
    char next = peek(1);
    if (Character.isDigit(next)) {
      at = BarLines.ending(text, at + 1, line, voice);
    } else if (Character.isLetter(next) && peek(2) == ':') {
      String field = closed(']', "an inline field");
      if (field.indexOf('|') >= 0) {
        throw new AbcException(line, column, "the inline field [" + field.substring(0, 2) + " opened here is not closed"
            + " with ']' before the next bar line");
      }
      voice = fields.apply(voice, field.charAt(0), field.substring(2), line, column + 3);
    } else {
      at++;
      voice.chordStart(line, column);
    }
  }

  /** (p:q:r */
  private void tuplet(int column) {
    at++;
    int p = number(column);
    int q = 0;
    int r = p;
    if (peek(0) == ':') {
      at++;
      q = digits() > 0 ? number(column) : 0;
      if (peek(0) == ':') {
        at++;
        r = digits() > 0 ? number(column) : p;
      }
    }
    if (p < 2 || r < 1 || p > 64 || q > 64 || r > 64) {
      throw new AbcException(line, column, "a tuplet (p:q:r needs p from 2 to 64 and q, r up to 64");
    }
    voice.tuplet(p, q == 0 ? defaultTime(p) : q, r);
  }

  /** The q of (p when it is not written: 3 notes in the time of 2, 2 in 3, 4 in 3, 6 in 2, 8 in 3, else n. */
  private int defaultTime(int p) {
    return switch (p) {
      case 2, 4, 8 -> 3;
      case 3, 6 -> 2;
      default -> voice.meter != null && voice.meter.beatsPerPulse() == 3 ? 3 : 2;
    };
  }

  /** A note length after a letter, rest or chord: "2", "/2", "/", "//", "3/2", as a multiple of the unit. */
  private double length() {
    int column = at + 1;
    double numerator = digits() > 0 ? number(column) : 1;
    int denominator = 1;
    while (peek(0) == '/') {
      at++;
      denominator *= digits() > 0 ? number(column) : 2;
      if (denominator > MAX_DENOMINATOR || denominator == 0) {
        throw new AbcException(line, column, "the note length divides by more than " + MAX_DENOMINATOR);
      }
    }
    if (numerator == 0) {
      throw new AbcException(line, column, "a note length cannot be zero");
    }
    return numerator / denominator;
  }

  /** How many digits start at the cursor. */
  private int digits() {
    int end = at;
    while (end < text.length() && Character.isDigit(text.charAt(end)) && text.charAt(end) < 128) {
      end++;
    }
    return end - at;
  }

  private int number(int column) {
    int count = digits();
    if (count == 0 || count > MAX_DIGITS) {
      throw new AbcException(line, column, count == 0 ? "a number is missing here" : "the number is too large");
    }
    int value = Integer.parseInt(text.substring(at, at + count));
    at += count;
    return value;
  }

  /** The text up to a closing character on the same line; the cursor moves past it. */
  private String closed(char close, String what) {
    int column = at + 1;
    int end = text.indexOf(close, at + 1);
    if (end < 0) {
      throw new AbcException(line, column, what + " opened here is not closed with '" + close + "' on the same line");
    }
    String inside = text.substring(at + 1, end);
    at = end + 1;
    return inside;
  }

  private char peek(int ahead) {
    return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
  }
}
