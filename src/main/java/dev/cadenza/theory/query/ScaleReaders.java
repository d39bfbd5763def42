package dev.cadenza.theory.query;

import dev.cadenza.theory.entity.MusicEntity;
import java.util.ArrayList;
import java.util.List;

/** Reads scale questions: "notes of B lydian", "c major scale", and the ambiguous "notes in G major". */
final class ScaleReaders {
  private ScaleReaders() {}

  /**
   * One scale per scale or key named. A key with "scale", "mode" or "key" said is its scale; a key asked
   * for with only "notes in" could mean the scale or the tonic chord, so both are given, each labelled.
   */
  static List<TheoryQuery> scale(Clause c) {
    boolean scaleNamed = !c.all(MusicEntity.ScaleName.class).isEmpty();
    boolean scaleSaid = c.has(Cue.SCALE) || c.has(Cue.KEY_WORD) || scaleNamed;
    boolean notesAsked = c.has(Cue.SPELL, Cue.MEMBERS);
    List<TheoryQuery> queries = new ArrayList<>();
    for (MusicEntity e : c.entities()) {
      if (e instanceof MusicEntity.ScaleName s) {
        queries.add(new TheoryQuery.SpellScale(s.scale()));
      } else if (e instanceof MusicEntity.KeyName k && (scaleSaid || !notesAsked && !c.has(Cue.CHORD))) {
        queries.add(new TheoryQuery.SpellScale(k.key().scale()));
      } else if (e instanceof MusicEntity.KeyName k && !c.has(Cue.CHORD) && !c.says("spell") && c.tokens().is(e.first() - 1, "the")) {
        queries.add(new TheoryQuery.SpellScale(k.key().scale()));
      } else if (e instanceof MusicEntity.KeyName k && !c.has(Cue.CHORD) && !c.says("spell")) {
        queries.add(new TheoryQuery.SpellScale(k.key().scale()));
        Clause.tonicTriad(k.key()).ifPresent(triad -> queries.add(new TheoryQuery.SpellChord(triad)));
      }
    }
    return queries;
  }
}
