package dev.cadenza.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Converts positions in quarter notes from the start into seconds (through the tempo map) and into
 * bars and beats (through the time-signature changes). A time signature that changes in the middle
 * of a bar closes that bar early and starts bar numbering afresh from the change.
 */
public final class Timeline {

  /** Tempo assumed before the first tempo event, as the MIDI standard prescribes. */
  static final int DEFAULT_MICROS_PER_QUARTER = 500_000;
  private static final double EPSILON = 1e-6;
  /** Reported positions fall on 48ths of a quarter note: 64th notes and 32nd-note triplets. */
  private static final int GRID = 48;

  private record TempoSegment(double start, double seconds, double secondsPerQuarter) {}

  private record MeterSegment(double start, TimeSignature meter, int firstBar) {}

  private final List<TempoSegment> tempos = new ArrayList<>();
  private final List<MeterSegment> meters = new ArrayList<>();

  /**
   * @param tempoChanges microseconds per quarter note by position in quarter notes; later entries at one position win
   * @param meterChanges time signatures by position; 4/4 applies before the first one
   */
  public Timeline(TreeMap<Double, Integer> tempoChanges, TreeMap<Double, TimeSignature> meterChanges) {
    TreeMap<Double, Integer> tempoMap = new TreeMap<>(tempoChanges);
    tempoMap.putIfAbsent(0.0, DEFAULT_MICROS_PER_QUARTER);
    double seconds = 0;
    TempoSegment previous = null;
    for (var change : tempoMap.entrySet()) {
      if (previous != null) {
        seconds += (change.getKey() - previous.start()) * previous.secondsPerQuarter();
      }
      previous = new TempoSegment(change.getKey(), seconds, change.getValue() / 1e6);
      tempos.add(previous);
    }
    TreeMap<Double, TimeSignature> meterMap = new TreeMap<>(meterChanges);
    meterMap.putIfAbsent(0.0, TimeSignature.COMMON_TIME);
    MeterSegment last = null;
    for (var change : meterMap.entrySet()) {
      int firstBar = 1;
      if (last != null) {
        double bars = (change.getKey() - last.start()) / last.meter().quartersPerBar();
        firstBar = last.firstBar() + (int) Math.ceil(bars - EPSILON);
        if (last.meter().equals(change.getValue()) && Math.abs(bars - Math.rint(bars)) < EPSILON) {
          continue;
        }
      }
      last = new MeterSegment(change.getKey(), change.getValue(), firstBar);
      meters.add(last);
    }
  }

  /** Seconds from the start at a position in quarter notes. */
  public double seconds(double quarters) {
    TempoSegment segment = tempoAt(quarters);
    return segment.seconds() + (quarters - segment.start()) * segment.secondsPerQuarter();
  }

  /** Beats per minute (in quarter notes) at a position. */
  double bpm(double quarters) {
    return 60.0 / tempoAt(quarters).secondsPerQuarter();
  }

  /** The positions in quarter notes where the tempo changes, the start included. */
  List<Double> tempoChangePositions() {
    return tempos.stream().map(TempoSegment::start).toList();
  }

  /**
   * The bar and beat at a position in quarter notes, snapped to the nearest 48th of a quarter so that
   * a note played a few milliseconds early still counts on its beat.
   */
  public BarBeat position(double unsnapped) {
    double quarters = Math.round(unsnapped * GRID) / (double) GRID;
    MeterSegment segment = meterAt(quarters);
    double barLength = segment.meter().quartersPerBar();
    int barsIn = (int) Math.floor((quarters - segment.start()) / barLength + EPSILON);
    double intoBar = Math.max(0, quarters - segment.start() - barsIn * barLength);
    return new BarBeat(segment.firstBar() + barsIn, 1 + intoBar / segment.meter().quartersPerBeat());
  }

  /** The position in quarter notes where a bar (1-based) begins. */
  public double barStart(int bar) {
    MeterSegment segment = meters.get(lastStartingBy(meters, MeterSegment::firstBar, bar));
    return segment.start() + (bar - segment.firstBar()) * segment.meter().quartersPerBar();
  }

  /** The number of bars needed to hold music that ends at a position; at least one. */
  int barCount(double endQuarters) {
    BarBeat end = position(endQuarters);
    return Math.max(1, end.beat() < 1 + EPSILON ? end.bar() - 1 : end.bar());
  }

  /** The time signature in force at a position. */
  public TimeSignature meter(double quarters) {
    return meterAt(quarters).meter();
  }

  /** The positions in quarter notes where a time signature takes effect, the start included. */
  List<Double> meterChangePositions() {
    return meters.stream().map(MeterSegment::start).toList();
  }

  private MeterSegment meterAt(double quarters) {
    return meters.get(lastStartingBy(meters, MeterSegment::start, quarters + EPSILON));
  }

  private TempoSegment tempoAt(double quarters) {
    return tempos.get(lastStartingBy(tempos, TempoSegment::start, quarters));
  }

  /** Binary search: the index of the last segment whose start (position or bar) is at or before a value, or 0. */
  private static <T> int lastStartingBy(List<T> segments, ToDoubleFunction<T> start, double value) {
    int low = 0;
    int high = segments.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (start.applyAsDouble(segments.get(middle)) <= value) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}
