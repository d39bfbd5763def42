package dev.cadenza.compose;

import dev.cadenza.compose.MelodyNote.Role;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes a melody over a progression: reads the chords, settles the key, writes the melody, renders
 * ABC and MIDI, and reads the MIDI back with the analyser. When the analyser disagrees with the request
 * (a key or a chord heard otherwise) the next melody from the same random stream is tried, so a request
 * always gives the same answer; after {@link #ATTEMPTS} the last one is returned with its failed check.
 */
public final class Composer {

  static final int ATTEMPTS = 8;
  static final int BPM = 96;
  /** The "kind" of a composition in JSON. */
  public static final String KIND = "melody";

  public Composition compose(ComposeRequest request) {
    Key key;
    List<ProgressionChord> chords;
    if (request.numerals() != null && !request.numerals().isBlank()) {
      key = Key.parse(request.key());
      chords = ProgressionReader.numerals(request.numerals(), key);
    } else {
      chords = ProgressionReader.chords(request.chords());
      key = request.key() == null || request.key().isBlank() ? ImpliedKey.of(chords) : Key.parse(request.key());
    }
    if (Math.abs(key.fifths()) > 7) {
      throw new IllegalArgumentException(key + " needs more than seven sharps or flats, which no key signature"
          + " writes; use " + key.enharmonic().map(Key::name).orElse("an enharmonic key"));
    }
    List<ProgressionChord> barChords = new ArrayList<>();
    chords.forEach(c -> {
      for (int i = 0; i < request.barsPerChord(); i++) {
        barChords.add(c);
      }
    });
    SplittableRandom random = new SplittableRandom(request.seed());
    Composition result = null;
    for (int attempt = 0; attempt < ATTEMPTS && (result == null || !result.check().passed()); attempt++) {
      List<MelodyNote> melody = new MelodyWriter(key, request.style(), random).write(barChords);
      result = render(request, key, chords, barChords, melody);
    }
    return result;
  }

  private static Composition render(ComposeRequest request, Key key, List<ProgressionChord> chords,
      List<ProgressionChord> barChords, List<MelodyNote> melody) {
    String progression = String.join(" ", chords.stream().map(ProgressionChord::symbol).toList());
    String title = "Melody over " + progression;
    String composer = "Cadenza (seed " + request.seed() + ", " + request.style().label() + ")";
    List<String> symbols = new ArrayList<>();
    for (int bar = 0; bar < barChords.size(); bar++) {
      symbols.add(bar % request.barsPerChord() == 0 ? barChords.get(bar).symbol() : null);
    }
    String abc = AbcWriter.write(title, composer, key, BPM, melody, symbols);
    byte[] midi = CompositionMidi.write(title, key, BPM, melody, barChords);
    Composition.Check check = ReadBack.check(midi, key, barChords, BPM);
    Composition.Range range = range(melody);
    int nonChordTones = (int) melody.stream().filter(n -> n.role() != Role.CHORD_TONE).count();
    String explanation = Explanation.of(key, request, chords, melody, range, check);
    return new Composition(KIND, abc, key.name(), "4/4", request.style().label(), request.seed(),
        request.barsPerChord(), entries(chords, request.barsPerChord()), notes(melody), range, nonChordTones,
        new Composition.Midi("audio/midi", Base64.getEncoder().encodeToString(midi)), check, explanation);
  }

  private static List<Composition.ChordEntry> entries(List<ProgressionChord> chords, int barsPerChord) {
    List<Composition.ChordEntry> entries = new ArrayList<>();
    for (int i = 0; i < chords.size(); i++) {
      ProgressionChord chord = chords.get(i);
      entries.add(new Composition.ChordEntry(chord.symbol(), chord.name(),
          chord.tones().stream().map(Note::toString).toList(), 1 + i * barsPerChord, barsPerChord));
    }
    return entries;
  }

  private static List<Composition.NoteEntry> notes(List<MelodyNote> melody) {
    return melody.stream().map(n -> new Composition.NoteEntry(n.bar(), 1 + n.onset() / 2.0, n.pitch().toString(),
        n.pitch().midi(), n.eighths() / 2.0, n.role().label())).toList();
  }

  static Composition.Range range(List<MelodyNote> melody) {
    Note lowest = melody.stream().map(MelodyNote::pitch).min(Comparator.comparingInt(Note::midi)).orElseThrow();
    Note highest = melody.stream().map(MelodyNote::pitch).max(Comparator.comparingInt(Note::midi)).orElseThrow();
    return new Composition.Range(lowest.toString(), highest.toString(), highest.midi() - lowest.midi());
  }
}
