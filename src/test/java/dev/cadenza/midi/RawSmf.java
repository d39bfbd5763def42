package dev.cadenza.midi;

import java.io.ByteArrayOutputStream;

/** Builds MIDI bytes by hand, for the malformed and unusual files the writer never produces. */
final class RawSmf {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static RawSmf header(int format, int tracks, int division) {
    RawSmf smf = new RawSmf();
    smf.ascii("MThd").int32(6).int16(format).int16(tracks).int16(division);
    return smf;
  }

  /** Appends a track chunk with a correct length around the given event bytes. */
  RawSmf track(int... events) {
    ascii("MTrk").int32(events.length);
    for (int b : events) {
      out.write(b);
    }
    return this;
  }

  /** Appends raw bytes, for chunks with lying lengths. */
  RawSmf bytes(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  byte[] toBytes() {
    return out.toByteArray();
  }

  RawSmf ascii(String text) {
    for (char c : text.toCharArray()) {
      out.write(c);
    }
    return this;
  }

  RawSmf int32(int value) {
    return int16(value >>> 16).int16(value & 0xFFFF);
  }

  RawSmf int16(int value) {
    out.write(value >>> 8);
    out.write(value);
    return this;
  }
}
