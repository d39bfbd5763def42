package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.voice.Issue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoiceLeadingTest {

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  /** Four-part chords, soprano first, as "S A T B, S A T B", each chord a half note in 4/4. */
  private static byte[] exercise(String chords) {
    return exercise(chords, String.join(" ", Collections.nCopies(chords.split(", ").length, "2")));
  }

  /** Four-part chords lasting the given numbers of quarter notes, e.g. "4 2". */
  private static byte[] exercise(String chords, String beats) {
    String[] voicings = chords.split(", ");
    double[] lengths = Arrays.stream(beats.split(" ")).mapToDouble(Double::parseDouble).toArray();
    String[] names = {"Soprano", "Alto", "Tenor", "Bass"};
    List<MidiPart> parts = new ArrayList<>();
    for (int voice = 0; voice < 4; voice++) {
      List<MidiNote> notes = new ArrayList<>();
      double onset = 0;
      for (int chord = 0; chord < voicings.length; chord++) {
        notes.add(MidiNote.of(Integer.parseInt(voicings[chord].split(" ")[voice]), onset, lengths[chord]));
        onset += lengths[chord];
      }
      parts.add(new MidiPart(names[voice], voice, 0, notes));
    }
    return MidiWriter.write(MidiSong.of("Exercise", parts));
  }

  /** The issues about voice leading, leaving aside whether the short example ends on the tonic. */
  private static List<Issue> voiceLeadingIssues(byte[] data) {
    return ANALYZER.analyze(data).issues().stream().filter(issue -> !issue.rule().equals("final-cadence")).toList();
  }

  @Test
  void placesParallelFifthsBetweenAltoAndBassAtTheBeatTheyArrive() {
    // I, ii, V, I in C major; alto G4→A4 over bass C3→D3 makes the fifths on bar 1, beat 3.
    byte[] data = exercise("76 67 60 48, 74 69 65 50, 71 67 62 55, 72 67 64 48");

    MidiAnalysis analysis = ANALYZER.analyze(data);

    assertThat(analysis.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.bar()).isEqualTo(1);
      assertThat(issue.beat()).isEqualTo(3.0);
      assertThat(issue.rule()).isEqualTo("parallel-fifths");
      assertThat(issue.message()).isEqualTo("Parallel fifths between alto and bass: G4 over C3 moves to A4 over D3.");
    });
    assertThat(analysis.chords()).extracting(ChordLabel::roman).containsExactly("I", "ii", "V", "I");
    assertThat(analysis.cadences()).extracting(Cadence::type).containsExactly("PAC");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # rule                  | soprano alto tenor bass, twice | beats each | bar | beat | expected message
      # I–IV: soprano and bass rise a fourth together, C5/C3 to F5/F3 (a long tonic first keeps C major the key)
      parallel-octaves        | 72 64 55 48, 77 69 57 53 | 4 2 | 2 | 1 | Parallel octaves between soprano and bass: C5 over C3 moves to F5 over F3.
      # IV–V: both outer voices rise, the soprano by a leap, into the fifth D5 over G3
      hidden-fifths           | 69 65 60 53, 74 62 59 55 | 2 2 | 1 | 3 | Hidden fifths between soprano and bass: both move up into a fifth (D5 over G3) with a leap in the soprano.
      # I–V: both outer voices fall into the octave G4 over G2, the soprano by a sixth
      hidden-octaves          | 76 67 60 48, 67 67 59 43 | 4 2 | 2 | 1 | Hidden octaves between soprano and bass: both move down into an octave (G4 over G2) with a leap in the soprano.
      # the alto leaps above the soprano
      voice-crossing          | 72 64 55 48, 67 72 64 48 | 2 2 | 1 | 3 | The alto (C5) is above the soprano (G4).
      # I–IV: the tenor rises above the note the alto has just left
      voice-overlap           | 72 64 55 48, 72 69 65 53 | 4 2 | 2 | 1 | The tenor moves up to F4, above the alto's previous note E4.
      # soprano and alto a tenth apart
      spacing                 | 72 64 55 48, 76 60 55 48 | 2 2 | 1 | 3 | Soprano and alto are more than an octave apart (C4 to E5, major tenth).
      # the bass drops to C2
      range                   | 72 64 55 48, 72 64 55 36 | 2 2 | 1 | 3 | The bass's C2 is below its range (E2–C4).
      # V–I with the leading tone falling in the soprano (a long tonic keeps C major the key)
      unresolved-leading-tone | 71 67 62 55, 67 64 60 60 | 2 4 | 1 | 3 | The leading tone B4 in the soprano moves to G4 instead of rising to C5.
      # V7–I with the seventh F4 rising in the alto
      unresolved-seventh      | 71 65 62 55, 72 67 64 48 | 2 2 | 1 | 3 | The seventh of G7, F4 in the alto, moves to G4 instead of falling by step.
      """)
  void reportsEachRuleWhereTheSecondChordArrives(String rule, String chords, String beats, int bar, double beat,
      String message) {
    assertThat(voiceLeadingIssues(exercise(chords, beats))).containsExactly(new Issue(bar, beat, rule, message));
  }

  @Test
  void checksFourVoicesPlayedAsChordsInOneTrack() {
    List<MidiNote> notes = new ArrayList<>();
    int[][] chords = {{76, 67, 60, 48}, {74, 69, 65, 50}};
    for (int chord = 0; chord < chords.length; chord++) {
      for (int pitch : chords[chord]) {
        notes.add(MidiNote.of(pitch, chord * 2, 2));
      }
    }
    byte[] data = MidiWriter.write(MidiSong.of("Piano", List.of(MidiPart.piano("Piano", notes))));

    assertThat(voiceLeadingIssues(data)).extracting(Issue::rule).containsExactly("parallel-fifths");
  }

  @Test
  void skipsVoiceLeadingForTexturesThatAreNotFourParts() {
    MidiAnalysis analysis = ANALYZER.analyze(Pieces.melody(0, false, 1));

    assertThat(analysis.feedback()).contains("Voice-leading rules were not checked");
  }
}
