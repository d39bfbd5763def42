package dev.cadenza.midi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Reads a type 0 or type 1 Standard MIDI File into a {@link MidiScore}. The bytes are first
 * checked by {@link SmfScanner}, then parsed by {@code javax.sound.midi} (which handles running
 * status). Tempo, time-signature and key-signature events are taken from any track.
 */
public final class MidiReader {

  private static final int META_TRACK_NAME = 0x03;
  private static final int META_TEMPO = 0x51;
  private static final int META_TIME_SIGNATURE = 0x58;
  private static final int META_KEY_SIGNATURE = 0x59;
  private static final int MAX_NAME_LENGTH = 64;

  private final ReadLimits limits;
  private final TreeMap<Double, Integer> tempos = new TreeMap<>();
  private final TreeMap<Double, TimeSignature> meters = new TreeMap<>();
  private final List<MidiScore.KeySignatureEvent> keySignatures = new ArrayList<>();
  private final List<String> trackNames = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private double ticksPerQuarter;
  private int ignoredMeta;

  private MidiReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads a whole file; throws a {@link MidiException} for anything that is not a readable type 0 or 1 file. */
  public static MidiScore read(byte[] data, ReadLimits limits) {
    SmfScanner.Header header = SmfScanner.scan(data, limits);
    return new MidiReader(limits).readSequence(parse(data), header.format());
  }

  private static Sequence parse(byte[] data) {
    try {
      return MidiSystem.getSequence(new ByteArrayInputStream(data));
    } catch (InvalidMidiDataException | IOException | RuntimeException e) {
      throw new MidiException("The MIDI data could not be parsed: " + e.getMessage(), e);
    }
  }

  private MidiScore readSequence(Sequence sequence, int format) {
    ticksPerQuarter = sequence.getResolution();
    List<List<NotePairer.TickNote>> tickNotes = new ArrayList<>();
    int zeroLength = 0;
    int unclosed = 0;
    for (Track track : sequence.getTracks()) {
      NotePairer pairer = readTrack(track);
      tickNotes.add(pairer.notes());
      zeroLength += pairer.zeroLength();
      unclosed += pairer.unclosed();
    }
    Timeline timeline = new Timeline(tempos, meters);
    List<Note> notes = toNotes(tickNotes, timeline);
    warnIf(meters.isEmpty(), "The file has no time signature; 4/4 is assumed.");
    warnIf(zeroLength > 0, zeroLength + " zero-length notes were ignored.");
    warnIf(unclosed > 0, unclosed + " notes had no note-off and were closed at the end of their track.");
    warnIf(ignoredMeta > 0, ignoredMeta + " malformed tempo, time-signature or key-signature events were ignored.");
    return new MidiScore(format, notes, trackNames, timeline, keySignatures, meters.isEmpty(), warnings);
  }

  private NotePairer readTrack(Track track) {
    NotePairer pairer = new NotePairer();
    String name = "";
    for (int i = 0; i < track.size(); i++) {
      MidiEvent event = track.get(i);
      if (event.getMessage() instanceof ShortMessage message) {
        int command = message.getCommand();
        if (command == ShortMessage.NOTE_ON && message.getData2() > 0) {
          pairer.noteOn(event.getTick(), message.getChannel(), message.getData1(), message.getData2());
        } else if (command == ShortMessage.NOTE_OFF || command == ShortMessage.NOTE_ON) {
          pairer.noteOff(event.getTick(), message.getChannel(), message.getData1());
        }
      } else if (event.getMessage() instanceof MetaMessage meta) {
        if (meta.getType() == META_TRACK_NAME && name.isEmpty()) {
          name = text(meta.getData());
        } else {
          readMeta(meta.getType(), meta.getData(), event.getTick() / ticksPerQuarter);
        }
      }
    }
    pairer.endTrack(track.ticks());
    trackNames.add(name);
    return pairer;
  }

  private void readMeta(int type, byte[] data, double quarters) {
    if (type == META_TEMPO) {
      int micros = data.length == 3 ? ((data[0] & 0xFF) << 16) | ((data[1] & 0xFF) << 8) | (data[2] & 0xFF) : 0;
      if (micros > 0) {
        tempos.put(quarters, micros);
      } else {
        ignoredMeta++;
      }
    } else if (type == META_TIME_SIGNATURE) {
      if (data.length >= 2 && data[0] >= 1 && data[0] <= 64 && data[1] >= 0 && data[1] <= 6) {
        meters.put(quarters, new TimeSignature(data[0], 1 << data[1]));
      } else {
        ignoredMeta++;
      }
    } else if (type == META_KEY_SIGNATURE) {
      if (data.length == 2 && data[0] >= -7 && data[0] <= 7 && (data[1] == 0 || data[1] == 1)) {
        keySignatures.add(new MidiScore.KeySignatureEvent(quarters, data[0], data[1] == 1));
      } else {
        ignoredMeta++;
      }
    }
  }

  private List<Note> toNotes(List<List<NotePairer.TickNote>> tickNotes, Timeline timeline) {
    List<Note> notes = new ArrayList<>();
    for (int track = 0; track < tickNotes.size(); track++) {
      for (NotePairer.TickNote raw : tickNotes.get(track)) {
        double onset = raw.on() / ticksPerQuarter;
        double end = raw.off() / ticksPerQuarter;
        if (end > limits.maxQuarterNotes()) {
          throw new MidiException(String.format(Locale.ROOT,
              "The music lasts more than %,d quarter notes, the limit.", limits.maxQuarterNotes()));
        }
        double onsetSeconds = timeline.seconds(onset);
        notes.add(new Note(onset, end - onset, onsetSeconds, timeline.seconds(end) - onsetSeconds, raw.pitch(),
            raw.velocity(), track, raw.channel()));
      }
    }
    if (notes.isEmpty()) {
      throw new MidiException("The file contains no notes.");
    }
    return notes;
  }

  private void warnIf(boolean condition, String warning) {
    if (condition) {
      warnings.add(warning);
    }
  }

  /** Meta text as UTF-8 where it is valid, otherwise Latin-1, without control characters. */
  private static String text(byte[] data) {
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      decoded = new String(data, StandardCharsets.ISO_8859_1);
    }
    String clean = decoded.replaceAll("\\p{Cntrl}", "").strip();
    return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) : clean;
  }
}
