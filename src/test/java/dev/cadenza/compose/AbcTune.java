package dev.cadenza.compose;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small ABC reader for the tests, written apart from {@link AbcWriter}: header fields, chord symbols in
 * quotes, notes with accidentals, octave marks and lengths, and bar lines. Accidentals last to the end
 * of the bar for that letter and octave.
 */
record AbcTune(Map<String, String> fields, List<Bar> bars) {

  record Played(int midi, int onset, int eighths) {}

  record Bar(String chord, List<Played> notes) {}

  private static final Pattern TOKEN = Pattern.compile(
      "\"([^\"]*)\"|(\\^\\^|\\^|=|__|_)?([A-Ga-g])([,']*)(\\d*)|(\\|\\]|\\|)|\\s+");

  static AbcTune parse(String abc) {
    Map<String, String> fields = new HashMap<>();
    StringBuilder body = new StringBuilder();
    for (String line : abc.split("\n")) {
      if (line.matches("[A-Z]:.*") && !fields.containsKey("K")) {
        fields.put(line.substring(0, 1), line.substring(2).strip());
      } else {
        body.append(line).append(' ');
      }
    }
    String k = fields.get("K");
    Key key = k.endsWith("m") ? Key.parse(k.substring(0, k.length() - 1) + " minor") : Key.parse(k + " major");
    List<Bar> bars = new ArrayList<>();
    String chord = null;
    List<Played> notes = new ArrayList<>();
    Map<String, Integer> accidentals = new HashMap<>();
    int onset = 0;
    Matcher m = TOKEN.matcher(body.toString().strip());
    int at = 0;
    while (at < m.regionEnd() && m.find(at) && m.start() == at) {
      at = m.end();
      if (m.group(1) != null) {
        chord = m.group(1);
      } else if (m.group(3) != null) {
        char c = m.group(3).charAt(0);
        Letter letter = Letter.valueOf(String.valueOf(Character.toUpperCase(c)));
        int octave = (Character.isUpperCase(c) ? 4 : 5) + count(m.group(4), '\'') - count(m.group(4), ',');
        String place = letter.name() + octave;
        if (m.group(2) != null) {
          accidentals.put(place, switch (m.group(2)) {
            case "^^" -> 2; case "^" -> 1; case "=" -> 0; case "_" -> -1; default -> -2; });
        }
        int accidental = accidentals.getOrDefault(place, signature(key, letter));
        int length = m.group(5).isEmpty() ? 1 : Integer.parseInt(m.group(5));
        notes.add(new Played(Note.of(letter, accidental, octave).midi(), onset, length));
        onset += length;
      } else if (m.group(6) != null) {
        bars.add(new Bar(chord, List.copyOf(notes)));
        notes.clear();
        chord = null;
        accidentals.clear();
        onset = 0;
      }
    }
    if (at != m.regionEnd()) {
      throw new IllegalArgumentException("unreadable ABC at: " + body.substring(at));
    }
    return new AbcTune(fields, bars);
  }

  private static int signature(Key key, Letter letter) {
    return key.signature().stream().filter(n -> n.letter() == letter).findFirst().map(Note::accidental).orElse(0);
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
