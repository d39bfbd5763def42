package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChordSpellingPairsTest {

  @Test
  void aStackedChordIsSpelledWithOctavesFromItsRoot() {
    assertThat(ChordSpellingPairs.stackedAnswer(Chord.parse("D#maj13"), 3)).isEqualTo(
        "A D# major 13th chord built up from D#3 is D#3, F##3, A#3, C##4, E#4, G#4, B#4. Each tone sits at its"
            + " interval above the root: root, major 3rd, perfect 5th, major 7th, major 9th, perfect 11th and"
            + " major 13th.");
  }

  @Test
  void theVocabularyCoversEveryChordTypeAndEveryRoot() {
    List<Chord> chords = ChordSpellingPairs.everyChord();

    assertThat(chords.stream().map(Chord::type).distinct()).containsExactlyInAnyOrder(ChordType.values());
    assertThat(chords.stream().map(Chord::root).distinct()).hasSize(35);
  }

  @Test
  void theFirstDrawsVisitEveryRootAndTypeOnce() {
    ChordSpellingPairs source = new ChordSpellingPairs();
    Random random = new Random(3);
    int total = ChordSpellingPairs.everyChord().size();
    Set<String> roots = new HashSet<>();
    for (int i = 0; i < total; i++) {
      source.draw(random).ifPresent(p -> roots.add(p.subject()));
    }

    assertThat(roots).hasSize(35).contains("Cbb", "B##");
  }
}
