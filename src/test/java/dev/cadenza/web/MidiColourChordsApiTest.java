package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Sus, sixth and ninth chords reach the MIDI endpoints: the chord list the chat page draws and the asked answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MidiColourChordsApiTest {

  /** C6 | Fmaj9 | G7sus4 | Cadd9, a whole-note block chord each. */
  private static final int[][] BARS = {{48, 55, 64, 69}, {41, 57, 64, 67, 72}, {43, 55, 60, 62, 65}, {48, 52, 55, 62}};

  RunningApp running;

  @BeforeAll
  void start(@TempDir Path temp) {
    running = RunningApp.start(temp, "t", 1 << 16, new RateLimit(600, 100));
  }

  @AfterAll
  void stop() throws IOException {
    running.close();
  }

  @Test
  void theAnalysisListsTheColourChords() {
    JsonNode chords = running.http().postMidi("/api/midi/analyze", piece(), null).json().get("chords");
    List<String> symbols = new ArrayList<>();
    chords.forEach(chord -> symbols.add(chord.get("symbol").asText()));
    assertThat(symbols).containsExactly("C6", "Fmaj9", "G7sus4", "Cadd9");
  }

  @Test
  void theAskedAnswerIsGivenTheColourChordsAsFacts() {
    Http.Reply reply = running.http().postMidi("/api/midi/ask", piece(), "Which chords does this piece use?");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("answer").asText()).contains("C6", "Fmaj9", "G7sus4", "Cadd9");
  }

  private static byte[] piece() {
    List<MidiNote> notes = new ArrayList<>();
    for (int bar = 0; bar < BARS.length; bar++) {
      for (int pitch : BARS[bar]) {
        notes.add(MidiNote.of(pitch, bar * 4.0, 4.0));
      }
    }
    return MidiWriter.write(MidiSong.of("colours", List.of(MidiPart.piano("chords", notes))).withKeySignature(0, false));
  }
}
