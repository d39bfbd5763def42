package dev.cadenza.theory.qa;

import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import dev.cadenza.theory.query.QueryResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrects a false premise before the answer: "why does C major have 2 sharps" states a fact the engine can
 * check. Only questions that assert ("why", "since", "explain why") are checked, and only the fact the first
 * answer computed: a signature count, a chord's quality, an interval, a note in a scale, a related key.
 */
final class Premises {
  private static final Set<String> ASSERTING = Set.of("why", "since", "explain");
  private static final List<String> QUALITIES = List.of("major", "minor", "diminished", "augmented", "dominant");

  private Premises() {}

  static Optional<String> correction(String question, List<QueryResult> results) {
    Tokens t = Tokens.of(question);
    if (t.words().stream().noneMatch(w -> ASSERTING.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
      return Optional.empty();
    }
    List<MusicEntity> claimed = EntityRecogniser.recognise(t);
    return switch (results.getFirst()) {
      case QueryResult.KeyResult r when r.relation() == null -> signature(t, claimed, r);
      case QueryResult.KeyResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.KeyName k && !k.key().name().equals(r.key()) && !k.key().name().equals(r.related()))
          .findFirst().map(e -> "No: the " + r.relation() + " of " + r.key() + " is " + r.related() + ", not "
              + ((MusicEntity.KeyName) e).key() + ".");
      case QueryResult.IdentifiedChord r when r.symbol() != null -> quality(t, r);
      case QueryResult.IntervalResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.IntervalName i && !i.interval().shortName().equals(r.interval()))
          .findFirst().map(e -> "No: it is " + r.name() + " (" + r.interval() + "), not "
              + ((MusicEntity.IntervalName) e).interval().name() + ".");
      case QueryResult.ScaleResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.NoteName n && !r.notes().contains(n.note().withoutOctave().toString()))
          .findFirst().map(e -> "No: " + ((MusicEntity.NoteName) e).note() + " is not in " + r.scale() + ".");
      case QueryResult.ChordResult r -> {
        List<String> named = claimed.stream().filter(e -> e instanceof MusicEntity.NoteName)
            .map(e -> ((MusicEntity.NoteName) e).note().withoutOctave().toString()).toList();
        yield named.size() >= 2 && !r.notes().containsAll(named)
            ? Optional.of("No: " + r.symbol() + " is not " + String.join(" ", named) + ".") : Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  private static Optional<String> signature(Tokens t, List<MusicEntity> claimed, QueryResult.KeyResult r) {
    for (MusicEntity e : claimed) {
      if (e instanceof MusicEntity.Count c && t.is(c.end(), "sharp", "sharps", "flat", "flats")) {
        int fifths = t.lower(c.end()).startsWith("sharp") ? c.value() : -c.value();
        if (fifths != r.fifths() && !(c.value() == 0 && r.fifths() == 0)) {
          return Optional.of("No: " + r.key() + " does not have " + c.value() + " " + t.lower(c.end()) + ".");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> quality(Tokens t, QueryResult.IdentifiedChord r) {
    for (int i = 1; i < t.size(); i++) {
      String word = t.lower(i);
      if (QUALITIES.contains(word) && t.is(i - 1, "a", "an") && t.is(i + 1, "chord", "triad")
          && !r.name().contains(word)) {
        return Optional.of("No: " + String.join(", ", r.notes()) + " is not " + t.lower(i - 1) + " " + word + " "
            + t.lower(i + 1) + ".");
      }
    }
    return Optional.empty();
  }
}
