package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.query.QueryResult.MembershipResult;
import dev.cadenza.theory.query.QueryResult.ScaleMatch;
import dev.cadenza.theory.query.QueryResult.SubstituteResult;
import dev.cadenza.theory.text.ChordProse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The executor's part for scales from notes, modes of a key's degrees, tritone substitutes and chord membership. */
final class MoreQueries {
  /** The church modes in order from the major scale's first degree. */
  private static final List<ScaleType> MODES = List.of(ScaleType.MAJOR, ScaleType.parse("dorian").orElseThrow(),
      ScaleType.parse("phrygian").orElseThrow(), ScaleType.parse("lydian").orElseThrow(),
      ScaleType.parse("mixolydian").orElseThrow(), ScaleType.NATURAL_MINOR, ScaleType.parse("locrian").orElseThrow());
  /** Natural minor is the major scale from its sixth degree. */
  private static final int MINOR_OFFSET = 5;

  private MoreQueries() {}

  /** The scale or mode on the first note with exactly these spellings, and the major scale with the same notes. */
  static ScaleMatch scaleFromNotes(TheoryQuery.ScaleFromNotes q) {
    Set<Note> given = new HashSet<>(q.notes());
    Note first = q.notes().getFirst();
    Scale scale = Arrays.stream(ScaleType.values()).map(type -> new Scale(first, type)).filter(s -> same(s, given))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(
            String.join(" ", QueryExecutor.strings(q.notes())) + " form no scale the engine knows, starting on " + first));
    Optional<Scale> major = q.notes().stream().map(n -> new Scale(n, ScaleType.MAJOR)).filter(s -> same(s, given)).findFirst();
    return new ScaleMatch(q.type(), QueryExecutor.strings(q.notes()), scale.name(), scale.type().formula(),
        major.filter(m -> !m.equals(scale)).map(Scale::name).orElse(null), null, 0, null);
  }

  /** The key's own notes from a degree: degree 2 of C major is D dorian. */
  static ScaleMatch modeOfDegree(TheoryQuery.ModeOfDegree q) {
    Note start = q.key().scale().notes().get(q.degree() - 1);
    int index = (q.degree() - 1 + (q.key().mode() == Key.Mode.MINOR ? MINOR_OFFSET : 0)) % MODES.size();
    Scale mode = new Scale(start, MODES.get(index));
    return new ScaleMatch(q.type(), QueryExecutor.strings(mode.notes()), mode.name(), mode.type().formula(), null,
        q.key().name(), q.degree(), q.anyKey() ? mode.type().displayName() : null);
  }

  /**
   * The dominant seventh a tritone away, its root spelled as the diminished fifth or the augmented fourth,
   * whichever needs fewer accidentals (flat on a tie): G7 gives Db7, Bb7 gives E7 rather than Fb7.
   */
  static SubstituteResult tritoneSubstitute(TheoryQuery.TritoneSubstitute q) {
    Chord dominant = q.chord();
    List<String> tones = QueryExecutor.strings(dominant.tones());
    if (dominant.type() != ChordType.DOMINANT_SEVENTH) {
      return new SubstituteResult(q.type(), dominant.symbol(), dominant.name(), tones, null, List.of());
    }
    Note flat = dominant.root().transpose(Interval.parse("d5"));
    Note sharp = dominant.root().transpose(Interval.parse("A4"));
    Chord substitute = Chord.of(Math.abs(sharp.accidental()) < Math.abs(flat.accidental()) ? sharp : flat, ChordType.DOMINANT_SEVENTH);
    return new SubstituteResult(q.type(), dominant.symbol(), dominant.name(), tones, substitute.symbol(),
        QueryExecutor.strings(substitute.tones()));
  }

  static MembershipResult membership(TheoryQuery.ChordMembership q) {
    Chord chord = q.chord();
    Note note = q.note();
    Optional<Interval> interval = chord.intervalOf(note);
    List<Note> pitches = chord.pitches(Chord.DEFAULT_OCTAVE);
    String enharmonic = chord.tones().stream().filter(t -> t.pitchClass() == note.pitchClass()).findFirst()
        .map(Note::toString).orElse(null);
    String role = interval.map(i -> i.number() == 1 ? "the root" : "the " + i.ordinalName()).orElse(null);
    return new MembershipResult(q.type(), note.toString(), chord.symbol(),
        ChordProse.described(Chord.of(chord.root(), chord.type())), QueryExecutor.strings(chord.tones()),
        QueryExecutor.strings(pitches), interval.isPresent(), role, enharmonic, !note.hasOctave() || pitches.contains(note));
  }

  private static boolean same(Scale scale, Set<Note> notes) {
    try {
      return new HashSet<>(scale.notes()).equals(notes) && scale.notes().size() == notes.size();
    } catch (IllegalArgumentException tripleAccidentals) {
      return false;
    }
  }
}
