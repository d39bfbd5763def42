package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.ChordMatch;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers for questions about one chord: spelling, counting, naming from notes, members, inversions, transposing. */
final class ChordReaders {
  private static final Map<String, Integer> MEMBERS = Map.ofEntries(
      Map.entry("root", 1), Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fifth", 5), Map.entry("5th", 5),
      Map.entry("seventh", 7), Map.entry("7th", 7), Map.entry("ninth", 9), Map.entry("9th", 9),
      Map.entry("eleventh", 11), Map.entry("11th", 11), Map.entry("thirteenth", 13), Map.entry("13th", 13));
  /** Members a jazz player names by number after their alteration: "the flat nine", "the sharp 11". */
  private static final Map<String, Integer> ALTERED_MEMBERS = Map.of("nine", 9, "9", 9, "eleven", 11, "11", 11,
      "thirteen", 13, "13", 13);
  private static final List<String> INVERSIONS = List.of("root", "first", "second", "third");
  /** The same positions in digits: "2nd inversion". */
  private static final List<String> INVERSION_DIGITS = List.of("root", "1st", "2nd", "3rd");

  private ChordReaders() {}

  /** "transpose G7 down a minor third", "Am7 up a perfect fourth". */
  static List<TheoryQuery> transpose(Clause c) {
    Optional<Interval> interval = IntervalReaders.interval(c);
    List<Chord> chords = c.chords(null);
    // A chord symbol and an interval are a transposition only when moved up or down: "the tritone in G7" is inside it.
    boolean named = c.has(Cue.TRANSPOSE)
        || !c.all(MusicEntity.ChordName.class).isEmpty() && c.first(MusicEntity.Direction.class).isPresent();
    if (interval.isEmpty() || chords.size() != 1 || !named) return List.of();
    boolean up = c.first(MusicEntity.Direction.class).map(MusicEntity.Direction::up).orElse(true);
    return List.of(new TheoryQuery.TransposeChord(chords.getFirst(), interval.get(), up));
  }

  /** "what's the tritone in G7", "which tritones are in Bdim7": the chord's tones a tritone apart. */
  static List<TheoryQuery> tritones(Clause c) {
    // A chord named by its symbol or name: "the tritone of V7 in C major" names a key, not the C major triad.
    List<MusicEntity.ChordName> chords = c.all(MusicEntity.ChordName.class);
    if (!(c.says("tritone") || c.says("tritones")) || c.has(Cue.TRITONE_SUBSTITUTE, Cue.TRANSPOSE) || chords.size() != 1
        || c.first(MusicEntity.Direction.class).isPresent() || c.first(MusicEntity.Numeral.class).isPresent()) {
      return List.of();
    }
    return List.of(new TheoryQuery.ChordTritones(chords.getFirst().chord()));
  }

  /**
   * "what is the third of an Ab minor chord?", "the 13th in A13", and a member named last, after the chord: "in an
   * A13b9 chord which note is the flat nine".
   */
  static List<TheoryQuery> tone(Clause c) {
    List<Chord> chords = c.chords(null);
    if (chords.size() != 1) return List.of();
    Tokens t = c.tokens();
    for (int i = 0; i < t.size(); i++) {
      boolean altered = t.is(i - 1, "flat", "sharp");
      Integer number = MEMBERS.getOrDefault(t.lower(i), altered ? ALTERED_MEMBERS.get(t.lower(i)) : null);
      int article = altered ? i - 2 : i - 1;
      boolean asked = t.is(i + 1, "of", "in") || i + 1 == t.size() && t.is(article, "the") && t.is(article - 1, "is");
      if (number != null && asked && !t.is(i - 1, "major", "minor", "perfect")) {
        return List.of(new TheoryQuery.ChordTone(chords.getFirst(), number));
      }
    }
    return List.of();
  }

  /** "G7 in second inversion", "first inversion of C major". */
  static List<TheoryQuery> inversion(Clause c) {
    List<Chord> chords = c.chords(null);
    for (int i = 1; i < c.tokens().size(); i++) {
      String position = c.tokens().lower(i - 1);
      int inversion = Math.max(INVERSIONS.indexOf(position), INVERSION_DIGITS.indexOf(position));
      if (c.tokens().is(i, "inversion") && inversion > 0 && chords.size() == 1) {
        return List.of(new TheoryQuery.Inversion(chords.getFirst(), inversion));
      }
    }
    return List.of();
  }

  /** "which notes are usually left out of C13?" */
  static List<TheoryQuery> omission(Clause c) {
    List<Chord> chords = c.chords(null);
    return c.has(Cue.OMIT) && chords.size() == 1 ? List.of(new TheoryQuery.Omission(chords.getFirst())) : List.of();
  }

