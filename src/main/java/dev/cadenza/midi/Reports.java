package dev.cadenza.midi;

import dev.cadenza.midi.harmony.CadenceDetector;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.KeyTracker;
import dev.cadenza.midi.key.Tonality;
import java.util.ArrayList;
import java.util.List;

/** Turns what the analysers found into the public, named records of {@link MidiAnalysis}. */
final class Reports {

  /** At most this many tempo marks are listed; human performances can change tempo on every beat. */
  static final int MAX_TEMPO_MARKS = 256;
  /** At most this many key-signature events are compared and listed. */
  static final int MAX_KEY_HINTS = 64;
  private static final String[] DEGREES = {"tonic", "flat supertonic", "supertonic", "flat mediant", "mediant",
      "subdominant", "tritone", "dominant", "flat submediant", "submediant", "subtonic", "leading tone"};
  private static final String[] MINOR_DEGREES = {"tonic", "flat supertonic", "supertonic", "mediant", "raised mediant",
      "subdominant", "tritone", "dominant", "submediant", "raised submediant", "subtonic", "leading tone"};

  private final Timeline timeline;
  private final MusicNames names;

  Reports(Timeline timeline, MusicNames names) {
    this.timeline = timeline;
    this.names = names;
  }

  List<ChordLabel> chords(List<ChordSpan> spans) {
    return spans.stream().map(span -> {
      BarBeat at = timeline.position(span.start());
      return new ChordLabel(at.bar(), at.roundedBeat(), names.chordSymbol(span.chord(), span.key()),
          names.roman(span.chord(), span.key()));
    }).toList();
  }

  List<Cadence> cadences(List<CadenceDetector.Found> found) {
    return found.stream().map(cadence -> {
      ChordSpan arrival = cadence.arrival();
      BarBeat at = timeline.position(arrival.start());
      String progression = names.roman(cadence.before().chord(), arrival.key()) + "–"
          + names.roman(arrival.chord(), arrival.key());
      return new Cadence(at.bar(), at.roundedBeat(), cadence.type(), names.keyName(arrival.key()), progression);
    }).toList();
  }

  List<Modulation> modulations(KeyTracker.KeyTrack keys) {
    List<Modulation> modulations = new ArrayList<>();
    for (int bar = 2; bar <= keys.barKeys().size(); bar++) {
      Tonality from = keys.at(bar - 1);
      Tonality to = keys.at(bar);
      if (!from.equals(to)) {
        modulations.add(new Modulation(bar, 1, names.keyName(from), names.keyName(to), relation(from, to)));
      }
    }
    return modulations;
  }

  /** How a new key relates to the old: "dominant", "relative minor", "subdominant, in minor". */
  static String relation(Tonality from, Tonality to) {
    int interval = from.degreeOf(to.tonic());
    if (interval == 0) {
      return to.minor() ? "parallel minor" : "parallel major";
    }
    if (!from.minor() && to.minor() && interval == 9) {
      return "relative minor";
    }
    if (from.minor() && !to.minor() && interval == 3) {
      return "relative major";
    }
    String degree = (from.minor() ? MINOR_DEGREES : DEGREES)[interval];
    return from.minor() == to.minor() ? degree : degree + ", in " + to.mode();
  }

  List<KeyHint> keyHints(List<MidiScore.KeySignatureEvent> events, KeyTracker.KeyTrack keys) {
    return events.stream().limit(MAX_KEY_HINTS).map(event -> {
      BarBeat at = timeline.position(event.onset());
      Tonality named = hintedKey(event);
      Tonality estimated = keys.at(at.bar());
      return new KeyHint(at.bar(), at.roundedBeat(), names.signatureKeyName(named), names.keyName(estimated),
          named.relativeMajorTonic() == names.signatureTonic(estimated));
    }).toList();
  }

  static Tonality hintedKey(MidiScore.KeySignatureEvent event) {
    int major = Math.floorMod(7 * event.sharps(), 12);
    return new Tonality(event.minor() ? (major + 9) % 12 : major, event.minor());
  }

  List<TempoMark> tempo() {
    return timeline.tempoChangePositions().stream().limit(MAX_TEMPO_MARKS).map(quarters -> {
      BarBeat at = timeline.position(quarters);
      return new TempoMark(at.bar(), at.roundedBeat(), Math.round(timeline.bpm(quarters) * 100) / 100.0);
    }).toList();
  }

  List<BarLine> barLines(int bars) {
    List<BarLine> lines = new ArrayList<>(bars);
    for (int bar = 1; bar <= bars; bar++) {
      double start = timeline.barStart(bar);
      lines.add(new BarLine(bar, Rounding.thousandths(timeline.seconds(start)), timeline.meter(start).numerator()));
    }
    return lines;
  }

  List<NoteEvent> notes(List<Note> notes, KeyTracker.KeyTrack keys) {
    return notes.stream().map(note -> new NoteEvent(note.pitch(),
        note.isDrum() ? "" : names.note(note.pitch(), keys.at(timeline.position(note.onset()).bar())),
        Rounding.thousandths(note.onsetSeconds()), Rounding.thousandths(note.durationSeconds()), note.velocity(),
        note.track(), note.channel())).toList();
  }
}
