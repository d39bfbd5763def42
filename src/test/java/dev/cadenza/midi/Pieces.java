package dev.cadenza.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated test music: scales, cadences and melodies in any key, written with {@link MidiWriter}. */
final class Pieces {

  /** Soprano, alto, tenor and bass of I–IV–V–I in C major, as MIDI numbers; in range from F# to F major. */
  private static final int[][] CADENCE_IN_C = {
      {72, 64, 55, 48}, {72, 65, 57, 53}, {71, 62, 55, 55}, {72, 64, 55, 48}};
  private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
  private static final int[] HARMONIC_MINOR = {0, 2, 3, 5, 7, 8, 11};
  private static final int[] NATURAL_MINOR = {0, 2, 3, 5, 7, 8, 10};
  private static final int[] MELODIC_MINOR_UP = {0, 2, 3, 5, 7, 9, 11};
  /** Scale degrees (0-based) of the chord roots of an eight-bar plan: I I IV V I IV V I. */
  private static final int[] PLAN = {0, 0, 3, 4, 0, 3, 4, 0};

  private Pieces() {}

  /** Transposition from C that keeps a key's music within a tritone of the C-major version. */
  static int shift(int tonic) {
    return tonic <= 5 ? tonic : tonic - 12;
  }

  /** The four voices of each chord of I–IV–V–I (i–iv–V–i with a raised leading tone in minor). */
  static int[][] cadenceChords(int tonic, boolean minor) {
    int[][] chords = new int[4][4];
    for (int chord = 0; chord < 4; chord++) {
      for (int voice = 0; voice < 4; voice++) {
        int pitch = CADENCE_IN_C[chord][voice];
        boolean lowered = minor && (pitch % 12 == 4 || pitch % 12 == 9);
        chords[chord][voice] = pitch - (lowered ? 1 : 0) + shift(tonic);
      }
    }
    return chords;
  }

  /** Four-voice chords as four parts (soprano first), each chord {@code quarters} long. */
  static List<MidiPart> satb(int[][] chords, double quarters) {
    String[] names = {"Soprano", "Alto", "Tenor", "Bass"};
    List<MidiPart> parts = new ArrayList<>();
    for (int voice = 0; voice < 4; voice++) {
      List<MidiNote> notes = new ArrayList<>();
      for (int chord = 0; chord < chords.length; chord++) {
        notes.add(MidiNote.of(chords[chord][voice], chord * quarters, quarters));
      }
      parts.add(new MidiPart(names[voice], voice, 0, notes));
    }
    return parts;
  }

  /** I–IV–V–I in four parts, one chord per bar of 4/4. */
  static byte[] cadence(int tonic, boolean minor) {
    return MidiWriter.write(MidiSong.of("Cadence", satb(cadenceChords(tonic, minor), 4)));
  }

  /** One octave up and down from the tonic (melodic minor up, natural minor down), the tonic held at the end. */
  static byte[] scale(int tonic, boolean minor) {
    int base = 60 + shift(tonic);
    List<MidiNote> notes = new ArrayList<>();
    int[] up = minor ? MELODIC_MINOR_UP : MAJOR;
    int[] down = minor ? NATURAL_MINOR : MAJOR;
    for (int i = 0; i < 7; i++) {
      notes.add(MidiNote.of(base + up[i], i, 1));
    }
    notes.add(MidiNote.of(base + 12, 7, 1));
    for (int i = 6; i >= 0; i--) {
      notes.add(MidiNote.of(base + down[i], 14 - i, i == 0 ? 2 : 1));
    }
    return MidiWriter.write(MidiSong.of("Scale", List.of(MidiPart.piano("Scale", notes))));
  }

  /** An eight-bar melody over I I IV V I IV V I: chord tones on strong beats, steps between, ending on the tonic. */
  static List<MidiNote> melodyNotes(int tonic, boolean minor, Random random, double start) {
    int[] scale = minor ? HARMONIC_MINOR : MAJOR;
    int base = 60 + shift(tonic);
    List<MidiNote> notes = new ArrayList<>();
    int degree = 7;
    for (int bar = 0; bar < PLAN.length; bar++) {
      double barStart = start + bar * 4;
      if (bar == PLAN.length - 1) {
        notes.add(MidiNote.of(pitch(base, scale, 7), barStart, 4));
        break;
      }
      for (int beat = 0; beat < 4; beat++) {
        if (beat % 2 == 0) {
          degree = nearestChordTone(degree, PLAN[bar], random);
        } else {
          degree += random.nextBoolean() ? 1 : -1;
        }
        boolean eighths = beat % 2 == 1 && random.nextInt(3) == 0;
        if (eighths) {
          notes.add(MidiNote.of(pitch(base, scale, degree), barStart + beat, 0.5));
          notes.add(MidiNote.of(pitch(base, scale, degree + 1), barStart + beat + 0.5, 0.5));
        } else {
          notes.add(MidiNote.of(pitch(base, scale, degree), barStart + beat, 1));
        }
      }
    }
    return notes;
  }