  /** "how many notes are in the C-major seventh chord?" */
  static List<TheoryQuery> count(Clause c) {
    List<Chord> chords = c.chords(null);
    return c.has(Cue.COUNT_NOTES) && chords.size() == 1 ? List.of(new TheoryQuery.CountNotes(chords.getFirst())) : List.of();
  }

  /**
   * "what chord is B D F A?", "what are C E G and A C E": notes read as chords, one chord per group of at least
   * three notes when "and" divides two such groups.
   */
  static List<TheoryQuery> identify(Clause c) {
    List<MusicEntity.NoteName> notes = c.all(MusicEntity.NoteName.class);
    if (!namesChordByNotes(c, notes)) return List.of();
    return noteGroups(c, notes).stream().<TheoryQuery>map(TheoryQuery.IdentifyChord::new).toList();
  }

  /** The notes in groups of at least three, "and" dividing two such groups ("C E G and A C E"). */
  private static List<List<Note>> noteGroups(Clause c, List<MusicEntity.NoteName> notes) {
    List<List<Note>> groups = new ArrayList<>(List.of(new ArrayList<>()));
    for (int i = 0; i < notes.size(); i++) {
      MusicEntity.NoteName n = notes.get(i);
      if (!groups.getLast().isEmpty() && c.tokens().is(n.first() - 1, "and") && groups.getLast().size() >= 3
          && notes.size() - i >= 3) {
        groups.add(new ArrayList<>());
      }
      groups.getLast().add(n.note().withoutOctave());
    }
    return groups;
  }

  /**
   * The chords a question names by their notes ("what numeral is D F A in Bb major", "analyse C E G Bb"): each group
   * of notes ({@link #noteGroups}) stacked in thirds in some order, else nothing. Notes that are no such stack ("C F
   * G in C major") are a progression of roots.
   *
   * @param except the key the question names, whose tonic is no note of a chord
   */
  static List<Chord> chordsByNotes(Clause c, MusicEntity except) {
    if (!c.all(MusicEntity.ChordName.class).isEmpty()) return List.of();
    List<MusicEntity.NoteName> notes = c.all(MusicEntity.NoteName.class).stream().filter(n -> n != except).toList();
    if (!namesChordByNotes(c, notes)) return List.of();
    List<Chord> chords = new ArrayList<>();
    for (List<Note> group : noteGroups(c, notes)) {
      Optional<Chord> stacked = ChordIdentifier.identify(group).stream().filter(ChordMatch::complete)
          .map(ChordMatch::chord).filter(chord -> inThirds(chord, group)).findFirst();
      if (stacked.isEmpty()) return List.of();
      chords.add(stacked.get());
    }
    return chords;
  }

  /** Whether every note is a third, fifth or seventh above the root by letter: D F A is, C F G (a sus chord) is not. */
  private static boolean inThirds(Chord chord, List<Note> notes) {
    return notes.stream().allMatch(n -> chord.root().letter().stepsUpTo(n.letter()) % 2 == 0);
  }

  /**
   * The one place that decides whether the notes of a question are a chord to name, in this order: three notes at
   * least, or two that the question calls a chord ("what is the B right below middle C called" names two notes, not
   * a chord); no interval named (the notes are then its ends); no chord named with a spelling cue ("why is Cmaj7
   * spelled C E G Bb" claims the notes of the chord named); two pitch classes at least ("is middle c c4?" names
   * one note twice). Letters used as labels ("the A section", "voicing A and B") are never notes at all: the
   * entity recogniser leaves them out.
   */
  static boolean namesChordByNotes(Clause c, List<MusicEntity.NoteName> notes) {
    if (notes.size() < (c.has(Cue.CHORD) ? 2 : 3) || !c.all(MusicEntity.IntervalName.class).isEmpty()) return false;
    if (!c.all(MusicEntity.ChordName.class).isEmpty() && c.has(Cue.SPELL, Cue.MEMBERS)) return false;
    return notes.stream().map(n -> n.note().pitchClass()).distinct().count() >= 2;
  }

  /** "spell Cmaj7", "spell Dm7, G7 and Cmaj7", "spell A major": one spelling per chord named. */
  static List<TheoryQuery> spell(Clause c) {
    List<TheoryQuery> queries = new ArrayList<>();
    for (MusicEntity e : c.entities()) {
      boolean keyAsChord = e instanceof MusicEntity.KeyName && (c.has(Cue.SPELL, Cue.MEMBERS) || c.has(Cue.CHORD));
      // "spell the C# Hungarian minor scale" names a scale the engine lacks, not the C# chord.
      boolean noteAsChord = e instanceof MusicEntity.NoteName && c.notes().size() == 1 && !c.has(Cue.SCALE)
          && (c.has(Cue.CHORD) || c.says("spell"));
      if (e instanceof MusicEntity.ChordName || keyAsChord || noteAsChord) {
        Clause.chordOf(e).ifPresent(chord -> queries.add(new TheoryQuery.SpellChord(chord)));
      }
    }
    return queries;
  }
}
