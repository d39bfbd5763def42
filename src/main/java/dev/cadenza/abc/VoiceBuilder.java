package dev.cadenza.abc;

import dev.cadenza.midi.TimeSignature;
import dev.cadenza.theory.Letter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one voice's notation, element by element, into written bars: pitches through the key signature
 * and the accidentals earlier in the bar, lengths through the unit length, tuplets and broken rhythm,
 * chords, ties and bar lines. Each element costs constant time, so reading is linear in the text.
 */
final class VoiceBuilder {

  /** Most passes through a repeated section: endings may be numbered 1 to this. */
  static final int MAX_ENDING = 8;

  private record Place(int scope, int alteration) {}

  final String id;
  final List<WrittenBar> bars = new ArrayList<>();
  WrittenKey key;
  double unitLength;
  TimeSignature meter;
  private final Propagation propagation;
  private final NoteBudget budget;
  private final Map<Integer, Integer> barAccidentals = new HashMap<>();
  private Map<Integer, Integer> tiedAccidentals = Map.of();
  private final List<Place> lastPlaces = new ArrayList<>();
  private WrittenBar current = new WrittenBar();
  private Sound last;
  private double brokenNext = 1;
  private int tupletLeft;
  private double tupletFactor = 1;
  private ChordNotes chord;
  private int ending;

  private static final class ChordNotes {
    final int line;
    final int column;
    final List<Integer> pitches = new ArrayList<>();
    final List<Double> lengths = new ArrayList<>();
    final List<Boolean> tied = new ArrayList<>();

