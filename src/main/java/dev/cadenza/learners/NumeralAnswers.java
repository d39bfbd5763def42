package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.HashSet;
import java.util.List;

/**
 * Grades a Roman numeral given as an answer by realising it in the key: it is right when it names the same notes
 * from the bass up, so "V6/5", "V65" and "V 6/5" are one answer and "v" in minor is another.
 */
final class NumeralAnswers {
  private NumeralAnswers() {}

  static Grade grade(Key key, String expectedNumeral, List<Note> expectedFromBass, String answer) {
    List<Note> given = realise(key, answer).notes();
    if (sameSpellings(given, expectedFromBass)) {
      return Grade.RIGHT;
    }
    if (caseOnly(expectedNumeral, answer)) {
      return Grade.wrong(Misconception.NUMERAL_CASE);
    }
    if (new HashSet<>(strings(given)).equals(new HashSet<>(strings(expectedFromBass)))) {
      return Grade.wrong(Misconception.INVERSION_MIXUP);
    }
    return Grade.WRONG;
  }

  static RomanChord realise(Key key, String numeral) {
    try {
      return RomanNumerals.realise(numeral, key);
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("'" + numeral + "' is not a Roman numeral; write e.g. V7, ii6, vii°7 or IV64");
    }
  }

  /** The same degree and figure written with the other case (v for V, III for iii), marks aside. */
  static boolean caseOnly(String expected, String answer) {
    String want = bare(expected);
    String got = bare(answer);
    return !want.equals(got) && want.equalsIgnoreCase(got) && figure(expected).equals(figure(answer));
  }

  private static String bare(String numeral) {
    return numeral.replaceAll("[^IVXivx]", "");
  }

  private static String figure(String numeral) {
    return numeral.replaceAll("[^0-9]", "");
  }

  private static boolean sameSpellings(List<Note> a, List<Note> b) {
    return strings(a).equals(strings(b));
  }

  private static List<String> strings(List<Note> notes) {
    return notes.stream().map(n -> n.withoutOctave().toString()).toList();
  }

  /** The numeral's notes written out: "E G# B D". */
  static String notes(RomanChord chord) {
    return NoteAnswers.write(chord.notes());
  }
}
