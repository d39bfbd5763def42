package dev.cadenza.theory.query;

import dev.cadenza.theory.query.QueryResult.NumeralResult;
import dev.cadenza.theory.query.QueryResult.RomanRow;
import java.util.Locale;

/** The English of numeral answers: one chord, a progression, a key's chords, or the key of a list of chords. */
final class NumeralProse {
  private NumeralProse() {}

  static String render(NumeralResult r) {
    return switch (r.type()) {
      case "numeral_of_chord" -> {
        RomanRow row = r.chords().getFirst();
        yield "In " + r.key() + ", " + row.symbol() + " (" + AnswerRenderer.list(row.notes()) + ") is " + row.numeral()
            + ". Function: " + row.function() + "."
            + (r.alternatives().isEmpty() ? "" : " Other readings: " + String.join(", ", r.alternatives()) + ".");
      }
      case "realise_numeral" -> {
        RomanRow row = r.chords().getFirst();
        String spelled = (row.symbol().equals(row.numeral()) ? "" : row.symbol() + ": ") + AnswerRenderer.list(row.notes());
        if (r.named() != null) {
          yield "The " + r.named() + " of " + r.key() + ", " + row.numeral() + ", is " + spelled + ". Function: "
              + row.function() + ".";
        }
        yield (r.convention() == null ? "" : "Convention: " + r.convention() + " (the diatonic quality"
            + (r.key().endsWith("minor") && row.numeral().startsWith("vii") ? ", on the raised leading tone; VII of natural minor would be a major triad a whole step below the tonic" : "")
            + "). ")
            + "In " + r.key() + ", " + row.numeral() + " is " + spelled + ". Function: " + row.function() + "."
            + (r.alternatives().isEmpty() ? "" : " If you meant upper-case " + row.numeral().toUpperCase(Locale.ROOT)
                + ", the dominant with the leading tone, it is " + r.alternatives().getFirst() + ".");
      }
      case "diatonic_chords" -> r.convention() != null
          ? "The triads of " + natural(r.key()) + ", the seventh degree unraised, are " + rows(r) + ". With the"
              + " raised seventh of harmonic minor, v and VII become V and vii°."
          : "The diatonic triads of " + r.key() + " are " + rows(r) + "."
              + (r.key().endsWith("minor") ? " Convention: V and vii° use the raised seventh of harmonic minor." : "");
      case "diatonic_sevenths" -> r.convention() != null
          ? "The seventh chords of " + natural(r.key()) + ", the seventh degree unraised, are " + rows(r) + ". With"
              + " the raised seventh of harmonic minor, v7 and VII7 become V7 and vii°7."
          : "The diatonic seventh chords of " + r.key() + " are " + rows(r) + "."
              + (r.key().endsWith("minor") ? " Convention: V7 and vii°7 use the raised seventh of harmonic minor." : "");
      case "find_key" -> "Most likely key: " + r.key() + ", where the chords are "
          + String.join(", ", r.chords().stream().map(c -> c.symbol() + " " + c.numeral()).toList()) + "."
          + (r.alternatives().isEmpty() ? "" : " Also possible: " + AnswerRenderer.and(r.alternatives()) + ".");
      case "analyse_progression" -> "In " + r.key() + ": "
          + String.join(", ", r.chords().stream().map(c -> c.symbol() + " is " + c.numeral()).toList()) + ".";
      default -> "In " + r.key() + ", " + String.join("–", r.chords().stream().map(RomanRow::numeral).toList()) + " is "
          + String.join("–", r.chords().stream().map(RomanRow::symbol).toList()) + ": " + rows(r) + ".";
    };
  }

  /** "F natural minor" for the key of F minor. */
  private static String natural(String minorKey) {
    return minorKey.replaceFirst("minor$", "natural minor");
  }

  /** "I G (G, B, D), ii Am (A, C, E)". */
  private static String rows(NumeralResult r) {
    return String.join(", ", r.chords().stream()
        .map(c -> c.numeral() + " " + c.symbol() + " (" + AnswerRenderer.list(c.notes()) + ")").toList());
  }
}