    ChordNotes(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  VoiceBuilder(String id, WrittenKey key, double unitLength, TimeSignature meter, Propagation propagation,
      NoteBudget budget) {
    this.id = id;
    this.key = key;
    this.unitLength = unitLength;
    this.meter = meter;
    this.propagation = propagation;
    this.budget = budget;
  }

  /**
   * The MIDI number of a written note, remembering its accidental for the rest of the bar.
   *
   * @param accidental the written sign ("^", "=", ...), or null for none
   * @param octave scientific octave: 4 for C to B, 5 for c to b
   */
  int pitch(String accidental, Letter letter, int octave, int line, int column) {
    int scope = propagation.scopeKey(letter.ordinal(), octave);
    int tieScope = Propagation.OCTAVE.scopeKey(letter.ordinal(), octave);
    int alteration;
    if (accidental != null) {
      alteration = Accidental.semitones(accidental);
      if (scope >= 0) {
        barAccidentals.put(scope, alteration);
      }
    } else if (tiedAccidentals.containsKey(tieScope)) {
      alteration = tiedAccidentals.get(tieScope);
    } else {
      alteration = barAccidentals.getOrDefault(scope, key.alteration(letter));
    }
    int midi = (octave + 1) * 12 + letter.pitchClass() + alteration;
    if (midi < 0 || midi > 127) {
      throw new AbcException(line, column, "the note is outside the MIDI range (C,,,,, to g'''''')");
    }
    lastPlaces.add(new Place(tieScope, alteration));
    return midi;
  }

  void note(int midi, double factor, int line, int column) {
    budget.spend(line, column);
    if (chord != null) {
      chord.pitches.add(midi);
      chord.lengths.add(factor * unitLength);
      chord.tied.add(false);
      return;
    }
    add(new Sound(new int[] {midi}, new double[] {factor * unitLength}, new boolean[1], factor * unitLength), line);
  }

  void rest(double factor, int line) {
    lastPlaces.clear();
    add(Sound.rest(factor * unitLength), line);
  }

  /** Z or X: whole bars of rest. */
  void barsOfRest(int count, int line) {
    TimeSignature bar = meter == null ? TimeSignature.COMMON_TIME : meter;
    lastPlaces.clear();
    add(Sound.rest(count * bar.quartersPerBar()), line);
  }

  void chordStart(int line, int column) {
    if (chord != null) {
      throw new AbcException(line, column, "a chord cannot start inside another chord");
    }
    chord = new ChordNotes(line, column);
  }

  void chordEnd(double factor, int line, int column) {
    if (chord == null || chord.pitches.isEmpty()) {
      throw new AbcException(line, column, chord == null ? "']' closes no chord" : "the chord has no notes");
    }
    int size = chord.pitches.size();
    int[] pitches = new int[size];
    double[] lengths = new double[size];
    boolean[] tied = new boolean[size];
    for (int i = 0; i < size; i++) {
      pitches[i] = chord.pitches.get(i);
      lengths[i] = chord.lengths.get(i) * factor;
      tied[i] = chord.tied.get(i);
    }
    chord = null;
    add(new Sound(pitches, lengths, tied, lengths[0]), line);
  }

  /** A tie after a note or chord: each of its notes holds on into the same pitch that follows. */
  void tie(int line, int column) {
    if (chord != null && !chord.tied.isEmpty()) {
      chord.tied.set(chord.tied.size() - 1, true);
    } else if (last != null && last.pitches.length > 0 && chord == null) {
      java.util.Arrays.fill(last.tied, true);
      Map<Integer, Integer> carried = new HashMap<>();
      lastPlaces.forEach(place -> carried.put(place.scope(), place.alteration()));
      tiedAccidentals = carried;
    } else {
      throw new AbcException(line, column, "a tie '-' must follow a note or chord");
    }
  }

  /** '>' dots the sound before and shortens the next; '<' the reverse; doubled or tripled for more. */
  void broken(int count, boolean longFirst, int line, int column) {
    if (last == null || chord != null) {
      throw new AbcException(line, column, "a broken rhythm sign must come between two notes");
    }
    double shorter = 1 / Math.pow(2, count);
    last.scale(longFirst ? 2 - shorter : shorter);
    brokenNext = longFirst ? shorter : 2 - shorter;
  }

  /** (p:q:r: the next r sounds take the time of q (p in q). */
  void tuplet(int p, int q, int r) {
    tupletLeft = r;
    tupletFactor = (double) q / p;
  }

  void chordSymbol(String text) {
    current.symbols.add(new WrittenBar.Symbol(current.sounds.size(), text));
  }

  /** A bar line: what it closes, what it opens, and the ending (bit mask) it starts, 0 for none. */
  void barLine(boolean endRepeat, boolean startRepeat, boolean closesEnding, int endingMask) {
    if (current.isEmpty()) {
      if (endRepeat && !bars.isEmpty()) {
        bars.getLast().endRepeat = true;
      }
    } else {
      current.endRepeat = endRepeat;
      bars.add(current);
      current = new WrittenBar();
    }
    current.startRepeat |= startRepeat;
    if (endingMask != 0) {
      ending = endingMask;
    } else if (endRepeat || startRepeat || closesEnding) {
      ending = 0;
    }
    current.endings = ending;
    barAccidentals.clear();
  }

  /** "[2" standing apart from its bar line. */
  void ending(int mask) {
    ending = mask;
    current.endings = mask;
  }

  void changeMeter(TimeSignature newMeter) {
    meter = newMeter;
    current.meter = newMeter;
  }

  void changeKey(WrittenKey newKey) {
    key = newKey;
    current.key = newKey;
  }

  void changeTempo(double bpm) {
    current.bpm = bpm;
  }

  /** A chord must close on the line that opens it. */
  void endOfLine() {
    if (chord != null) {
      throw new AbcException(chord.line, chord.column, "the chord '[' opened here is not closed with ']' on its line");
    }
  }

  /** The bars read, the last one closed even without a final bar line. */
  List<WrittenBar> finish() {
    if (!current.isEmpty()) {
      bars.add(current);
      current = new WrittenBar();
    }
    return bars;
  }

  private void add(Sound sound, int line) {
    if (tupletLeft > 0) {
      sound.scale(tupletFactor);
      tupletLeft--;
    }
    sound.scale(brokenNext);
    brokenNext = 1;
    if (current.sounds.isEmpty()) {
      current.line = line;
    }
    current.sounds.add(sound);
    last = sound;
    tiedAccidentals = Map.of();
    if (sound.pitches.length > 0) {
      lastPlaces.subList(0, Math.max(0, lastPlaces.size() - sound.pitches.length)).clear();
    }
  }
}
