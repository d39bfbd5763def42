package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MidiAnalyzerTest {

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  /** A waltz in G: one chord per bar of 3/4, bass on beat 1 and the upper notes on beats 2 and 3. */
  private static byte[] waltz() {
    int[][] chords = {{43, 59, 62, 67}, {48, 60, 64, 67}, {50, 60, 62, 66}, {43, 59, 62, 67}};
    List<MidiNote> notes = new ArrayList<>();
    for (int bar = 0; bar < chords.length; bar++) {
      notes.add(MidiNote.of(chords[bar][0], bar * 3, 3));
      for (int beat = 1; beat < 3; beat++) {
        for (int upper = 1; upper < 4; upper++) {
          notes.add(MidiNote.of(chords[bar][upper], bar * 3 + beat, 1));
        }
      }
    }
    return MidiWriter.write(MidiSong.of("Waltz", List.of(MidiPart.piano("Piano", notes)))
        .withMeter(new TimeSignature(3, 4)));
  }

  @Test
  void readsThreeFourFromTheTimeSignatureAndNumbersBarsByIt() {
    MidiAnalysis analysis = ANALYZER.analyze(waltz());

    assertThat(analysis.meter()).isEqualTo("3/4");
    assertThat(analysis.meterAssumed()).isFalse();
    assertThat(analysis.bars()).isEqualTo(4);
    assertThat(analysis.barLines()).extracting(BarLine::beats).containsOnly(3);
    assertThat(analysis.chords()).extracting(ChordLabel::bar).containsExactly(1, 2, 3, 4);
    assertThat(analysis.chords()).extracting(ChordLabel::roman).containsExactly("I", "IV", "V7", "I");
    assertThat(analysis.key().name()).isEqualTo("G major");
  }

  @Test
  void placesBeatsWithinABarOfThreeFour() {
    List<MidiNote> notes = List.of(MidiNote.of(60, 0, 1), MidiNote.of(64, 0, 1), MidiNote.of(67, 0, 1),
        MidiNote.of(65, 4, 1), MidiNote.of(69, 4, 1), MidiNote.of(72, 4, 1));
    byte[] data = MidiWriter.write(MidiSong.of("", List.of(MidiPart.piano("", notes))).withMeter(new TimeSignature(3, 4)));

    assertThat(ANALYZER.analyze(data).chords()).extracting(ChordLabel::bar, ChordLabel::beat)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1.0), org.assertj.core.groups.Tuple.tuple(2, 2.0));
  }

  @Test
  void statesThatFourFourWasAssumedWhenTheFileHasNoTimeSignature() {
    byte[] data = RawSmf.header(0, 1, 96).track(
        0x00, 0x90, 60, 100, 0x00, 64, 100, 0x00, 67, 100,
        0x83, 0x00, 60, 0, 0x00, 64, 0, 0x00, 67, 0).toBytes();

    MidiAnalysis analysis = ANALYZER.analyze(data);

    assertThat(analysis.meter()).isEqualTo("4/4");
    assertThat(analysis.meterAssumed()).isTrue();
    assertThat(analysis.feedback()).contains("(assumed: the file has no time signature)");
  }

  @Test
  void leavesTheDrumTrackOutOfTheHarmony() {
    List<MidiPart> parts = new ArrayList<>(Pieces.satb(Pieces.cadenceChords(0, false), 4));
    List<MidiNote> hits = new ArrayList<>();
    for (int beat = 0; beat < 16; beat++) {
      hits.add(new MidiNote(beat % 2 == 0 ? 37 : 42, beat, 0.5, 120));
      hits.add(new MidiNote(46, beat + 0.5, 0.5, 120));
    }
    parts.add(new MidiPart("Drums", Note.DRUM_CHANNEL, 0, hits));

    MidiAnalysis analysis = ANALYZER.analyze(MidiWriter.write(MidiSong.of("With drums", parts)));

    assertThat(analysis.key().name()).isEqualTo("C major");
    assertThat(analysis.chords()).extracting(ChordLabel::symbol).containsExactly("C", "F", "G", "C");
    assertThat(analysis.issues()).isEmpty();
    assertThat(analysis.notes()).filteredOn(note -> note.channel() == Note.DRUM_CHANNEL).hasSize(32)
        .allSatisfy(note -> assertThat(note.name()).isEmpty());
  }

  @Test
  void reportsAModulationToTheDominant() {
    MidiAnalysis analysis = ANALYZER.analyze(Pieces.modulatingMelody());

    assertThat(analysis.modulations()).singleElement().satisfies(modulation -> {
      assertThat(modulation.from()).isEqualTo("C major");
      assertThat(modulation.to()).isEqualTo("G major");
      assertThat(modulation.relation()).isEqualTo("dominant");
      assertThat(modulation.bar()).isEqualTo(9);
    });
    assertThat(analysis.feedback()).contains("it moves to G major (the dominant)");
  }

  @Test
  void treatsAWrongKeySignatureAsAHintAndSaysSo() {
    byte[] data = MidiWriter.write(MidiSong.of("E minor", Pieces.satb(Pieces.cadenceChords(4, true), 4))
        .withKeySignature(0, false));

    MidiAnalysis analysis = ANALYZER.analyze(data);

    assertThat(analysis.key().name()).isEqualTo("E minor");
    assertThat(analysis.keyHints()).containsExactly(new KeyHint(1, 1.0, "C major", "E minor", false));
    assertThat(analysis.warnings()).anyMatch(warning -> warning.contains("says C major but the notes suggest E minor"));
  }

  @Test
  void spellsAnEnharmonicKeyAsItsKeySignatureDoes() {
    byte[] data = MidiWriter.write(MidiSong.of("Gb", Pieces.satb(Pieces.cadenceChords(6, false), 4))
        .withKeySignature(-6, false));

    MidiAnalysis analysis = ANALYZER.analyze(data);

    assertThat(analysis.key().tonic()).isEqualTo("Gb");
    assertThat(analysis.chords()).extracting(ChordLabel::symbol).containsExactly("Gb", "Cb", "Db", "Gb");
    assertThat(analysis.keyHints()).singleElement().satisfies(hint -> assertThat(hint.agrees()).isTrue());
  }

  @Test
  void spellsPitchesInTheEstimatedKey() {
    List<String> inDFlat = ANALYZER.analyze(Pieces.cadence(1, false)).notes().stream().map(NoteEvent::name).toList();
    List<String> inD = ANALYZER.analyze(Pieces.cadence(2, false)).notes().stream().map(NoteEvent::name).toList();

    assertThat(inDFlat).contains("Gb3", "Db3").noneMatch(name -> name.contains("#"));
    assertThat(inD).contains("F#4", "C#5").noneMatch(name -> name.contains("b"));
  }

  @Test
  void analysesAFileWithOnlyPercussion() {
    byte[] data = MidiWriter.write(MidiSong.of("Beat", List.of(
        new MidiPart("Drums", Note.DRUM_CHANNEL, 0, List.of(MidiNote.of(36, 0, 1), MidiNote.of(38, 1, 1))))));

    MidiAnalysis analysis = ANALYZER.analyze(data);

    assertThat(analysis.key()).isNull();
    assertThat(analysis.chords()).isEmpty();
    assertThat(analysis.notes()).hasSize(2);
    assertThat(analysis.feedback()).contains("only percussion");
  }

  @Test
  void survivesAnUnquantisedPerformance() {
    Random random = new Random(2024);
    System.out.println("unquantised performance seed 2024");
    List<MidiPart> parts = new ArrayList<>();
    for (MidiPart part : Pieces.satb(Pieces.cadenceChords(9, true), 4)) {
      parts.add(new MidiPart(part.name(), part.channel(), part.program(), part.notes().stream()
          .map(note -> new MidiNote(note.pitch(), Math.max(0, note.onset() + random.nextGaussian() * 0.05),
              note.duration() * (0.85 + 0.1 * random.nextDouble()), 60 + random.nextInt(40)))
          .toList()));
    }

    MidiAnalysis analysis = ANALYZER.analyze(MidiWriter.write(MidiSong.of("Played", parts)));

    assertThat(analysis.key().name()).isEqualTo("A minor");
    assertThat(analysis.chords()).extracting(ChordLabel::roman).containsExactly("i", "iv", "V", "i");
    assertThat(analysis.cadences()).extracting(Cadence::type).containsExactly("PAC");
  }
}
