package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceAnalysisTest {

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  @ParameterizedTest(name = "I–IV–V–I in {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # tonic pc | tonic | mode  | chord symbols       | Roman numerals
      0          | C     | major | C F G C             | I IV V I
      7          | G     | major | G C D G             | I IV V I
      10         | Bb    | major | Bb Eb F Bb          | I IV V I
      4          | E     | major | E A B E             | I IV V I
      9          | A     | minor | Am Dm E Am          | i iv V i
      0          | C     | minor | Cm Fm G Cm          | i iv V i
      6          | F#    | minor | F#m Bm C# F#m       | i iv V i
      3          | Eb    | minor | Ebm Abm Bb Ebm      | i iv V i
      """)
  void findsKeyChordsAndAPerfectAuthenticCadence(int tonicPitchClass, String tonic, String mode, String symbols,
      String numerals) {
    MidiAnalysis analysis = ANALYZER.analyze(Pieces.cadence(tonicPitchClass, mode.equals("minor")));

    assertThat(analysis.key().tonic()).isEqualTo(tonic);
    assertThat(analysis.key().mode()).isEqualTo(mode);
    assertThat(analysis.chords()).extracting(ChordLabel::symbol).containsExactly(symbols.split(" "));
    assertThat(analysis.chords()).extracting(ChordLabel::roman).containsExactly(numerals.split(" "));
    assertThat(analysis.chords()).extracting(ChordLabel::bar).containsExactly(1, 2, 3, 4);
    assertThat(analysis.cadences()).containsExactly(
        new Cadence(4, 1.0, "PAC", tonic + " " + mode, numerals.split(" ")[2] + "–" + numerals.split(" ")[3]));
    assertThat(analysis.issues()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # ending                  | soprano, alto, tenor, bass of the last two chords | type
      # V–I with the third on top: imperfect
      V–I with 3 on top         | 71 67 62 55, 76 67 60 48                              | IAC
      # I–IV–I
      IV–I                      | 72 69 65 53, 72 67 64 48                              | plagal
      # I–V, ending on the dominant
      I–V                       | 72 67 64 48, 71 67 62 55                              | HC
      # V–vi
      V–vi                      | 71 67 62 55, 72 69 64 57                              | deceptive
      """)
  void namesTheCadenceTypeAtTheEnd(String ending, String voicings, String type) {
    String[] chords = voicings.split(", ");
    int[][] pitches = new int[chords.length][];
    for (int i = 0; i < chords.length; i++) {
      pitches[i] = java.util.Arrays.stream(chords[i].split(" ")).mapToInt(Integer::parseInt).toArray();
    }
    byte[] data = MidiWriter.write(MidiSong.of(ending, Pieces.satb(withOpeningTonic(pitches), 4)));

    List<Cadence> cadences = ANALYZER.analyze(data).cadences();

    assertThat(cadences).extracting(Cadence::type).last().isEqualTo(type);
    assertThat(cadences.getLast().bar()).isEqualTo(3);
  }

  /** C major in bar 1 first, so the key is clear before the ending. */
  private static int[][] withOpeningTonic(int[][] ending) {
    int[][] chords = new int[ending.length + 1][];
    chords[0] = new int[] {72, 67, 64, 48};
    System.arraycopy(ending, 0, chords, 1, ending.length);
    return chords;
  }
}
