package dev.cadenza.compose;

import dev.cadenza.midi.BarLine;
import dev.cadenza.midi.ChordLabel;
import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.NoteEvent;
import dev.cadenza.midi.harmony.ChordNames;
import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a composition's MIDI file back with the project's MIDI analyser and compares what it hears with
 * what was asked: the key, and in each bar the chord sounding on beat 1 (same pitch classes) with the
 * melody's notes on beats 1 and 3 among that chord's tones. A chord the analyser has no name for (it
 * names triads, sevenths, sus, sixth and ninth chords) is checked on the pitch classes the chord track
 * sounds in its bar.
 */
final class ReadBack {

  /** The chord qualities the analyser names: a chord of any other shape is checked by its notes. */
  private static final Set<ChordType> NAMED = ChordNames.namedTypes();
  private static final int CHORD_TRACK = CompositionMidi.MELODY_TRACK + 1;
  private static final double EPSILON = 1e-6;

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  private ReadBack() {}

  static Composition.Check check(byte[] midi, Key key, List<ProgressionChord> barChords, int bpm) {
    MidiAnalysis analysis = ANALYZER.analyze(midi);
    String found = analysis.key() == null ? "none" : analysis.key().tonic() + " " + analysis.key().mode();
    boolean keyAgrees = analysis.key() != null && analysis.key().mode().equals(key.mode().label())
        && Note.parse(analysis.key().tonic()).pitchClass() == key.tonic().pitchClass();
    Composition.KeyCheck keyCheck = new Composition.KeyCheck(key.name(), found, keyAgrees);
    double secondsPerBeat = 60.0 / bpm;
    List<Composition.BarCheck> bars = new ArrayList<>();
    for (int bar = 1; bar <= barChords.size(); bar++) {
      ProgressionChord expected = barChords.get(bar - 1);
      String heard = chordAtBarStart(analysis.chords(), bar);
      boolean chordAgrees = heard != null && expected.pitchClasses().equals(pitchClasses(heard));
      if (!chordAgrees && !nameable(expected)) {
        chordAgrees = expected.pitchClasses().equals(soundingClasses(analysis, bar, CHORD_TRACK));
      }
      boolean melodyFits = strongBeatClasses(analysis, bar, secondsPerBeat).stream()
          .allMatch(pc -> expected.tones().stream().anyMatch(t -> t.pitchClass() == pc));
      bars.add(new Composition.BarCheck(bar, expected.symbol(), heard == null ? "none" : heard, chordAgrees,
          melodyFits));
    }
    boolean passed = keyAgrees && bars.stream().allMatch(b -> b.agrees() && b.melodyOnChordTones());
    return new Composition.Check(passed, keyCheck, bars);
  }

  private static String chordAtBarStart(List<ChordLabel> labels, int bar) {
    String symbol = null;
    for (ChordLabel label : labels) {
      if (label.bar() < bar || (label.bar() == bar && label.beat() <= 1 + EPSILON)) {
        symbol = label.symbol();
      }
    }
    return symbol;
  }

  private static Set<Integer> pitchClasses(String symbol) {
    Set<Integer> classes = new TreeSet<>();
    try {
      Chord chord = Chord.parse(symbol);
      chord.notes().forEach(n -> classes.add(n.pitchClass()));
    } catch (IllegalArgumentException e) {
      // An analyser label the theory engine cannot read matches nothing.
    }
    return classes;
  }

  private static boolean nameable(ProgressionChord chord) {
    for (ChordType type : NAMED) {
      for (int root = 0; root < 12; root++) {
        Set<Integer> classes = new TreeSet<>();
        for (var interval : type.intervals()) {
          classes.add((root + interval.semitones()) % 12);
        }
        if (classes.equals(chord.pitchClasses())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<Integer> soundingClasses(MidiAnalysis analysis, int bar, int track) {
    BarLine line = analysis.barLines().get(bar - 1);
    Set<Integer> classes = new TreeSet<>();
    for (NoteEvent note : analysis.notes()) {
      if (note.track() == track && Math.abs(note.onset() - line.seconds()) < EPSILON) {
        classes.add(note.pitch() % 12);
      }
    }
    return classes;
  }

  /** Pitch classes of the melody notes that start on beats 1 and 3 of a bar. */
  private static List<Integer> strongBeatClasses(MidiAnalysis analysis, int bar, double secondsPerBeat) {
    BarLine line = analysis.barLines().get(bar - 1);
    List<Integer> classes = new ArrayList<>();
    for (NoteEvent note : analysis.notes()) {
      double beats = (note.onset() - line.seconds()) / secondsPerBeat;
      boolean strong = Math.abs(beats) < EPSILON || Math.abs(beats - 2) < EPSILON;
      if (note.track() == CompositionMidi.MELODY_TRACK && strong) {
        classes.add(note.pitch() % 12);
      }
    }
    return classes;
  }
}
