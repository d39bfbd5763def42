package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cadence formed by the last two chords of a phrase from their Roman numerals: V or V7 to I
 * is authentic (imperfect when either chord is inverted), V(7) to vi deceptive, IV to I plagal, and
 * any ending on V a half cadence (Phrygian when iv6 leads to V in minor).
 */
final class Cadences {
  private static final Pattern NUMERAL =
      Pattern.compile("(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)([°ø+]?)(7|65|43|42|64|6)?");
  private static final List<String> DOMINANT_FIGURES = List.of("", "7", "6", "65", "43", "42");

  private Cadences() {}

  /** The numeral's degree and figure, when it is a plain numeral without prefix or slash. */
  private record Plain(String degree, String mark, String figure) {
    static Optional<Plain> of(String numeral) {
      Matcher m = NUMERAL.matcher(numeral);
      return m.matches()
          ? Optional.of(new Plain(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)))
          : Optional.empty();
    }

    boolean is(String deg, String... figures) {
      return degree.equals(deg) && mark.isEmpty() && List.of(figures).contains(figure);
    }
  }

  /** The cadence two chords make in their key, "a half cadence: ..."; empty when they make none of the four kinds. */
  static Optional<String> explain(RomanChord penultimate, RomanChord last) {
    Key key = last.key();
    boolean minor = key.mode() == Key.Mode.MINOR;
    Optional<Plain> before = Plain.of(penultimate.numeral());
    Optional<Plain> after = Plain.of(last.numeral());
    if (after.isEmpty()) {
      return Optional.empty();
    }
    Plain end = after.get();
    String tonic = minor ? "i" : "I";
    boolean fromDominant = before.isPresent() && before.get().is("V", DOMINANT_FIGURES.toArray(String[]::new));
    if (end.is("V", "") && !fromDominant) {
      if (minor && penultimate.numeral().equals("iv6")) {
        return Optional.of("a Phrygian half cadence: in minor, iv6 moves to V with the bass falling a half step, "
            + penultimate.notes().getFirst() + " to " + last.notes().getFirst() + ".");
      }
      return Optional.of("a half cadence: the phrase stops on the dominant, an open ending that calls for"
          + " continuation.");
    }
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Plain start = before.get();
    if (fromDominant && end.is(tonic, "", "6")) {
      boolean rootPositions = start.figure().equals("") || start.figure().equals("7");
      return Optional.of(rootPositions && end.figure().isEmpty()
          ? "an authentic cadence: the dominant resolves to the tonic. With both chords in root position it is"
              + " a perfect authentic cadence when the melody ends on the tonic note, and imperfect otherwise."
          : "an imperfect authentic cadence: the dominant resolves to the tonic, but with an inverted chord ("
              + (rootPositions ? last.numeral() : penultimate.numeral()) + ") it is less final than a perfect one.");
    }
    if (start.is("V", "", "7") && end.is(minor ? "VI" : "vi", "")) {
      return Optional.of("a deceptive cadence: the dominant moves to the submediant (" + end.degree()
          + ") instead of the expected tonic.");
    }
    if ((start.is("IV", "") || start.is("iv", "")) && end.is(tonic, "")) {
      return Optional.of("a plagal cadence: the subdominant (" + start.degree() + ") moves to the tonic, the"
          + " 'amen' ending.");
    }
    return Optional.empty();
  }
}
