package dev.cadenza.midi;

import java.util.List;

/**
 * One track of a song to write.
 *
 * @param name the track name written as a meta event
 * @param channel 0-based MIDI channel; 9 is General MIDI percussion
 * @param program General MIDI program, 0 to 127 (0 = acoustic grand piano)
 */
public record MidiPart(String name, int channel, int program, List<MidiNote> notes) {

  public MidiPart {
    if (name == null) {
      throw new IllegalArgumentException("illegal name: null, must be text (may be empty)");
    }
    if (channel < 0 || channel > 15) {
      throw new IllegalArgumentException("illegal channel: " + channel + ", must be 0 to 15");
    }
    if (program < 0 || program > 127) {
      throw new IllegalArgumentException("illegal program: " + program + ", must be 0 to 127");
    }
    notes = List.copyOf(notes);
  }

  /** A piano part on channel 0. */
  public static MidiPart piano(String name, List<MidiNote> notes) {
    return new MidiPart(name, 0, 0, notes);
  }
}
