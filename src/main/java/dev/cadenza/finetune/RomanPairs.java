package dev.cadenza.finetune;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Roman numerals both ways: realising a numeral in a key ("what is V7 of Ab major?") and analysing a
 * chord in a key ("in D major, what numeral is F#m?"), with the function the engine names.
 */
final class RomanPairs implements PairSource {
  private static final List<String> REALISE = List.of(
      "In {0}, what chord is {1}?",
      "Realise {1} in {0}.",
      "Spell {1} in {0}.",
      "What are the notes of {1} in {0}?",
      "Which chord does {1} stand for in {0}?",
      "What is {1} of {0}?");
  private static final List<String> ANALYSE_SYMBOL = List.of(
      "In {0}, what Roman numeral is {1}?",
      "Analyse {1} in {0}.",
      "Give the Roman numeral and function of {1} in {0}.",
      "What is {1} in {0} as a Roman numeral?");
  private static final List<String> ANALYSE_NOTES = List.of(
      "What is the Roman numeral of {2} in {0}, bass first?",
      "Which numeral does the chord {2} (bass first) get in {0}?",
      "In {0}, name the chord {2} (lowest note first) with a Roman numeral.");

  private final Family family;
  private final Memo<RomanChord, List<RomanChord>> readings =
      new Memo<>(chord -> RomanNumerals.analyse(chord.notes(), chord.key()));

  /** A source of {@link Family#ROMAN_REALISE} or {@link Family#ROMAN_ANALYSE} pairs. */
  RomanPairs(Family family) {
    if (family != Family.ROMAN_REALISE && family != Family.ROMAN_ANALYSE) {
      throw new IllegalArgumentException("illegal family: " + family + ", must be a Roman numeral family");
    }
    this.family = family;
  }

  @Override
  public Family family() {
    return family;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    Key key = Draw.standardKey(random);
    String numeral = Numerals.draw(random, key);
    try {
      RomanChord chord = RomanNumerals.realise(numeral, key);
      return family == Family.ROMAN_REALISE ? Optional.of(realise(chord, random)) : analyse(chord, random);
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private Pair realise(RomanChord chord, Random random) {
    String question = Words.fill(Draw.pick(random, REALISE), chord.key(), chord.numeral());
    String answer = chord.numeral() + " in " + chord.key() + described(chord) + " spelled "
        + Words.notes(chord.notes()) + " from the bass up. Function: " + chord.function() + ".";
    return new Pair(family, chord.key().name(), question, answer);
  }

  /** " is G7/B, a G dominant 7th chord in first inversion," or nothing for chords without a symbol (It+6). */
  private static String described(RomanChord chord) {
    if (chord.symbol().equals(chord.numeral())) {
      return " is";
    }
    Chord parsed = Chord.parse(chord.symbol());
    int inversion = parsed.inversion();
    String position = !parsed.isSlash() ? ""
        : inversion > 0 && inversion <= 3 ? " in " + parsed.inversionName() : " over " + parsed.bass();
    return " is " + chord.symbol() + ", " + ChordWords.described(Chord.of(parsed.root(), parsed.type())) + position
        + ",";
  }

  private Optional<Pair> analyse(RomanChord source, Random random) {
    List<RomanChord> readings = this.readings.get(source);
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    boolean bySymbol = !source.symbol().equals(source.numeral()) && Draw.chance(random, 0.6);
    String template = Draw.pick(random, bySymbol ? ANALYSE_SYMBOL : ANALYSE_NOTES);
    String question = Words.fill(template, source.key(), source.symbol(), Words.spaced(source.notes()));
    RomanChord best = readings.getFirst();
    String shown = bySymbol ? source.symbol() + " (" + Words.notes(source.notes()) + ")" : Words.notes(source.notes());
    String answer = "In " + source.key() + ", " + shown + " is " + best.numeral() + ", with "
        + best.notes().getFirst() + " in the bass. Function: " + best.function() + "."
        + (readings.size() > 1 ? " It can also be read as " + readings.get(1).numeral() + "." : "");
    return Optional.of(new Pair(family, source.key().name(), question, answer));
  }
}
