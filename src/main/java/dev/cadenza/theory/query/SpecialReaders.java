package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.List;
import java.util.Optional;

/** Readers for tritone substitutes, chord membership, scales named by their notes, modes of a degree and MIDI chords. */
final class SpecialReaders {
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");
  private static final int MIN_SCALE_NOTES = 5;
  private static final int MIN_CHORD_NOTES = 3;
  private static final int HIGHEST_MIDI = 127;

  private SpecialReaders() {}

  /** "what is the tritone substitute of G7?", "tritone sub for Bb7". */
  static List<TheoryQuery> tritone(Clause c) {
    List<Chord> chords = c.chords(null);
    // "in C major whats the tritone sub for G7": the key is where the chord is, not a second chord.
    if (chords.size() > 1) chords = c.chords(c.key().map(Clause.Placed::entity).orElse(null));
    if (!c.has(Cue.TRITONE_SUBSTITUTE) || chords.size() != 1) return List.of();
    return List.of(new TheoryQuery.TritoneSubstitute(chords.getFirst()));
  }

  /**
   * "is E4 in the C major seventh chord?", "is Fb part of Cmaj7?", "is there an F# in Am7", "does C7 have a Bb in it".
   */
  static List<TheoryQuery> membership(Clause c) {
    Tokens t = c.tokens();
    List<MusicEntity.NoteName> notes = c.all(MusicEntity.NoteName.class);
    if (notes.size() != 1) return List.of();
    MusicEntity.NoteName n = notes.getFirst();
    int article = t.is(n.first() - 1, "a", "an") ? 1 : 0;
    // "is G natural part of an Ebm7": the natural sign said in words belongs to the note.
    int after = t.is(n.end(), "natural") ? n.end() + 1 : n.end();
    boolean isIn = t.is(0, "is", "are") && n.first() == 1 + article && t.is(after, "in", "part")
        || t.is(0, "is") && t.is(1, "there") && n.first() == 2 + article && t.is(n.end(), "in");
    boolean has = t.is(0, "does", "do") && c.all(MusicEntity.ChordName.class).size() == 1
        && t.is(n.first() - 1 - article, "have", "contain", "include");
    if (!isIn && !has) return List.of();
    // "is G in D major", "is G in the D major scale": a key or scale, whose notes the scale's spelling gives, no triad.
    if (c.all(MusicEntity.ChordName.class).isEmpty()
        && !(c.all(MusicEntity.KeyName.class).isEmpty() && c.all(MusicEntity.ScaleName.class).isEmpty())) {
      return List.of();
    }
    List<Chord> chords = c.chords(n);
    return chords.size() == 1 ? List.of(new TheoryQuery.ChordMembership(n.note(), chords.getFirst())) : List.of();
  }

  /** "what scale has the notes C D E F# G A B?": five notes or more and a scale or mode asked for. */
  static List<TheoryQuery> scaleFromNotes(Clause c) {
    if (!c.has(Cue.SCALE) || c.notes().size() < MIN_SCALE_NOTES) return List.of();
    return List.of(new TheoryQuery.ScaleFromNotes(c.notes().stream().map(n -> n.withoutOctave()).distinct().toList()));
  }

  /**
   * "the mode starting on the 2nd degree of C major", "which mode is on the fifth degree of A minor", "the fifth mode of
   * C major".
   */
  static List<TheoryQuery> modeOfDegree(Clause c) {
    if (!c.says("mode")) return List.of();
    // "which mode starts on the sixth degree of the major scale": any major key, C major the example.
    Optional<Key> key = c.key().map(Clause.Placed::value)
        .or(() -> c.says("major") ? Optional.of(Key.major("C"))
            : c.says("minor") ? Optional.of(Key.minor("A")) : Optional.empty());
    if (key.isEmpty()) return List.of();
    for (int i = 0; i + 1 < c.tokens().size(); i++) {
      int at = c.tokens().is(i + 1, "scale") ? i + 2 : i + 1;
      // "the fifth mode of C major" counts modes as degrees do.
      if (!c.tokens().is(at, "degree", "note") && !c.tokens().is(i + 1, "mode")) continue;
      String word = c.tokens().lower(i);
      int degree = word.matches("[1-7](st|nd|rd|th)") ? word.charAt(0) - '0' : ORDINALS.indexOf(word) + 1;
      if (degree >= 1) {
        return List.of(new TheoryQuery.ModeOfDegree(key.get(), degree, c.key().isEmpty()));
      }
    }
    return List.of();
  }

  /** "what chord do MIDI notes 60 64 67 70 make?" */
  static List<TheoryQuery> midi(Clause c) {
    List<Integer> numbers = c.all(MusicEntity.Count.class).stream().map(MusicEntity.Count::value)
        .filter(v -> v <= HIGHEST_MIDI).toList();
    if (!c.says("midi") || numbers.size() < MIN_CHORD_NOTES) return List.of();
    return List.of(new TheoryQuery.IdentifyMidiChord(numbers));
  }
}
