package dev.cadenza.midi;

/**
 * How full the music is, from the pitched notes (percussion left out).
 *
 * @param label "monophonic", "homophonic: block chords", "homophonic: melody and accompaniment" or
 *     "polyphonic: independent lines"
 * @param parts tracks and channels that carry pitched notes
 * @param averageVoices notes sounding at once, averaged over the time anything sounds
 * @param maxVoices the most notes sounding at once
 * @param notesPerSecond pitched notes per second from the first onset to the last release
 * @param notesPerBar pitched notes per bar
 */
public record Texture(String label, int parts, double averageVoices, int maxVoices, double notesPerSecond,
    double notesPerBar) {}
