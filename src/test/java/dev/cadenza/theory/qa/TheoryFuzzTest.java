package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cadenza.theory.verify.Verifier;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random word salad from theory vocabulary: the verifier and the QA must never throw. */
class TheoryFuzzTest {
  private static final long SEED = 424_242L;
  private static final int CASES = 20_000;
  private static final List<String> WORDS = List.of("C", "D#", "Fb", "B##", "Cbb", "E", "A", "a", "the", "is", "are",
      "has", "contains", "of", "in", "to", "up", "down", "from", "between", "and", ",", ":", "(", ")", "-", "–",
      "major", "minor", "chord", "scale", "mode", "triad", "seventh", "13th", "maj7", "m7b5", "dim7", "7alt",
      "lydian", "altered", "blues", "V7", "V/V", "vii°7/ii", "bVI", "N6", "It+6", "Ger+6", "Cad64", "ii65",
      "relative", "parallel", "sharps", "flats", "four", "nine", "no", "perfect", "fifth", "augmented",
      "sixth", "diminished", "octave", "tritone", "above", "below", "key", "signature", "notes", "spell",
      "what", "which", "is", "?", ".", "C4", "G9", "B#3", "E♭", "F𝄪", "♮", "x", "60", "64", "67", "midi",
      "half-diminished", "6/9", "/", "C/E", "Cmaj13", "F-minor-ninth", "E-diminished-major", "ninth");

  @Test
  void neverThrowsOnRandomTheoryText() {
    System.out.println("TheoryFuzzTest seed " + SEED);
    Random random = new Random(SEED);
    Verifier verifier = new Verifier();
    TheoryQa qa = new TheoryQa();
    for (int i = 0; i < CASES; i++) {
      StringBuilder text = new StringBuilder();
      int length = 2 + random.nextInt(14);
      for (int w = 0; w < length; w++) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String sample = text.toString();
      assertThatCode(() -> verifier.verify(sample).corrected(sample)).as("seed %d: %s", SEED, sample)
          .doesNotThrowAnyException();
      assertThatCode(() -> qa.answer(sample)).as("seed %d: %s", SEED, sample).doesNotThrowAnyException();
    }
  }
}
