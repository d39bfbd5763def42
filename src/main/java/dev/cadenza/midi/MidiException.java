package dev.cadenza.midi;

/**
 * Input that cannot be read or analysed as a Standard MIDI File: too large, truncated, a wrong
 * header, an unsupported format or division, or more notes, events or tracks than the configured
 * {@link ReadLimits}. The message says what is wrong in words a student can act on; any parser
 * failure underneath is kept as the cause.
 *
 * <p>Unchecked, like the project's other input exceptions, so the HTTP layer maps it to a 400 in
 * one place. Every bad-input case ends in this exception: reading never hangs and never lets a
 * parser's runtime failure escape.
 */
public class MidiException extends RuntimeException {
  public MidiException(String message) {
    super(message);
  }

  public MidiException(String message, Throwable cause) {
    super(message, cause);
  }
}
