package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Quality;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.TransposePropertyTest;
import dev.cadenza.theory.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statements generated from the engine itself: every true one must pass, and the same statement with
 * one note respelled enharmonically (F## written as G) must be flagged. The seed is printed.
 */
class VerifierGeneratedTest {
  private static final long SEED = 7_031_990L;
  private final Verifier verifier = new Verifier();

  @Test
  void passesEveryTrueChordSpellingAndFlagsEveryRespelledOne() {
    int flagged = 0;
    for (ChordType type : ChordType.values()) {
      for (Note root : roots()) {
        Optional<Chord> chord = spellable(root, type);
        if (chord.isEmpty()) {
          continue;
        }
        List<Note> tones = chord.get().tones();
        String byName = "The " + chord.get().name() + " chord is " + Prose.list(tones) + ".";
        String bySymbol = "For example, " + chord.get().symbol() + " = " + Prose.list(tones) + ".";
        assertVerdict(byName, "correct");
        if (type != ChordType.MAJOR) {
          assertVerdict(bySymbol, "correct");
        }
        Optional<List<Note>> wrong = respelled(tones, 1);
        if (wrong.isPresent()) {
          assertVerdict("The " + chord.get().name() + " chord is " + Prose.list(wrong.get()) + ".", "incorrect");
          flagged++;
        }
      }
    }
    assertThat(flagged).isGreaterThan(900);
  }

  @Test
  void passesEveryTrueScaleSpellingAndFlagsEveryRespelledOne() {
    int passed = 0;
    int flagged = 0;
    for (ScaleType type : ScaleType.values()) {
      for (Note tonic : roots()) {
        Scale scale;
        try {
          scale = new Scale(tonic, type);
        } catch (IllegalArgumentException tripleAccidental) {
          continue;
        }
        String statement = "The notes of " + scale.name() + " are " + Prose.list(scale.notes()) + ".";
        assertVerdict(statement, "correct");
        passed++;
        if (type.isHeptatonic() && type != ScaleType.ALTERED) {
          Optional<List<Note>> wrong = respelled(scale.notes(), 2);
          if (wrong.isPresent()) {
            assertVerdict("The notes of the " + scale.name() + " scale are " + Prose.list(wrong.get()) + ".", "incorrect");
            flagged++;
          }
        }
      }
    }
    // 35 tonics for every scale type, less those needing triple accidentals; most heptatonic ones respell.
    assertThat(passed).isGreaterThan(ScaleType.values().length * 20);
    assertThat(flagged).isGreaterThan(100);
  }

  @Test
  void passesEveryTrueKeySignatureAndRelativeKey() {
    int parallels = 0;
    for (int fifths = -Key.MAX_FIFTHS; fifths <= Key.MAX_FIFTHS; fifths++) {
      Key major = Key.majorAtFifths(fifths);
      for (Key key : List.of(major, major.relative())) {
        String signature = key + " has " + KeyClaims.expected(key, true) + ".";
        assertVerdict(signature, "correct");
        assertVerdict("The relative " + key.relative().mode().label() + " of " + key + " is " + key.relative() + ".",
            "correct");
        Optional<Key> parallel = parallel(key);
        if (parallel.isPresent()) {
          assertVerdict("The parallel " + parallel.get().mode().label() + " of " + key + " is " + parallel.get() + ".", "correct");
          parallels++;
        }
      }
    }
    assertThat(parallels).as("keys whose parallel can be spelled").isGreaterThanOrEqualTo(2 * Key.MAX_FIFTHS + 1);
  }

  @Test
  void passesTrueIntervalsAndFlagsWrongQualities() {
    System.out.println("VerifierGeneratedTest seed " + SEED);
    Random random = new Random(SEED);
    int checked = 0;
    for (int i = 0; i < 2_000; i++) {
      Note lower = TransposePropertyTest.randomNote(random, false);
      Interval interval = TransposePropertyTest.randomInterval(random).simple();
      if (interval.number() == 1 || interval.number() == 8) {
        continue;
      }
      Note upper;
      try {
        upper = lower.transpose(interval);
      } catch (IllegalArgumentException tripleAccidental) {
        continue;
      }
      String right = "From " + lower + " to " + upper + " is " + Prose.withArticle(interval.name()) + ".";
      assertVerdict(right, "correct");
      Interval other = Interval.of(interval.quality() == Quality.AUGMENTED ? Quality.DIMINISHED : Quality.AUGMENTED,
          interval.number());
      assertVerdict("From " + lower + " to " + upper + " is " + Prose.withArticle(other.name()) + ".", "incorrect");
      checked++;
    }
    assertThat(checked).as("seed %d: intervals checked", SEED).isGreaterThan(1_000);
  }

  private void assertVerdict(String statement, String verdict) {
    List<Claim> claims = verifier.verify(statement).claims();
    assertThat(claims).as("seed %d: %s", SEED, statement).hasSize(1);
    assertThat(claims.get(0).verdict()).as("seed %d: %s", SEED, statement).isEqualTo(verdict);
  }

  private static List<Note> roots() {
    List<Note> roots = new ArrayList<>();
    for (Letter letter : Letter.values()) {
      for (int accidental = -2; accidental <= 2; accidental++) {
        roots.add(Note.of(letter, accidental));
      }
    }
    return roots;
  }

  private static Optional<Key> parallel(Key key) {
    try {
      return Optional.of(key.parallel());
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.empty();
    }
  }

  private static Optional<Chord> spellable(Note root, ChordType type) {
    try {
      return Optional.of(Chord.of(root, type));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  /** The notes with one of them written on the next letter up: same sound, wrong spelling. */
  private static Optional<List<Note>> respelled(List<Note> notes, int index) {
    Note note = notes.get(index);
    Letter next = note.letter().plus(1);
    int accidental = note.accidental() - Math.floorMod(next.pitchClass() - note.letter().pitchClass(), 12);
    if (accidental < -2) {
      return Optional.empty();
    }
    List<Note> wrong = new ArrayList<>(notes);
    wrong.set(index, Note.of(next, accidental));
    return Optional.of(wrong);
  }
}
