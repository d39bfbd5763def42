package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MidiBadInputTest {

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();
  private static final byte[] VALID = MidiWriter.write(MidiSong.of("Test", List.of(
      MidiPart.piano("Piano", List.of(MidiNote.of(60, 0, 1), MidiNote.of(64, 1, 1))))));

  private static void assertRejected(byte[] data, String messagePart) {
    assertRejected(data, ReadLimits.defaults(), messagePart);
  }

  private static void assertRejected(byte[] data, ReadLimits limits, String messagePart) {
    assertThatThrownBy(() -> MidiReader.read(data, limits))
        .isInstanceOf(MidiException.class)
        .hasMessageContaining(messagePart);
  }

  @Test
  void rejectsAnEmptyFile() {
    assertRejected(new byte[0], "empty");
  }

  @Test
  void rejectsAFileWithoutTheMidiHeader() {
    assertRejected("ID3 this is an mp3 file, not midi".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "'MThd'");
  }

  @Test
  void rejectsTypeTwoFilesNamingTheType() {
    assertRejected(RawSmf.header(2, 1, 96).track(0x00, 0xFF, 0x2F, 0x00).toBytes(), "type 2");
  }

  @Test
  void rejectsAnAbsurdTrackCount() {
    assertRejected(RawSmf.header(1, 60_000, 96).track(0x00, 0xFF, 0x2F, 0x00).toBytes(), "60000 tracks");
  }

  @Test
  void rejectsAHeaderThatDeclaresMoreTracksThanThereAre() {
    assertRejected(RawSmf.header(1, 3, 96).track(0x00, 0xFF, 0x2F, 0x00).toBytes(), "only 1 are present");
  }

  @Test
  void rejectsATrackCutShortByTheEndOfTheFile() {
    assertRejected(Arrays.copyOf(VALID, VALID.length - 5), "truncated");
  }

  @Test
  void rejectsATrackLengthThatPointsPastTheEndOfTheFile() {
    byte[] data = RawSmf.header(0, 1, 96).ascii("MTrk").int32(0x7FFFFFF0).bytes(0x00, 0x90, 60, 100).toBytes();
    assertRejected(data, "truncated");
  }

  @Test
  void rejectsAMetaEventLongerThanItsTrack() {
    byte[] data = RawSmf.header(0, 1, 96).track(0x00, 0xFF, 0x01, 0x8F, 0xFF, 0xFF, 0x7F, 0x41).toBytes();
    assertRejected(data, "claims");
  }

  @Test
  void rejectsADataByteBeforeAnyStatus() {
    assertRejected(RawSmf.header(0, 1, 96).track(0x00, 60, 100).toBytes(), "before any status byte");
  }

  @Test
  void rejectsSmpteTimeDivision() {
    assertRejected(RawSmf.header(0, 1, 0xE728).track(0x00, 0xFF, 0x2F, 0x00).toBytes(), "SMPTE");
  }

  @Test
  void rejectsAFileOverTheSizeLimit() {
    assertRejected(VALID, ReadLimits.defaults().withMaxBytes(VALID.length - 1), "larger than the limit");
  }

  @Test
  void appliesTheAnalyzersConfiguredSizeLimit() {
    MidiAnalyzer strict = new MidiAnalyzer(AnalyzerOptions.defaults().withLimits(ReadLimits.defaults().withMaxBytes(64)));

    assertThatThrownBy(() -> strict.analyze(Pieces.cadence(0, false)))
        .isInstanceOf(MidiException.class)
        .hasMessageContaining("larger than the limit of 64 bytes");
  }

  @Test
  void rejectsMoreNotesThanTheLimit() {
    assertRejected(VALID, ReadLimits.defaults().withMaxNotes(1), "more than 1 notes");
  }

  @Test
  void rejectsAFileWithNoNotes() {
    assertRejected(RawSmf.header(0, 1, 96).track(0x00, 0xFF, 0x2F, 0x00).toBytes(), "no notes");
  }

  @Test
  void analysesThousandsOfTimeSignatureChangesQuickly() {
    int changes = 40_000;
    int[] events = new int[4 + changes * 8 + 4];
    System.arraycopy(new int[] {0x00, 0x90, 60, 100}, 0, events, 0, 4);
    for (int i = 0; i < changes; i++) {
      int[] oneEighthBar = {0x01, 0xFF, 0x58, 0x04, 0x01, 0x03, 0x18, 0x08};
      System.arraycopy(oneEighthBar, 0, events, 4 + i * 8, 8);
    }
    System.arraycopy(new int[] {0x01, 0x80, 60, 0}, 0, events, 4 + changes * 8, 4);
    byte[] data = RawSmf.header(0, 1, 2).track(events).toBytes();

    MidiAnalysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ANALYZER.analyze(data));

    assertThat(analysis.bars()).isEqualTo(changes + 1);
  }

  @Test
  void rejectsMusicLongerThanTheLengthLimit() {
    byte[] data = RawSmf.header(0, 1, 1).track(
        0x00, 0x90, 60, 100, 0xFF, 0xFF, 0xFF, 0x7F, 0x80, 60, 0).toBytes();
    assertRejected(data, "quarter notes, the limit");
  }
}
