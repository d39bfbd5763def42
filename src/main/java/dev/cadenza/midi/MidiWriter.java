package dev.cadenza.midi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/** Writes a {@link MidiSong} as a type 1 Standard MIDI File, ready for a browser or a sequencer to play. */
public final class MidiWriter {

  /** Resolution of written files. */
  public static final int TICKS_PER_QUARTER = 480;

  private MidiWriter() {}

  /** The song as SMF bytes: a conductor track followed by one track per part. */
  public static byte[] write(MidiSong song) {
    try {
      Sequence sequence = new Sequence(Sequence.PPQ, TICKS_PER_QUARTER);
      Track conductor = sequence.createTrack();
      conductor.add(meta(0x03, song.title().getBytes(StandardCharsets.UTF_8)));
      int micros = (int) Math.round(60_000_000 / song.bpm());
      conductor.add(meta(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}));
      TimeSignature meter = song.meter();
      byte power = (byte) Integer.numberOfTrailingZeros(meter.denominator());
      conductor.add(meta(0x58, new byte[] {(byte) meter.numerator(), power, 24, 8}));
      if (song.keySignature() != null) {
        conductor.add(meta(0x59, new byte[] {song.keySignature().byteValue(), (byte) (song.minor() ? 1 : 0)}));
      }
      for (MidiPart part : song.parts()) {
        writePart(sequence.createTrack(), part);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MidiSystem.write(sequence, 1, out);
      return out.toByteArray();
    } catch (InvalidMidiDataException e) {
      throw new IllegalStateException("a validated song produced an invalid MIDI message", e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  private static void writePart(Track track, MidiPart part) throws InvalidMidiDataException {
    track.add(meta(0x03, part.name().getBytes(StandardCharsets.UTF_8)));
    if (part.channel() != Note.DRUM_CHANNEL) {
      track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, part.channel(), part.program(), 0), 0));
    }
    List<MidiEvent> events = new ArrayList<>();
    for (MidiNote note : part.notes()) {
      events.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, part.channel(), note.pitch(), note.velocity()),
          ticks(note.onset())));
      events.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, part.channel(), note.pitch(), 0),
          Math.max(ticks(note.onset()) + 1, ticks(note.end()))));
    }
    events.sort(Comparator.comparingLong(MidiEvent::getTick).thenComparingInt(MidiWriter::offsFirst));
    events.forEach(track::add);
  }

  private static int offsFirst(MidiEvent event) {
    MidiMessage message = event.getMessage();
    return message instanceof ShortMessage shortMessage && shortMessage.getCommand() == ShortMessage.NOTE_OFF ? 0 : 1;
  }

  private static long ticks(double quarters) {
    return Math.round(quarters * TICKS_PER_QUARTER);
  }

  private static MidiEvent meta(int type, byte[] data) throws InvalidMidiDataException {
    return new MidiEvent(new MetaMessage(type, data, data.length), 0);
  }
}
