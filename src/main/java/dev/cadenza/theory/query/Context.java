package dev.cadenza.theory.query;

import dev.cadenza.theory.entity.MusicEntity;
import java.util.List;

/**
 * What a later clause may refer back to with "it" or "its": the music the earlier clause named, or, after a
 * related-key question, the key it found ("the relative minor of G major and its key signature").
 */
final class Context {
  private Context() {}

  static List<MusicEntity> carried(Clause clause, List<TheoryQuery> read) {
    if (!read.isEmpty() && read.getLast() instanceof TheoryQuery.RelatedKey related) {
      try {
        return List.of(new MusicEntity.KeyName(QueryExecutor.related(related), -1, -1));
      } catch (IllegalArgumentException tripleAccidentals) {
        return List.of();
      }
    }
    // "i play tenor sax in Bb. what key am i in": the instrument's letter is no music to refer back to, and the note
    // or key it was asked about has been answered.
    if (!read.isEmpty() && (read.getLast() instanceof TheoryQuery.InstrumentTransposition
        || read.getLast() instanceof TheoryQuery.InstrumentKey)) {
      return List.of();
    }
    return clause.entities().stream().map(Context::detached).toList();
  }

  /** The entity without its place, since its token indexes belong to another clause. */
  private static MusicEntity detached(MusicEntity e) {
    return switch (e) {
      case MusicEntity.NoteName n -> new MusicEntity.NoteName(n.note(), -1, -1);
      case MusicEntity.ChordName c -> new MusicEntity.ChordName(c.chord(), -1, -1);
      case MusicEntity.KeyName k -> new MusicEntity.KeyName(k.key(), -1, -1);
      case MusicEntity.ScaleName s -> new MusicEntity.ScaleName(s.scale(), -1, -1);
      case MusicEntity.IntervalName i -> new MusicEntity.IntervalName(i.interval(), -1, -1);
      case MusicEntity.Numeral n -> new MusicEntity.Numeral(n.numeral(), -1, -1);
      case MusicEntity.Count c -> new MusicEntity.Count(c.value(), -1, -1);
      case MusicEntity.Direction d -> new MusicEntity.Direction(d.up(), -1, -1);
    };
  }
}
