package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.oracle.Oracle;
import dev.cadenza.oracle.Spellings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verifier against the hand-written oracle tables, not against the engine: a sentence stating a row's
 * fact must be read as one correct claim, and the same sentence with a deliberately wrong variant (a note
 * respelled enharmonically, a note a semitone off, a wrong count, quality or key) as one incorrect claim.
 * Every sentence is counted, so the test cannot pass by reading nothing.
 */
class VerifierOracleTest {
  private static final List<String> COUNTS =
      List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final List<String> NUMBERS = List.of("unison", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "octave", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth");

  private final Verifier verifier = new Verifier();
  private final List<String> failures = new ArrayList<>();
  private int checked;

  @Test
  void acceptsEveryOracleChordAndFlagsItsWrongVariants() {
    for (Oracle.ChordRow row : Oracle.chords()) {
      String subject = "The " + row.symbol() + " chord is ";
      expect(subject + list(row.notes()) + ".", Verdict.CORRECT);
      expect(subject + list(Spellings.respelled(row.notes(), 1)) + ".", Verdict.INCORRECT);
      expect(subject + list(Spellings.altered(row.notes(), row.notes().size() - 1)) + ".", Verdict.INCORRECT);
    }
    assertAllRight(300);
  }

  @Test
  void acceptsEveryOracleScaleAndFlagsItsWrongVariants() {
    for (Oracle.ScaleRow row : Oracle.scales()) {
      String subject = "The notes of " + row.scale() + " are ";
      expect(subject + list(row.notes()) + ".", Verdict.CORRECT);
      if (!row.scale().endsWith("whole tone")) {
        // Symmetric scales are spelled freely in practice (A# or Bb in C whole tone), so only a wrong pitch is wrong.
        expect(subject + list(Spellings.respelled(row.notes(), 2)) + ".", Verdict.INCORRECT);
      }
      expect(subject + list(Spellings.altered(row.notes(), 1)) + ".", Verdict.INCORRECT);
    }
    assertAllRight(240);
  }

  @Test
  void acceptsEveryOracleKeySignatureAndFlagsAWrongCountOrAccidental() {
    for (Oracle.KeyRow row : Oracle.keys()) {
      if (row.count() == 0) {
        expect(row.key() + " has no sharps or flats.", Verdict.CORRECT);
        expect(row.key() + " has one sharp.", Verdict.INCORRECT);
        continue;
      }
      String kind = row.sharps() ? " sharps: " : " flats: ";
      String other = row.sharps() ? " flats: " : " sharps: ";
      String count = COUNTS.get(row.count());
      expect(row.key() + " has " + count + kind + list(row.signature()) + ".", Verdict.CORRECT);
      expect(row.key() + " has " + count + other + list(row.signature()) + ".", Verdict.INCORRECT);
      expect(row.key() + " has " + COUNTS.get(row.count() + 1) + kind.replace(": ", "") + ".", Verdict.INCORRECT);
      expect(row.key() + " has " + count + kind + list(Spellings.respelled(row.signature(), 0)) + ".",
          Verdict.INCORRECT);
    }
    assertAllRight(130);
  }

  @Test
  void acceptsEveryOracleRelativeAndParallelKeyAndFlagsTheOtherOne() {
    for (Oracle.KeyRow row : Oracle.keys()) {
      String relative = "The relative " + mode(row.relative()) + " of " + row.key() + " is ";
      String parallel = "The parallel " + mode(row.parallel()) + " of " + row.key() + " is ";
      expect(relative + row.relative() + ".", Verdict.CORRECT);
      expect(relative + row.parallel() + ".", Verdict.INCORRECT);
      expect(parallel + row.parallel() + ".", Verdict.CORRECT);
      expect(parallel + row.relative() + ".", Verdict.INCORRECT);
    }
    assertAllRight(136);
  }

  @Test
  void acceptsEveryOracleNumeralAndFlagsItsWrongVariants() {
    for (Oracle.NumeralRow row : Oracle.numerals()) {
      String subject = "In " + row.key() + ", " + row.numeral() + " is ";
      expect(subject + list(row.notes()) + ".", Verdict.CORRECT);
      expect(subject + list(Spellings.respelled(row.notes(), 1)) + ".", Verdict.INCORRECT);
      expect(subject + list(Spellings.altered(row.notes(), 0)) + ".", Verdict.INCORRECT);
    }
    assertAllRight(330);
  }

  @Test
  void acceptsEveryOracleIntervalAndFlagsAWrongQuality() {
    for (Oracle.IntervalRow row : Oracle.intervals()) {
      String subject = "From " + row.lower() + " to " + row.upper() + " is ";
      expect(subject + name(row.interval()) + ".", Verdict.CORRECT);
      expect(subject + name(wrongQuality(row.interval())) + ".", Verdict.INCORRECT);
    }
    assertAllRight(180);
  }

  private void expect(String sentence, Verdict verdict) {
    checked++;
    List<Claim> claims = verifier.verify(sentence).claims();
    if (claims.size() != 1 || claims.get(0).outcome() != verdict) {
      failures.add(sentence + " -> expected one " + verdict.label() + " claim, found "
          + claims.stream().map(c -> c.verdict() + " '" + c.text() + "'").toList());
    }
  }

  private void assertAllRight(int minimum) {
    assertThat(failures).isEmpty();
    assertThat(checked).as("sentences checked").isGreaterThanOrEqualTo(minimum);
  }

  private static String list(List<String> notes) {
    return String.join(", ", notes);
  }

  private static String mode(String key) {
    return key.substring(key.indexOf(' ') + 1);
  }

  /** "A4" as "an augmented fourth", "m10" as "a minor tenth". */
  private static String name(String interval) {
    String quality = switch (interval.replaceAll("\\d", "")) {
      case "P" -> "perfect";
      case "M" -> "major";
      case "m" -> "minor";
      case "A" -> "augmented";
      case "AA" -> "doubly augmented";
      case "d" -> "diminished";
      default -> throw new IllegalArgumentException("unknown quality in " + interval);
    };
    String words = quality + " " + NUMBERS.get(Integer.parseInt(interval.replaceAll("\\D", "")) - 1);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /** Another quality for the same number: major and minor swap, perfect becomes augmented, A and d swap. */
  private static String wrongQuality(String interval) {
    String number = interval.replaceAll("\\D", "");
    String other = switch (interval.replaceAll("\\d", "")) {
      case "M" -> "m";
      case "m" -> "M";
      case "P", "AA" -> "A";
      case "A" -> "d";
      case "d" -> "A";
      default -> throw new IllegalArgumentException("unknown quality in " + interval);
    };
    return other + number;
  }
}
