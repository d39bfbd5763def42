package dev.cadenza.midi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Walks the chunks and events of a Standard MIDI File without building anything, so that every
 * length field is checked against the bytes that are really there before {@code javax.sound.midi}
 * allocates for it. A file that passes is safe to hand to {@code MidiSystem.getSequence}.
 */
final class SmfScanner {

  /** What the header says, once the whole file has been checked. */
  record Header(int format, int tracks, int ticksPerQuarter) {}

  private static final int HEADER_CHUNK_BYTES = 14;
  private static final int MAX_VARIABLE_LENGTH_BYTES = 4;

  private final byte[] data;
  private final ReadLimits limits;
  private int pos;
  private int events;
  private int notes;

  private SmfScanner(byte[] data, ReadLimits limits) {
    this.data = data;
    this.limits = limits;
  }

  /**
   * Checks the whole file against the SMF layout and the limits; throws a {@link MidiException}
   * naming the first problem.
   */
  static Header scan(byte[] data, ReadLimits limits) {
    if (data == null || data.length == 0) {
      throw new MidiException("The file is empty.");
    }
    if (data.length > limits.maxBytes()) {
      throw new MidiException(String.format(Locale.ROOT,
          "The file is %,d bytes, larger than the limit of %,d bytes.", data.length, limits.maxBytes()));
    }
    return new SmfScanner(data, limits).scanFile();
  }

  private Header scanFile() {
    if (data.length < HEADER_CHUNK_BYTES || !"MThd".equals(chunkId(0))) {
      throw new MidiException(data.length >= 4 && "RIFF".equals(chunkId(0))
          ? "This is a RIFF (.rmi) file; export it as a standard .mid file."
          : "This is not a Standard MIDI File: it does not start with the 'MThd' header.");
    }
    long headerLength = uint32(4);
    if (headerLength < 6 || headerLength > data.length - 8) {
      throw new MidiException("The MIDI header chunk has an invalid length of " + headerLength + " bytes.");
    }
    int format = uint16(8);
    int tracks = uint16(10);
    int division = uint16(12);
    checkHeader(format, tracks, division);
    pos = 8 + (int) headerLength;
    int found = 0;
    while (pos < data.length && found < tracks) {
      found += scanChunk(found + 1) ? 1 : 0;
    }
    if (found < tracks) {
      throw new MidiException("The file is truncated: the header declares " + tracks + " tracks but only "
          + found + " are present.");
    }
    return new Header(format, tracks, division);
  }

  private void checkHeader(int format, int tracks, int division) {
    if (format == 2) {
      throw new MidiException("MIDI type 2 files (independent sequences) are not supported; export as type 0 or 1.");
    }
    if (format > 2) {
      throw new MidiException("Unknown MIDI file type " + format + "; only types 0 and 1 are supported.");
    }
    if (tracks == 0) {
      throw new MidiException("The MIDI header declares no tracks.");
    }
    if (tracks > limits.maxTracks()) {
      throw new MidiException("The MIDI header declares " + tracks + " tracks, more than the limit of "
          + limits.maxTracks() + ".");
    }
    if (format == 0 && tracks != 1) {
      throw new MidiException("A MIDI type 0 file must have exactly one track, but this header declares " + tracks + ".");
    }
    if ((division & 0x8000) != 0) {
      throw new MidiException("SMPTE time division is not supported; export with ticks per quarter note.");
    }
    if (division == 0) {
      throw new MidiException("The MIDI header gives 0 ticks per quarter note.");
    }
  }

  /** Checks one chunk at {@code pos} and moves past it; true when it was a track chunk. */
  private boolean scanChunk(int trackNumber) {
    if (data.length - pos < 8) {
      throw new MidiException("The file is truncated inside the header of track " + trackNumber + ".");
    }
    String id = chunkId(pos);
    long length = uint32(pos + 4);
    int start = pos + 8;
    if (length > data.length - start) {
      throw new MidiException(String.format(Locale.ROOT,
          "The file is truncated: track %d should hold %,d bytes but only %,d remain.",
          trackNumber, length, data.length - start));
    }
    int end = start + (int) length;
    boolean track = "MTrk".equals(id);
    if (track) {
      pos = start;
      scanEvents(end, trackNumber);
    }
    pos = end;
    return track;
  }

  private void scanEvents(int end, int track) {
    int runningStatus = -1;
    while (pos < end) {
      readVariableLength(end, track);
      int status = readByte(end, track);
      if (status < 0x80) {
        if (runningStatus < 0) {
          throw problem(track, "a data byte appears before any status byte");
        }
        pos--;
        status = runningStatus;
      }
      countEvent(track);
      if (status == 0xFF) {
        int type = readByte(end, track);
        skip(readVariableLength(end, track), end, track);
        if (type == 0x2F) {
          return;
        }
      } else if (status == 0xF0 || status == 0xF7) {
        skip(readVariableLength(end, track), end, track);
      } else if (status >= 0xF0) {
        throw problem(track, String.format(Locale.ROOT, "status byte 0x%02X is not allowed in a MIDI file", status));
      } else {
        runningStatus = status;
        scanChannelMessage(status, end, track);
      }
    }
  }

  private void scanChannelMessage(int status, int end, int track) {
    int command = status & 0xF0;
    int dataBytes = command == 0xC0 || command == 0xD0 ? 1 : 2;
    readDataByte(end, track);
    int second = dataBytes == 2 ? readDataByte(end, track) : 0;
    if (command == 0x90 && second > 0 && ++notes > limits.maxNotes()) {
      throw new MidiException(String.format(Locale.ROOT, "The file has more than %,d notes, the limit.", limits.maxNotes()));
    }
  }

  private void countEvent(int track) {
    if (++events > limits.maxEvents()) {
      throw new MidiException(String.format(Locale.ROOT,
          "The file has more than %,d events (limit reached in track %d).", limits.maxEvents(), track));
    }
  }

  private int readDataByte(int end, int track) {
    int value = readByte(end, track);
    if (value >= 0x80) {
      throw problem(track, String.format(Locale.ROOT, "a message is cut short by status byte 0x%02X", value));
    }
    return value;
  }

  private long readVariableLength(int end, int track) {
    long value = 0;
    for (int i = 0; i < MAX_VARIABLE_LENGTH_BYTES; i++) {
      int b = readByte(end, track);
      value = (value << 7) | (b & 0x7F);
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw problem(track, "a variable-length number is longer than four bytes");
  }

  private void skip(long length, int end, int track) {
    if (length > end - pos) {
      throw problem(track, "an event claims " + length + " bytes but only " + (end - pos) + " remain in the track");
    }
    pos += (int) length;
  }

  private int readByte(int end, int track) {
    if (pos >= end) {
      throw problem(track, "the track ends in the middle of an event");
    }
    return data[pos++] & 0xFF;
  }

  private MidiException problem(int track, String what) {
    return new MidiException("Track " + track + " is damaged at byte " + pos + ": " + what + ".");
  }

  private String chunkId(int offset) {
    return new String(data, offset, 4, StandardCharsets.ISO_8859_1);
  }

  private int uint16(int offset) {
    return ((data[offset] & 0xFF) << 8) | (data[offset + 1] & 0xFF);
  }

  private long uint32(int offset) {
    return ((long) uint16(offset) << 16) | uint16(offset + 2);
  }
}
