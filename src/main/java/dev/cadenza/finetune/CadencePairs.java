package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "In G major the phrase ends D7 to G. What cadence is this?": two chords given as symbols, analysed
 * into Roman numerals by the engine, and the cadence named from those numerals.
 */
final class CadencePairs implements PairSource {
  private static final List<String> MAJOR = List.of(
      "V I", "V7 I", "V65 I", "V I6", "V vi", "V7 vi", "IV I", "iv I", "I V", "ii6 V", "IV V", "ii V", "vi V",
      "I6 V", "Cad64 V", "V/V V", "ii65 V", "IV6 V", "V7 I", "V I");
  private static final List<String> MINOR = List.of(
      "V i", "V7 i", "V65 i", "V i6", "V VI", "V7 VI", "iv i", "i V", "iv V", "iv6 V", "VI V", "Cad64 V",
      "iiø65 V", "V/V V", "i6 V", "V7 i", "V i");
  private static final List<String> PHRASINGS = List.of(
      "In {0} the phrase ends {1} to {2}. What cadence is this?",
      "A phrase in {0} closes with {1} followed by {2}. Which cadence is it?",
      "Name the cadence {1} to {2} in {0}.",
      "What kind of cadence is {1} to {2} in {0}?",
      "In {0}, a phrase ends on {2} after {1}. What is the cadence called?");

  /** The engine's preferred numeral for a chord's notes in its key. */
  private final Memo<RomanChord, Optional<RomanChord>> readings =
      new Memo<>(chord -> RomanNumerals.analyse(chord.notes(), chord.key()).stream().findFirst());

  @Override
  public Family family() {
    return Family.CADENCE;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    Key key = Draw.standardKey(random);
    String[] progression = Draw.pick(random, key.mode() == Key.Mode.MAJOR ? MAJOR : MINOR).split(" ");
    String template = Draw.pick(random, PHRASINGS);
    try {
      RomanChord first = RomanNumerals.realise(progression[0], key);
      RomanChord second = RomanNumerals.realise(progression[1], key);
      Optional<RomanChord> penultimate = readings.get(first);
      Optional<RomanChord> last = readings.get(second);
      if (penultimate.isEmpty() || last.isEmpty()) {
        return Optional.empty();
      }
      return Cadences.explain(penultimate.get(), last.get()).map(cadence -> new Pair(family(), key.name(),
          Words.fill(template, key, first.symbol(), second.symbol()),
          "In " + key + ", " + first.symbol() + " is " + penultimate.get().numeral() + " and " + second.symbol()
              + " is " + last.get().numeral() + ", so the phrase ends " + penultimate.get().numeral() + " to "
              + last.get().numeral() + ". That is " + cadence));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }
}
