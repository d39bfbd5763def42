package dev.cadenza.theory.query;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for questions about keys: signatures, keys from signatures, related keys, scale degrees. */
final class KeyReaders {
  /** Degree names and the degree they stand for; "leading tone" in minor is the raised seventh. */
  private static final Map<String, Integer> DEGREES = Map.ofEntries(
      Map.entry("tonic", 1), Map.entry("supertonic", 2), Map.entry("mediant", 3), Map.entry("subdominant", 4),
      Map.entry("dominant", 5), Map.entry("submediant", 6), Map.entry("leading tone", 7), Map.entry("leading note", 7),
      Map.entry("leading-tone", 7), Map.entry("subtonic", 7));
  private static final List<String> DEGREE_WORDS = List.of("chord", "triad", "seventh", "7th", "key", "7", "note of the chord");

  private static final Pattern ALTERED_DEGREE = Pattern.compile("(b|#)([1-7])");
  /** A degree after "flat" or "sharp", in digits or words: its index modulo 7, plus one, is the degree. */
  private static final List<String> NUMBER_WORDS = List.of("1", "2", "3", "4", "5", "6", "7", "one", "two", "three",
      "four", "five", "six", "seven");

  private KeyReaders() {}

  /** "what key has 4 sharps?", "which minor key has three flats", "which key has G# as its last sharp". */
  static List<TheoryQuery> fromSignature(Clause c) {
    Optional<Key.Mode> mode = c.says("minor") ? Optional.of(Key.Mode.MINOR)
        : c.says("major") ? Optional.of(Key.Mode.MAJOR) : Optional.empty();
    // "what key has G# as the last sharp": the signature that ends on that note.
    boolean lastSharp = c.says("last sharp");
    if (lastSharp || c.says("last flat")) {
      for (MusicEntity.NoteName named : c.all(MusicEntity.NoteName.class)) {
        Note note = named.note().withoutOctave();
        for (int count = 1; count <= Key.MAX_FIFTHS / 2; count++) {
          if (Key.majorAtFifths(lastSharp ? count : -count).signature().getLast().equals(note)) {
            return List.of(new TheoryQuery.KeyFromSignature(count, lastSharp, mode));
          }
        }
      }
      return List.of();
    }
    // The count of sharps or flats, not an earlier number ("one more: which key has 6 sharps").
    Optional<MusicEntity.Count> count = c.all(MusicEntity.Count.class).stream()
        .filter(n -> c.tokens().is(n.end(), "sharp", "sharps", "flat", "flats")).findFirst();
    if (count.isEmpty() || c.key().isPresent() || !c.has(Cue.WHICH_KEY) || count.get().value() > 7) {
      return List.of();
    }
    boolean sharps = c.tokens().is(count.get().end(), "sharp", "sharps");
    return List.of(new TheoryQuery.KeyFromSignature(count.get().value(), sharps, mode));
  }

  /** "how many flats in Db major?", "F# major key signature". */
  static List<TheoryQuery> signature(Clause c) {
    if (!c.has(Cue.SIGNATURE, Cue.ACCIDENTALS)) return List.of();
    return c.key().map(k -> List.<TheoryQuery>of(new TheoryQuery.KeySignature(k.value()))).orElse(List.of());
  }

  /** "relative minor of A major", "parallel key of F# minor", "dominant key of E major", "enharmonic key of Gb". */
  static List<TheoryQuery> related(Clause c) {
    TheoryQuery.Relation relation = c.has(Cue.ENHARMONIC) ? TheoryQuery.Relation.ENHARMONIC
        : c.has(Cue.RELATIVE) ? TheoryQuery.Relation.RELATIVE
        : c.has(Cue.PARALLEL) ? TheoryQuery.Relation.PARALLEL
        : c.has(Cue.SUBDOMINANT_KEY) ? TheoryQuery.Relation.SUBDOMINANT
        : c.has(Cue.DOMINANT_KEY) ? TheoryQuery.Relation.DOMINANT : null;
    if (relation == null || relation == TheoryQuery.Relation.ENHARMONIC && c.all(MusicEntity.KeyName.class).isEmpty()) {
      return List.of();
    }
    return c.key().map(k -> List.<TheoryQuery>of(new TheoryQuery.RelatedKey(k.value(), relation))).orElse(List.of());
  }

  /**
   * "what is the b6 of C major", "whats the flat 6 in D major", "#4 in G": a degree raised or lowered from the major scale
   * on the key's tonic, the convention chord symbols and scale formulas use.
   */
  static List<TheoryQuery> alteredDegree(Clause c) {
    Optional<Clause.Placed<Key>> key = c.key();
    if (key.isEmpty() || c.first(MusicEntity.ChordName.class).isPresent()) return List.of();
    Tokens t = c.tokens();
    for (int i = 0; i < t.size(); i++) {
      // "b3" typed in lower case next to a key is the degree, though it reads as the note B3 too.
      Matcher symbol = ALTERED_DEGREE.matcher(t.at(i));
      if (symbol.matches()) {
        return List.of(new TheoryQuery.AlteredDegree(key.get().value(), symbol.group(2).charAt(0) - '0',
            symbol.group(1).equals("#") ? 1 : -1));
      }
      int named = t.is(i, "flat", "sharp") ? NUMBER_WORDS.indexOf(t.lower(i + 1)) : -1;
      if (named >= 0 && !c.inName(i)) {
        return List.of(new TheoryQuery.AlteredDegree(key.get().value(), named % 7 + 1, t.is(i, "sharp") ? 1 : -1));
      }
    }
    return List.of();
  }

  /** "the dominant of F# minor", "leading tone in A minor", "the 4th degree of E major". */
  static List<TheoryQuery> degree(Clause c) {
    Optional<Clause.Placed<Key>> key = c.key();
    if (key.isEmpty()) return List.of();
    for (Map.Entry<String, Integer> name : DEGREES.entrySet()) {
      if (c.says(name.getKey()) && DEGREE_WORDS.stream().noneMatch(w -> c.says(name.getKey() + " " + w))) {
        boolean raised = name.getValue() == 7 && name.getKey().startsWith("leading") && key.get().value().mode() == Key.Mode.MINOR;
        return List.of(new TheoryQuery.ScaleDegree(key.get().value(), name.getValue(), raised, name.getKey().equals("subtonic")));
      }
    }
    for (int i = 0; i < c.tokens().size(); i++) {
      if (c.tokens().lower(i).matches("[1-7](st|nd|rd|th)") && c.tokens().is(i + 1, "degree", "note")
          || c.tokens().is(i, "degree") && c.tokens().lower(i + 1).matches("[1-7]")) {
        int degree = Character.getNumericValue(c.tokens().lower(c.tokens().is(i, "degree") ? i + 1 : i).charAt(0));
        return List.of(new TheoryQuery.ScaleDegree(key.get().value(), degree, false, false));
      }
      if (c.tokens().lower(i).matches("[1-7](st|nd|rd|th)") && c.tokens().is(i + 1, "scale") && c.tokens().is(i + 2, "degree")) {
        return List.of(new TheoryQuery.ScaleDegree(key.get().value(), Character.getNumericValue(c.tokens().lower(i).charAt(0)), false, false));
      }
    }
    return List.of();
  }
}
