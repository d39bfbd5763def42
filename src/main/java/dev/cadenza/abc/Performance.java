package dev.cadenza.abc;

import dev.cadenza.midi.BarBeat;
import dev.cadenza.midi.MidiScore;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.ReadLimits;
import dev.cadenza.midi.TimeSignature;
import dev.cadenza.midi.Timeline;
import dev.cadenza.midi.key.Mode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plays the written bars of every voice in order (repeats expanded), joins tied notes, and places the
 * result in time. The first voice leads: its meter, tempo and key changes make the timeline, and an
 * opening bar shorter than the meter is a pickup, so the first full bar starts on a downbeat.
 */
final class Performance {

  private static final double EPSILON = 1e-9;
  private static final int VELOCITY = 80;

  /** A played note while ties may still lengthen it. */
  private static final class Played {
    final int pitch;
    final double onset;
    final int track;
    double duration;
    boolean tiedOn;

    Played(int pitch, double onset, double duration, int track, boolean tiedOn) {
      this.pitch = pitch;
      this.onset = onset;
      this.duration = duration;
      this.track = track;
      this.tiedOn = tiedOn;
    }
  }

  private record Symbol(double onset, String text) {}

  private final ReadLimits limits;
  private final TreeMap<Double, Integer> tempos = new TreeMap<>();
  private final TreeMap<Double, TimeSignature> meters = new TreeMap<>();
  private final List<MidiScore.KeySignatureEvent> keys = new ArrayList<>();
  private final List<Symbol> symbols = new ArrayList<>();
  private final List<Played> played = new ArrayList<>();
  private final List<String> warnings;

  private Performance(ReadLimits limits, List<String> warnings) {
    this.limits = limits;
    this.warnings = warnings;
  }

  /**
   * @param headerMeter the header's meter, null for free meter
   * @param bpm the header's tempo in quarter notes per minute, null for none
   */
  static AbcTune perform(String title, WrittenKey key, TimeSignature headerMeter, Double bpm,
      List<VoiceBuilder> voices, ReadLimits limits, List<String> warnings) {
    Performance performance = new Performance(limits, warnings);
    List<Integer> leadOrder = Repeats.playingOrder(voices.getFirst().bars);
    // An M: field line or [M:] before the first note (after K:, as ABC 2.1 allows) sets the opening meter.
    TimeSignature opening = leadOrder.isEmpty() ? null : voices.getFirst().bars.get(leadOrder.getFirst()).meter;
    TimeSignature meter = opening != null ? opening : headerMeter;
    if (meter != null) {
      performance.meters.put(0.0, meter);
    }
    performance.tempo(0, bpm);
    performance.key(0, key);
    double shift = pickup(voices.getFirst().bars, leadOrder, meter);
    for (int track = 0; track < voices.size(); track++) {
      List<WrittenBar> bars = voices.get(track).bars;
      performance.play(bars, track == 0 ? leadOrder : Repeats.playingOrder(bars), track, shift);
    }
    if (meter == null) {
      warnings.add("The tune has no meter (M: missing or none); 4/4 is assumed for bars and beats.");
    }
    List<String> names = voices.size() == 1 ? List.of(title) : voices.stream().map(v -> "V:" + v.id).toList();
    return performance.tune(title, key, names, meter == null);
  }

  /** Quarter notes to move everything by so that a short opening bar ends where bar 2 begins. */
  private static double pickup(List<WrittenBar> bars, List<Integer> order, TimeSignature meter) {
    if (meter == null || order.size() < 2) {
      return 0;
    }
    double first = bars.get(order.getFirst()).length();
    return first > EPSILON && first < meter.quartersPerBar() - EPSILON ? meter.quartersPerBar() - first : 0;
  }

  private void play(List<WrittenBar> bars, List<Integer> order, int track, double start) {
    Map<Integer, Played> tied = new HashMap<>();
    double onset = start;
    for (int index : order) {
      WrittenBar bar = bars.get(index);
      if (track == 0) {
        if (bar.meter != null && onset > 0) {
          meters.put(onset, bar.meter);
        }
        tempo(onset, bar.bpm);
        key(onset, bar.key);
      }
      double at = onset;
      int symbol = 0;
      for (int i = 0; i < bar.sounds.size(); i++) {
        for (; symbol < bar.symbols.size() && bar.symbols.get(symbol).soundIndex() <= i; symbol++) {
          symbols.add(new Symbol(at, bar.symbols.get(symbol).text()));
        }
        Sound sound = bar.sounds.get(i);
        for (int n = 0; n < sound.pitches.length; n++) {
          sound(tied, sound.pitches[n], at, sound.lengths[n], sound.tied[n], track, bar.line);
        }
        at += sound.advance;
      }
      for (; symbol < bar.symbols.size(); symbol++) {
        symbols.add(new Symbol(at, bar.symbols.get(symbol).text()));
      }
      onset += bar.length();
      if (onset > limits.maxQuarterNotes()) {
        throw new AbcException(bar.line, 1, String.format(Locale.ROOT,
            "played with its repeats, the tune lasts more than %,d quarter notes, the limit", limits.maxQuarterNotes()));
      }
    }
  }

  /** A note joins the tied note of the same pitch that ends where it starts; otherwise it is new. */
  private void sound(Map<Integer, Played> tied, int pitch, double onset, double length, boolean tiedOn, int track,
      int line) {
    Played before = tied.get(pitch);
    if (before != null && before.tiedOn && Math.abs(before.onset + before.duration - onset) < 1e-6) {
      before.duration += length;
      before.tiedOn = tiedOn;
      return;
    }
    if (played.size() >= limits.maxNotes()) {
      throw new AbcException(line, 1, String.format(Locale.ROOT,
          "played with its repeats, the tune has more than %,d notes, the limit", limits.maxNotes()));
    }
    Played note = new Played(pitch, onset, length, track, tiedOn);
    played.add(note);
    tied.put(pitch, note);
  }

  private void tempo(double onset, Double bpm) {
    if (bpm == null) {
      return;
    }
    if (bpm < 10 || bpm > 1000) {
      warnings.add(String.format(Locale.ROOT, "A tempo of %.0f quarter notes a minute was ignored.", bpm));
      return;
    }
    tempos.put(onset, (int) Math.round(60_000_000 / bpm));
  }

  private void key(double onset, WrittenKey key) {
    if (key != null && key.fifths() != null) {
      keys.add(new MidiScore.KeySignatureEvent(onset, key.fifths(), key.mode() == Mode.MINOR));
    }
  }

  private AbcTune tune(String title, WrittenKey key, List<String> trackNames, boolean meterAssumed) {
    Timeline timeline = new Timeline(tempos, meters);
    List<Note> notes = new ArrayList<>(played.size());
    for (Played note : played) {
      double seconds = timeline.seconds(note.onset);
      notes.add(new Note(note.onset, note.duration, seconds, timeline.seconds(note.onset + note.duration) - seconds,
          note.pitch, VELOCITY, note.track, 0));
    }
    List<AbcTune.ChordSymbol> chordSymbols = symbols.stream().map(symbol -> {
      BarBeat at = timeline.position(symbol.onset());
      return new AbcTune.ChordSymbol(at.bar(), Math.round(at.beat() * 1000) / 1000.0, symbol.text());
    }).toList();
    MidiScore score = new MidiScore(trackNames.size() > 1 ? 1 : 0, notes, trackNames, timeline, keys, meterAssumed,
        warnings);
    return new AbcTune(title, key.name(), score, chordSymbols);
  }
}
