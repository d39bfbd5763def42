package dev.cadenza.learners;

import dev.cadenza.midi.MidiExamples;
import dev.cadenza.midi.harmony.CadenceDetector;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanNumerals;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Hear a short phrase and name its cadence: authentic, half, plagal or deceptive. The phrase is the MIDI renderer's
 * example of that cadence in the drawn key, sent as a MIDI file titled so that it names neither chords nor cadence.
 */
final class EarCadenceExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 4;
  private static final String CHOICES = "authentic, half, plagal or deceptive";
  /** The cadences heard, each with the renderer's example of it (an authentic one is perfect: tonic on top). */
  private static final Map<Cadence, String> EXAMPLES = Map.of(Cadence.AUTHENTIC, CadenceDetector.PAC,
      Cadence.HALF, CadenceDetector.HC, Cadence.PLAGAL, CadenceDetector.PLAGAL, Cadence.DECEPTIVE, CadenceDetector.DECEPTIVE);
  private static final List<Cadence> HEARD = List.of(Cadence.AUTHENTIC, Cadence.HALF, Cadence.PLAGAL, Cadence.DECEPTIVE);

  @Override
  public Topic topic() {
    return Topic.EAR_CADENCE;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    return build(Draws.key(random, MAX_FIFTHS), Draws.one(HEARD, random));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    Cadence cadence = Cadence.valueOf(parameters.get(1));
    if (!HEARD.contains(cadence)) {
      throw new IllegalArgumentException("not an ear-training cadence: " + cadence);
    }
    return build(Key.parse(parameters.get(0)), cadence);
  }

  private Exercise build(Key key, Cadence cadence) {
    String example = EXAMPLES.get(cadence);
    List<String> numerals = Arrays.asList(MidiExamples.cadenceProgression(example, key).split(" "));
    List<String> symbols = numerals.stream().map(n -> RomanNumerals.realise(n, key).symbol()).toList();
    String explanation = "You heard " + String.join(" ", symbols) + " in " + key.name() + ", that is "
        + String.join(" ", numerals) + ": the phrase ends " + numerals.get(numerals.size() - 2) + " to "
        + numerals.getLast() + ", " + cadence.withArticle() + " cadence, where " + cadence.meaning() + ".";
    int difficulty = 1 + HEARD.indexOf(cadence) / 2 + (key.mode() == Key.Mode.MINOR ? 1 : 0);
    String midi = Base64.getEncoder().encodeToString(MidiExamples.unnamedCadence(example, key));
    return new Exercise(key(key.name(), cadence.name()), topic(), Draws.clampDifficulty(difficulty),
        "Listen (press Play): which cadence ends the phrase?", CHOICES, cadence.label(), explanation, List.of(), midi,
        answer -> cadence.grade(answer, CHOICES));
  }
}
