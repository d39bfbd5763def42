package dev.cadenza.midi;

import java.util.Comparator;
import java.util.List;

/**
 * What a piece holds once read, from a MIDI file or from ABC text: its notes, kept in order of onset,
 * pitch and track, and the context needed to place them in time, with what the reader had to assume
 * or repair. {@link MidiAnalyzer#analyze(MidiScore)} analyses it whatever it was read from.
 *
 * @param format SMF type, 0 or 1 (one part or several)
 * @param trackNames one per track chunk, empty where the track has no name
 * @param keySignatures key-signature meta events: hints only, since exporters often write C major
 * @param meterAssumed true when the file has no time signature and 4/4 was assumed
 * @param warnings what the reader repaired or ignored, in plain words
 */
public record MidiScore(int format, List<Note> notes, List<String> trackNames, Timeline timeline,
    List<KeySignatureEvent> keySignatures, boolean meterAssumed, List<String> warnings) {

  /** A key-signature meta event: {@code sharps} is negative for flats. */
  public record KeySignatureEvent(double onset, int sharps, boolean minor) {}

  public MidiScore {
    notes = notes.stream()
        .sorted(Comparator.comparingDouble(Note::onset).thenComparingInt(Note::pitch).thenComparingInt(Note::track))
        .toList();
    trackNames = List.copyOf(trackNames);
    keySignatures = List.copyOf(keySignatures);
    warnings = List.copyOf(warnings);
  }

  /** The notes that take part in harmony: everything but the percussion channel. */
  public List<Note> pitchedNotes() {
    return notes.stream().filter(note -> !note.isDrum()).toList();
  }

  /** Where the last note ends, in quarter notes. */
  double end() {
    return notes.stream().mapToDouble(Note::end).max().orElse(0);
  }
}
