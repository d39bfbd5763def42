package dev.cadenza.theory.query;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readers for questions about intervals and single notes. */
final class IntervalReaders {
  private static final String[] QUALITIES = {"major", "minor", "perfect", "augmented", "diminished"};

  private IntervalReaders() {}

  /** "what is the enharmonic equivalent of C#?", "is Gb the same as F#" (two notes said to be the same). */
  static List<TheoryQuery> enharmonic(Clause c) {
    // Asked whether they are ("is Gb the same as F#"), not told that they sound alike ("why is B#3 ... when it sounds
    // the same as middle C").
    boolean sameNote = c.notes().size() == 2 && c.words().matches(" (?:is|are) _ (?:the )?same (?:note |pitch )?as _ .*");
    boolean whichSoundsAlike = c.has(Cue.SOUNDS_ALIKE) && c.tokens().is(0, "what", "which", "whats", "what's");
    boolean respelt = c.has(Cue.LETTER) && (c.says("spell") || c.says("spelled") || c.says("spelt") || c.says("written")
        || c.says("write"));
    if (!c.has(Cue.ENHARMONIC) && !sameNote && !whichSoundsAlike && !respelt) return List.of();
    return c.notes().stream().limit(1).<TheoryQuery>map(n -> new TheoryQuery.Enharmonic(n.withoutOctave())).toList();
  }

  /** "how many semitones in a perfect fifth?" */
  static List<TheoryQuery> size(Clause c) {
    // "major third vs minor third", "major and minor third": each side's size is the difference.
    List<Interval> compared = c.has(Cue.COMPARE) ? sharingTheirSize(c) : List.of();
    if (!c.has(Cue.SEMITONES) && compared.size() < 2 || !c.notes().isEmpty()) return List.of();
    return (compared.size() >= 2 ? compared : intervals(c)).stream().distinct()
        .<TheoryQuery>map(TheoryQuery.IntervalSize::new).toList();
  }

  /** The intervals named, with those written as a quality before another's ("major and minor third") in their place. */
  private static List<Interval> sharingTheirSize(Clause c) {
    List<Interval> intervals = new ArrayList<>();
    Tokens t = c.tokens();
    for (int i = 0; i + 3 < t.size(); i++) {
      if (t.is(i, QUALITIES) && t.is(i + 1, "and", "or", "vs", "versus") && t.is(i + 2, QUALITIES)) {
        EntityRecogniser.recognise(Tokens.of(t.lower(i) + " " + t.lower(i + 3))).stream()
            .filter(MusicEntity.IntervalName.class::isInstance)
            .forEach(e -> intervals.add(((MusicEntity.IntervalName) e).interval()));
      }
    }
    intervals.addAll(intervals(c));
    return intervals.stream().distinct().toList();
  }

  /** "what is the inversion of a major third?" */
  static List<TheoryQuery> inversion(Clause c) {
    if (!c.has(Cue.INVERT_INTERVAL) || !c.chords(null).isEmpty()) return List.of();
    return intervals(c).stream().<TheoryQuery>map(TheoryQuery.IntervalInversion::new).toList();
  }

  /** "a major third below D", "perfect fifth above E": each interval from the one note named. */
  static List<TheoryQuery> fromInterval(Clause c) {
    List<Interval> intervals = intervals(c);
    if (intervals.isEmpty() || c.notes().size() != 1 || !c.all(MusicEntity.ChordName.class).isEmpty()) return List.of();
    boolean up = c.first(MusicEntity.Direction.class).map(MusicEntity.Direction::up).orElse(true);
    Note note = c.notes().getFirst();
    return intervals.stream().distinct().<TheoryQuery>map(i -> new TheoryQuery.NoteFromInterval(note, i, up)).toList();
  }

  /** "interval between F# and E flat", "C to E and C to G": upward from each first note to the next. */
  static List<TheoryQuery> between(Clause c) {
    List<Note> notes = c.notes();
    boolean cued = c.has(Cue.INTERVAL, Cue.BETWEEN) || c.says("to") || c.says("up to") || claimed(c);
    if (notes.size() < 2 || notes.size() % 2 != 0 || !cued || c.has(Cue.CHORD) && notes.size() > 2) return List.of();
    List<TheoryQuery> queries = new ArrayList<>();
    for (int i = 0; i + 1 < notes.size(); i += 2) {
      queries.add(new TheoryQuery.IntervalBetween(notes.get(i), notes.get(i + 1)));
    }
    return queries;
  }

  /**
   * Whether the clause asks if two notes make the interval it names after them: "is B E# an augmented 4th". Not "why
   * is B#3 octave 3", where "octave" names a register.
   */
  private static boolean claimed(Clause c) {
    List<MusicEntity.NoteName> notes = c.all(MusicEntity.NoteName.class);
    List<MusicEntity.IntervalName> named = c.all(MusicEntity.IntervalName.class);
    return c.tokens().is(0, "is") && notes.size() == 2 && named.size() == 1
        && named.getFirst().first() > notes.getLast().end();
  }

  static List<Interval> intervals(Clause c) {
    return c.all(MusicEntity.IntervalName.class).stream().map(MusicEntity.IntervalName::interval).toList();
  }

  static Optional<Interval> interval(Clause c) {
    return intervals(c).stream().findFirst();
  }
}
