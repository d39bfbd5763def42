package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One clause of a question as the readers see it: its tokens, the music entities found in them and the cue
 * phrases it contains. Entities carried over from an earlier clause ("what numeral is it in C major?") come
 * first and have no tokens of their own.
 */
record Clause(Tokens tokens, List<MusicEntity> entities, String words) {
  Clause {
    entities = List.copyOf(entities);
  }

  /** The clause; its cue words are the tokens outside note, chord, key and scale names ("A-flat" says no "flat"). */
  static Clause of(Tokens tokens, List<MusicEntity> entities) {
    List<String> words = new ArrayList<>(tokens.words().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
    for (MusicEntity e : entities) {
      if (isName(e)) {
        for (int i = e.first(); i < e.end(); i++) {
          words.set(i, "_");
        }
      }
    }
    return new Clause(tokens, entities, " " + String.join(" ", words).replaceAll("(?<=[a-z]) - (?=[a-z])", "-") + " ");
  }

  /** A note, chord, key or scale name: music named, as counts, intervals and numerals are not. */
  private static boolean isName(MusicEntity e) {
    return e instanceof MusicEntity.NoteName || e instanceof MusicEntity.ChordName || e instanceof MusicEntity.KeyName
        || e instanceof MusicEntity.ScaleName;
  }

  /** Whether the token at {@code index} is part of a note, chord, key or scale name ("flat" of "E flat"). */
  boolean inName(int index) {
    return entities.stream().anyMatch(e -> isName(e) && e.first() <= index && index < e.end());
  }

  /** Whether the clause refers back to something named before ("spell it", "its relative minor"). */
  boolean refersBack() {
    return says("it") || says("its") || says("they") || says("them") || says("this") || says("that");
  }

  /** The clause with {@code earlier} entities placed before its own. */
  Clause withContext(List<MusicEntity> earlier) {
    List<MusicEntity> all = new ArrayList<>(earlier);
    all.addAll(entities);
    return new Clause(tokens, all, words);
  }

  /** Whether the clause contains a phrase of any of the cues. */
  boolean has(Cue... cues) {
    for (Cue cue : cues) {
      if (cue.foundIn(words)) return true;
    }
    return false;
  }

  /** Whether the clause contains the phrase as whole words. */
  boolean says(String phrase) {
    return words.contains(" " + phrase + " ");
  }

  <T extends MusicEntity> List<T> all(Class<T> kind) {
    return entities.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  <T extends MusicEntity> Optional<T> first(Class<T> kind) {
    return entities.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  List<Note> notes() {
    return all(MusicEntity.NoteName.class).stream().map(MusicEntity.NoteName::note).toList();
  }

  /**
   * The key the clause is set in: a named key after "in", "of" or "key" (else the last one named), or a bare
   * note or minor chord symbol right after "in"/"of" ("in Bb", "in c#m") read as a major or minor key.
   */
  Optional<Placed<Key>> key() {
    List<Placed<Key>> keys = new ArrayList<>();
    for (MusicEntity e : entities) {
      Optional<Key> key = switch (e) {
        case MusicEntity.KeyName k -> Optional.of(k.key());
        case MusicEntity.NoteName n when after(e, "in", "of", "key") && !turnedDown(e) -> majorKey(n.note());
        case MusicEntity.ChordName c when after(e, "in", "of", "key") && !turnedDown(e) -> keyOf(c.chord());
        default -> Optional.empty();
      };
      key.ifPresent(k -> keys.add(new Placed<>(k, e)));
    }
    // "in" and "key of" name the key more surely than "of" ("the numerals of F Bb C F in F major"), and "of"
    // more surely than "is" ("why is E minor the relative minor of C major").
    for (String[] words : List.of(new String[] {"in", "key"}, new String[] {"of"}, new String[] {"is"})) {
      // A key named with its mode ("in C major") is surer than a chord or note read as one ("the chords in Dm G C").
      Optional<Placed<Key>> placed = keys.stream().filter(k -> after(k.entity(), words))
          .min(java.util.Comparator.comparing(k -> !(k.entity() instanceof MusicEntity.KeyName)));
      if (placed.isPresent()) {
        return placed;
      }
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.getLast());
  }

  private static Optional<Key> keyOf(Chord chord) {
    if (chord.isSlash() || chord.type() != ChordType.MAJOR && chord.type() != ChordType.MINOR) {
      return Optional.empty();
    }
    return Key.tryParse(chord.root() + (chord.type() == ChordType.MAJOR ? " major" : " minor"));
  }

  private static Optional<Key> majorKey(Note tonic) {
    return Key.tryParse(tonic.withoutOctave() + " major");
  }

  /** "Ab instead of G#": the note after "instead of" is the one turned down, no key. */
  private boolean turnedDown(MusicEntity e) {
    return tokens.is(e.first() - 2, "instead") && tokens.is(e.first() - 1, "of");
  }

  /** Whether the entity's first token follows one of these words ("the" skipped). */
  boolean after(MusicEntity e, String... words) {
    if (e.first() < 0) return false;
    int before = e.first() - 1;
    if (tokens.is(before, "the")) before--;
    return tokens.is(before, words);
  }

  /** Chords named as symbols, words, bare notes ("G C D G") or keys (the tonic triad), skipping one entity. */
  List<Chord> chords(MusicEntity except) {
    List<Chord> chords = new ArrayList<>();
    for (MusicEntity e : entities) {
      if (e == except) continue;
      chordOf(e).ifPresent(chords::add);
    }
    return chords;
  }

  static Optional<Chord> chordOf(MusicEntity e) {
    return switch (e) {
      case MusicEntity.ChordName c -> Optional.of(c.chord());
      case MusicEntity.NoteName n -> triad(n.note(), ChordType.MAJOR);
      case MusicEntity.KeyName k -> tonicTriad(k.key());
      default -> Optional.empty();
    };
  }

  /** The key's tonic triad, when it can be spelled without triple accidentals. */
  static Optional<Chord> tonicTriad(Key key) {
    return triad(key.tonic(), key.mode() == Key.Mode.MAJOR ? ChordType.MAJOR : ChordType.MINOR);
  }

  private static Optional<Chord> triad(Note root, ChordType type) {
    try {
      return Optional.of(Chord.of(root.withoutOctave(), type));
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.empty();
    }
  }

  /** A value found in the clause with the entity it came from. */
  record Placed<T>(T value, MusicEntity entity) {}
}
