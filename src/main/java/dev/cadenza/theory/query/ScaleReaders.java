package dev.cadenza.theory.query;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads scale questions: "notes of B lydian", "c major scale", the ambiguous "notes in G major", and a scale type
 * counted ("how many notes are in a whole tone scale").
 */
final class ScaleReaders {
  private ScaleReaders() {}

  /**
   * "how many notes are in a whole tone scale", "how many different notes does the blues scale have": a scale named
   * without a tonic, counted (and shown on C); "how many notes in a C major scale": that scale.
   */
  static List<TheoryQuery> count(Clause c) {
    if (!c.has(Cue.COUNT_NOTES)) return List.of();
    if (c.entities().size() == 1 && c.entities().getFirst() instanceof MusicEntity.ScaleName s) {
      return List.of(new TheoryQuery.CountScaleNotes(s.scale(), false));
    }
    // A key counts as its scale only when the scale is said: "how many notes in C major" may mean the chord.
    if (c.entities().size() == 1 && c.entities().getFirst() instanceof MusicEntity.KeyName k && c.has(Cue.SCALE)) {
      return List.of(new TheoryQuery.CountScaleNotes(k.key().scale(), false));
    }
    Tokens t = c.tokens();
    for (int i = 1; i < t.size(); i++) {
      if (!t.is(i, "scale", "scales")) continue;
      for (int from = Math.max(0, i - 3); from < i; from++) {
        Optional<ScaleType> type = ScaleType.parse(t.join(from, i));
        // Nothing else named: "whole tone" read as a step is part of the scale's name.
        int start = from;
        int end = i;
        boolean alone = c.entities().stream().allMatch(e -> e.first() >= start && e.end() <= end);
        if (type.isPresent() && alone) {
          return List.of(new TheoryQuery.CountScaleNotes(new Scale(Note.parse("C"), type.get()), true));
        }
      }
    }
    return List.of();
  }

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