  /** A single-line melody from {@link #melodyNotes}. */
  static byte[] melody(int tonic, boolean minor, long seed) {
    List<MidiNote> notes = melodyNotes(tonic, minor, new Random(seed), 0);
    return MidiWriter.write(MidiSong.of("Melody", List.of(MidiPart.piano("Melody", notes))));
  }

  /**
   * Sixteen bars of melody: eight in C major closing on C, then eight in G major, whose F# sounds
   * from bar 9 on. Each bar is "pitch:quarters" pairs.
   */
  static byte[] modulatingMelody() {
    String[] bars = {
        "76:1 74:1 72:1 74:1", "76:1 76:1 76:2", "74:1 74:1 77:2", "76:1 79:1 79:2",
        "76:1 74:1 72:1 74:1", "76:1 76:1 76:1 72:1", "74:1 77:1 76:1 74:1", "72:4",
        "79:1 78:1 76:1 78:1", "79:1 81:1 83:2", "81:1 78:1 74:1 78:1", "79:4",
        "83:1 81:1 79:1 78:1", "76:1 78:1 79:2", "81:2 78:2", "79:4"};
    List<MidiNote> notes = new ArrayList<>();
    double onset = 0;
    for (String bar : bars) {
      for (String note : bar.split(" ")) {
        double quarters = Double.parseDouble(note.split(":")[1]);
        notes.add(MidiNote.of(Integer.parseInt(note.split(":")[0]), onset, quarters));
        onset += quarters;
      }
    }
    return MidiWriter.write(MidiSong.of("To the dominant", List.of(MidiPart.piano("Melody", notes))));
  }

  /**
   * About five minutes of piano music at 120 beats per minute: 150 bars of 4/4 in five sections (C
   * major, G major, E minor, F major, C major), each an eight-bar progression repeated, with an
   * Alberti bass in sixteenths and an eighth-note melody, lightly humanised. About 3,600 notes.
   */
  static byte[] pianoPiece(long seed) {
    Random random = new Random(seed);
    int[][] sections = {{0, 0}, {7, 0}, {4, 1}, {5, 0}, {0, 0}};
    List<MidiNote> right = new ArrayList<>();
    List<MidiNote> left = new ArrayList<>();
    for (int bar = 0; bar < 150; bar++) {
      int[] section = sections[bar / 30];
      int[] scale = section[1] == 1 ? HARMONIC_MINOR : MAJOR;
      int root = PLAN[bar % PLAN.length];
      int base = 48 + shift(section[0]);
      int[] chord = {pitch(base, scale, root), pitch(base, scale, root + 4), pitch(base, scale, root + 2) + 12};
      for (int sixteenth = 0; sixteenth < 16; sixteenth++) {
        int pitch = sixteenth % 4 == 0 ? chord[0] : sixteenth % 2 == 1 ? chord[1] : chord[2];
        left.add(played(random, pitch, bar * 4 + sixteenth * 0.25, 0.25));
      }
      int degree = root + 7;
      for (int eighth = 0; eighth < 8; eighth++) {
        degree = eighth % 2 == 0 ? nearestChordTone(degree, root, random) : degree + (random.nextBoolean() ? 1 : -1);
        right.add(played(random, pitch(base + 12, scale, degree), bar * 4 + eighth * 0.5, 0.5));
      }
    }
    return MidiWriter.write(new MidiSong("Five minutes", 120, TimeSignature.COMMON_TIME, null, false,
        List.of(MidiPart.piano("Right hand", right), MidiPart.piano("Left hand", left))));
  }

  private static MidiNote played(Random random, int pitch, double onset, double duration) {
    double jitter = random.nextGaussian() * 0.01;
    return new MidiNote(pitch, Math.max(0, onset + jitter), duration * 0.9, 60 + random.nextInt(30));
  }

  /** Degrees 0-based from the tonic, any octave: the MIDI pitch in a scale. */
  static int pitch(int base, int[] scale, int degree) {
    return base + 12 * Math.floorDiv(degree, 7) + scale[Math.floorMod(degree, 7)];
  }

  private static int nearestChordTone(int degree, int root, Random random) {
    int best = degree;
    int bestDistance = Integer.MAX_VALUE;
    for (int candidate = 3; candidate <= 11; candidate++) {
      int distance = Math.abs(candidate - degree) + random.nextInt(2);
      if (Math.floorMod(candidate - root, 7) % 2 == 0 && Math.floorMod(candidate - root, 7) <= 4 && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
