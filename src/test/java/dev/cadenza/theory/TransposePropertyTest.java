package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random round trips; the seed is printed and named in every failure message. */
public class TransposePropertyTest {
  private static final long SEED = 20_240_611L;
  private static final int CASES = 5_000;
  private static final Quality[] QUALITIES = Quality.values();

  @Test
  void transposingUpThenDownReturnsTheOriginalNote() {
    System.out.println("TransposePropertyTest seed " + SEED);
    Random random = new Random(SEED);
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      Note note = randomNote(random, random.nextBoolean());
      Interval interval = randomInterval(random);
      Note up;
      try {
        up = note.transpose(interval);
      } catch (IllegalArgumentException tripleAccidental) {
        continue;
      }
      checked++;
      assertThat(up.transposeDown(interval)).as("seed %d: %s up and down by %s", SEED, note, interval)
          .isEqualTo(note);
      if (note.hasOctave()) {
        assertThat(up.midi() - note.midi()).as("seed %d: %s up %s", SEED, note, interval)
            .isEqualTo(interval.semitones());
      }
    }
    assertThat(checked).as("seed %d: enough spellable cases", SEED).isGreaterThan(CASES / 2);
  }

  @Test
  void aSimpleIntervalAndItsInversionMakeNineAndTwelveSemitones() {
    System.out.println("TransposePropertyTest seed " + SEED);
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      Interval interval = randomInterval(random).simple();
      Interval inversion = interval.inversion();
      assertThat(interval.number() + inversion.number()).as("seed %d: %s", SEED, interval).isEqualTo(9);
      assertThat(interval.semitones() + inversion.semitones()).as("seed %d: %s", SEED, interval).isEqualTo(12);
      assertThat(inversion.inversion()).as("seed %d: %s", SEED, interval).isEqualTo(interval);
    }
  }

  @Test
  void theIntervalBetweenANoteAndItsTranspositionIsTheInterval() {
    System.out.println("TransposePropertyTest seed " + SEED);
    Random random = new Random(SEED);
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      Note note = randomNote(random, true);
      Interval interval = randomInterval(random);
      Note transposed;
      try {
        transposed = note.transpose(interval);
      } catch (IllegalArgumentException tripleAccidental) {
        continue; // the transposed note cannot be spelled: nothing to compare
      }
      assertThat(Interval.between(note, transposed)).as("seed %d: %s + %s", SEED, note, interval).isEqualTo(interval);
      checked++;
    }
    assertThat(checked).as("seed %d: cases whose transposition is spellable", SEED).isGreaterThan(CASES / 2);
  }

  public static Note randomNote(Random random, boolean withOctave) {
    Letter letter = Letter.values()[random.nextInt(7)];
    int accidental = random.nextInt(5) - 2;
    return withOctave ? Note.of(letter, accidental, 1 + random.nextInt(6)) : Note.of(letter, accidental);
  }

  public static Interval randomInterval(Random random) {
    while (true) {
      try {
        return Interval.of(QUALITIES[random.nextInt(QUALITIES.length)], 1 + random.nextInt(15));
      } catch (IllegalArgumentException noSuchQuality) {
        // A perfect third or a major fifth: draw again.
      }
    }
  }
}
