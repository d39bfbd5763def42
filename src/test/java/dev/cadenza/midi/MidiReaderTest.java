package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MidiReaderTest {

  private static MidiScore read(byte[] data) {
    return MidiReader.read(data, ReadLimits.defaults());
  }

  @Test
  void readsNotesTempoMeterAndTrackNamesWrittenByTheWriter() {
    MidiSong song = new MidiSong("Waltz", 120, new TimeSignature(3, 4), null, false, List.of(
        MidiPart.piano("Right hand", List.of(MidiNote.of(72, 0, 1), MidiNote.of(74, 1, 2))),
        new MidiPart("Left hand", 1, 0, List.of(MidiNote.of(48, 0, 3)))));

    MidiScore score = read(MidiWriter.write(song));

    assertThat(score.format()).isEqualTo(1);
    assertThat(score.trackNames()).containsExactly("Waltz", "Right hand", "Left hand");
    assertThat(score.meterAssumed()).isFalse();
    assertThat(score.timeline().meter(0)).isEqualTo(new TimeSignature(3, 4));
    assertThat(score.notes()).extracting(Note::pitch).containsExactly(48, 72, 74);
    Note second = score.notes().get(2);
    assertThat(second.onset()).isEqualTo(1.0);
    assertThat(second.duration()).isEqualTo(2.0);
    assertThat(second.onsetSeconds()).isCloseTo(0.5, within(1e-9));
    assertThat(second.durationSeconds()).isCloseTo(1.0, within(1e-9));
    assertThat(second.track()).isEqualTo(1);
    assertThat(score.notes().getFirst().channel()).isEqualTo(1);
  }

  @Test
  void readsRunningStatusInATypeZeroFile() {
    byte[] data = RawSmf.header(0, 1, 96).track(
        0x00, 0x90, 60, 100, 0x00, 64, 100, 0x00, 67, 100,
        0x60, 60, 0, 0x00, 64, 0, 0x00, 67, 0,
        0x00, 0xFF, 0x2F, 0x00).toBytes();

    MidiScore score = read(data);

    assertThat(score.format()).isZero();
    assertThat(score.notes()).extracting(Note::pitch).containsExactly(60, 64, 67);
    assertThat(score.notes()).allSatisfy(note -> assertThat(note.duration()).isEqualTo(1.0));
  }

  @Test
  void closesNotesWithoutNoteOffAtTheEndOfTheirTrack() {
    byte[] data = RawSmf.header(0, 1, 96).track(
        0x00, 0x90, 60, 100,
        0x83, 0x00, 0xFF, 0x2F, 0x00).toBytes();

    MidiScore score = read(data);

    assertThat(score.notes()).singleElement().satisfies(note -> assertThat(note.duration()).isEqualTo(4.0));
    assertThat(score.warnings()).anyMatch(warning -> warning.contains("no note-off"));
  }

  @Test
  void dropsZeroLengthNotesWithAWarning() {
    byte[] data = RawSmf.header(0, 1, 96).track(
        0x00, 0x90, 60, 100, 0x00, 0x80, 60, 0,
        0x00, 0x90, 62, 100, 0x60, 0x80, 62, 0,
        0x00, 0xFF, 0x2F, 0x00).toBytes();

    MidiScore score = read(data);

    assertThat(score.notes()).extracting(Note::pitch).containsExactly(62);
    assertThat(score.warnings()).anyMatch(warning -> warning.contains("1 zero-length"));
  }

  @Test
  void assumesFourFourAndSaysSoWhenTheFileHasNoTimeSignature() {
    byte[] data = RawSmf.header(0, 1, 96).track(0x00, 0x90, 60, 100, 0x60, 0x80, 60, 0).toBytes();

    MidiScore score = read(data);

    assertThat(score.meterAssumed()).isTrue();
    assertThat(score.timeline().meter(0)).isEqualTo(TimeSignature.COMMON_TIME);
    assertThat(score.warnings()).contains("The file has no time signature; 4/4 is assumed.");
  }

  @Test
  void followsATempoChangeWhenConvertingToSeconds() {
    byte[] data = RawSmf.header(0, 1, 96).track(
        0x00, 0xFF, 0x51, 0x03, 0x07, 0xA1, 0x20,
        0x00, 0x90, 60, 100, 0x60, 0x80, 60, 0,
        0x00, 0xFF, 0x51, 0x03, 0x0F, 0x42, 0x40,
        0x00, 0x90, 62, 100, 0x60, 0x80, 62, 0).toBytes();

    MidiScore score = read(data);

    assertThat(score.notes().get(1).onsetSeconds()).isCloseTo(0.5, within(1e-9));
    assertThat(score.notes().get(1).durationSeconds()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void keepsKeySignaturesAsHints() {
    byte[] data = MidiWriter.write(MidiSong.of("", List.of(MidiPart.piano("", List.of(MidiNote.of(60, 0, 1)))))
        .withKeySignature(-3, true));

    assertThat(read(data).keySignatures()).containsExactly(new MidiScore.KeySignatureEvent(0, -3, true));
  }

  @Test
  void keepsDrumsOutOfThePitchedNotes() {
    byte[] data = MidiWriter.write(MidiSong.of("", List.of(
        MidiPart.piano("Piano", List.of(MidiNote.of(60, 0, 1))),
        new MidiPart("Drums", Note.DRUM_CHANNEL, 0, List.of(MidiNote.of(36, 0, 0.5))))));

    MidiScore score = read(data);

    assertThat(score.notes()).hasSize(2);
    assertThat(score.pitchedNotes()).extracting(Note::pitch).containsExactly(60);
  }
}
