package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.MidiReader;
import dev.cadenza.midi.MidiScore;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.ReadLimits;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanNumerals;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cadence heard, not read: the item plays the MIDI renderer's phrase and shows neither chords nor cadence. */
class EarCadenceExercisesTest {

  private final Exercises exercises = new Exercises();

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"AUTHENTIC, D major, V7 I", "HALF, Bb major, ii6 V", "PLAGAL, E minor, iv i", "DECEPTIVE, A minor, V VI"})
  void thePhrasePlayedEndsWithTheEnginesChordsOfTheCadence(String cadence, String key, String ending) {
    Exercise item = exercises.rebuild("ear-cadence:" + key + ":" + cadence);
    MidiScore score = MidiReader.read(Base64.getDecoder().decode(item.midi()), ReadLimits.defaults());
    List<Set<Integer>> chords = chordsByOnset(score.notes());
    String[] numerals = ending.split(" ");
    for (int i = 0; i < 2; i++) {
      Set<Integer> expected = RomanNumerals.realise(numerals[i], Key.parse(key)).notes().stream()
          .map(dev.cadenza.theory.Note::pitchClass).collect(Collectors.toSet());
      assertThat(chords.get(chords.size() - 2 + i)).as(numerals[i]).isEqualTo(expected);
    }
    assertThat(item.expected()).isEqualTo(Cadence.valueOf(cadence).label());
    assertThat(item.explanation()).contains(ending).contains(key);
  }

  @ParameterizedTest
  @CsvSource({"AUTHENTIC", "HALF", "PLAGAL", "DECEPTIVE"})
  void neitherThePromptNorTheFileNamesTheCadenceOrItsChords(String cadence) {
    Exercise item = exercises.rebuild("ear-cadence:G major:" + cadence);
    MidiScore score = MidiReader.read(Base64.getDecoder().decode(item.midi()), ReadLimits.defaults());
    String shown = item.prompt() + " " + String.join(" ", score.trackNames()) + " " + item.notes();
    assertThat(shown.toLowerCase(Locale.ROOT)).doesNotContain(Cadence.valueOf(cadence).label())
        .doesNotContain(" v").doesNotContain(" i ").doesNotContain("g major");
  }

  /** The pitch classes sounding from each onset, in time order. */
  private static List<Set<Integer>> chordsByOnset(List<Note> notes) {
    Map<Double, Set<Integer>> byOnset = new TreeMap<>();
    for (Note note : notes) {
      byOnset.computeIfAbsent(note.onset(), onset -> new HashSet<>()).add(note.pitchClass());
    }
    return List.copyOf(byOnset.values());
  }
}
