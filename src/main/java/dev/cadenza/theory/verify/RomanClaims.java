package dev.cadenza.theory.verify;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.text.NoteLists;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman-numeral realisations: "in C major, V7 is G, B, D, F", "V7 in Ab major is Eb, G, Bb, Db", "in
 * C major, V7 is G7". Notes are compared as sets (inversions may be listed in any order); leaving out
 * the fifth is accepted.
 */
final class RomanClaims {
  static final String KIND = "roman_numeral";
  private static final String KEY = ProsePatterns.key(false, false);
  private static final String VERB = "\\s+(?i:is\\s+spelled|consists\\s+of|contains|is|=|:)\\s*";
  private static final Pattern KEY_FIRST = Pattern.compile("(?i:in\\s+(?:the\\s+key\\s+of\\s+)?)" + KEY
      + ",?\\s+(?i:the\\s+)?" + ProsePatterns.NUMERAL + "(?:\\s+(?i:chord))?" + VERB);
  private static final Pattern NUMERAL_FIRST = Pattern.compile(ProsePatterns.NUMERAL
      + "(?:\\s+(?i:chord))?\\s+(?i:in|of)\\s+(?i:the\\s+key\\s+of\\s+)?" + KEY + VERB);

  private RomanClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = KEY_FIRST.matcher(text);
    while (m.find()) {
      check(text, m, m.group(2), m.group(1)).ifPresent(claims::add);
    }
    m = NUMERAL_FIRST.matcher(text);
    while (m.find()) {
      check(text, m, m.group(1), m.group(2)).ifPresent(claims::add);
    }
    return claims;
  }

  private static Optional<Claim> check(String text, Matcher m, String numeral, String keyText) {
    Optional<Key> key = Key.tryParse(keyText);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<NoteLists.NoteList> list = NoteLists.at(text, m.end(), 3);
    if (list.isPresent()) {
      return Optional.of(checkNotes(text, m, numeral, key.get(), list.get()));
    }
    return ClaimText.chordStartingAt(text, m.end())
        .map(found -> checkSymbol(text, m, numeral, key.get(), found.value(), found.end()));
  }

  private static Claim checkNotes(String text, Matcher m, String numeral, Key key, NoteLists.NoteList list) {
    Optional<RomanChord> chord = realise(numeral, key);
    if (chord.isEmpty()) {
      return Claim.of(text, KIND, Verdict.UNCHECKED, null, m.start(), list.end(), null);
    }
    Set<Note> expected = new HashSet<>(chord.get().notes());
    Set<Note> missing = new HashSet<>(expected);
    missing.removeAll(list.spellings());
    Note fifth = fifthOf(chord.get());
    Verdict verdict;
    if (!expected.containsAll(list.spellings())) {
      verdict = Verdict.INCORRECT;
    } else if (missing.isEmpty() || missing.size() == 1 && missing.contains(fifth)) {
      verdict = Verdict.CORRECT;
    } else {
      verdict = ClaimText.mentionsOmission(text, list.start()) ? Verdict.UNCHECKED : Verdict.INCORRECT;
    }
    String expectedText = Prose.list(chord.get().notes());
    return Claim.of(text, KIND, verdict, expectedText, m.start(), list.end(),
        text.substring(m.start(), list.start()) + expectedText);
  }

  private static Claim checkSymbol(String text, Matcher m, String numeral, Key key, Chord claimed, int end) {
    Optional<RomanChord> chord = realise(numeral, key);
    if (chord.isEmpty()) {
      return Claim.of(text, KIND, Verdict.UNCHECKED, null, m.start(), end, null);
    }
    boolean same = new HashSet<>(chord.get().notes()).equals(new HashSet<>(claimed.notes()));
    String expected = chord.get().symbol();
    return Claim.of(text, KIND, same ? Verdict.CORRECT : Verdict.INCORRECT, expected, m.start(), end,
        text.substring(m.start(), m.end()) + expected);
  }

  private static Note fifthOf(RomanChord chord) {
    return ChordParser.parse(chord.symbol().replaceAll("/.*", ""))
        .filter(c -> c.intervals().get(2).number() == 5)
        .map(c -> c.tones().get(2))
        .orElse(null);
  }

  private static Optional<RomanChord> realise(String numeral, Key key) {
    try {
      return Optional.of(RomanNumerals.realise(numeral, key));
    } catch (IllegalArgumentException notRealisable) {
      return Optional.empty();
    }
  }
}
