package dev.cadenza.finetune;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "What notes are in a D# major 13th chord?": spellings of every chord type on every root, as pitch
 * classes, stacked up from a given octave, or inverted. The first draws walk through every root and
 * type once, in a seeded order, so the whole vocabulary is covered; later draws are random.
 */
final class ChordSpellingPairs implements PairSource {
  private static final List<String> PLAIN = List.of(
      "What notes are in {0}?",
      "Spell {1}.",
      "Which notes make up {0}?",
      "What are the chord tones of {1}?",
      "How is {0} spelled?",
      "Spell the {2}.",
      "List the notes of {1}, root first.");
  private static final List<String> STACKED = List.of(
      "Spell {0} built up from {3}.",
      "Stack {0} upward from {3}. Which pitches do you get?",
      "Starting on {3}, what are the notes of {1}?",
      "Write {1} in root position with the root on {3}.",
      "What pitches are in the {2} rooted on {3}?");
  private static final List<String> INVERTED = List.of(
      "Spell {0} in {4}, from the bass up.",
      "What are the notes of {1}/{5}, from the bass up?",
      "Which notes does the {2} have in {4}, lowest first?",
      "Write {1} in {4} with {5} in the bass.");
  private static final double STACKED_SHARE = 0.35;
  private static final double INVERTED_SHARE = 0.2;

  private List<Chord> unvisited;

  @Override
  public Family family() {
    return Family.CHORD_SPELLING;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    Optional<Chord> chord = next(random);
    if (chord.isEmpty()) {
      return Optional.empty();
    }
    Chord c = chord.get();
    int octave = Draw.octave(random);
    boolean invert = Draw.chance(random, INVERTED_SHARE) && c.tones().size() <= 4;
    if (invert) {
      Note bass = c.tones().get(1 + random.nextInt(c.tones().size() - 1));
      return Optional.of(inverted(new Chord(c.root(), c.type(), bass), random));
    }
    return Optional.of(Draw.chance(random, STACKED_SHARE) ? stacked(c, octave, random) : plain(c, random));
  }

  private Optional<Chord> next(Random random) {
    if (unvisited == null) {
      unvisited = everyChord();
      Collections.shuffle(unvisited, random);
    }
    if (!unvisited.isEmpty()) {
      return Optional.of(unvisited.removeLast());
    }
    try {
      return Optional.of(Chord.of(Draw.root(random), Draw.pick(random, List.of(ChordType.values()))));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  /** Every root and type whose spelling needs no triple accidentals. */
  static List<Chord> everyChord() {
    List<Note> roots = new ArrayList<>(Subjects.COMMON_ROOTS);
    roots.addAll(Subjects.RARE_ROOTS);
    List<Chord> chords = new ArrayList<>();
    for (Note root : roots) {
      for (ChordType type : ChordType.values()) {
        try {
          chords.add(Chord.of(root, type));
        } catch (IllegalArgumentException tripleAccidental) {
          // Not spellable on this root: the engine refuses it, and so does the dataset.
        }
      }
    }
    return chords;
  }

  private Pair plain(Chord chord, Random random) {
    String question = question(Draw.pick(random, PLAIN), chord, "", chord);
    String answer = Words.capitalise(ChordWords.described(chord)) + " (" + chord.symbol() + ") is spelled "
        + Words.notes(chord.tones()) + ": " + ChordWords.roles(chord) + "."
        + chord.type().convention().map(c -> " " + Words.capitalise(c) + ".").orElse("");
    return new Pair(family(), chord.root().toString(), question, answer);
  }

  private Pair stacked(Chord chord, int octave, Random random) {
    String question = question(Draw.pick(random, STACKED), chord, chord.root().withOctave(octave).toString(), chord);
    return new Pair(family(), chord.root().toString(), question, stackedAnswer(chord, octave));
  }

  /** "A D# major 13th chord built up from D#3 is D#3, F##3, A#3, C##4, E#4, G#4, B#4. Each tone ...". */
  static String stackedAnswer(Chord chord, int octave) {
    return Words.capitalise(ChordWords.described(chord)) + " built up from " + chord.root().withOctave(octave) + " is "
        + Words.notes(chord.pitches(octave)) + ". Each tone sits at its interval above the root: "
        + ChordWords.roles(chord) + ".";
  }

  private Pair inverted(Chord chord, Random random) {
    Chord rootPosition = Chord.of(chord.root(), chord.type());
    String role = ChordWords.role(chord.intervalOf(chord.bass()).orElseThrow());
    String question = question(Draw.pick(random, INVERTED), rootPosition, "", chord);
    String answer = Words.capitalise(ChordWords.described(rootPosition)) + " in " + chord.inversionName()
        + " (" + chord.symbol() + ") has " + role + ", " + chord.bass() + ", in the bass: "
        + Words.notes(chord.notes()) + " from the bass up.";
    return new Pair(family(), chord.root().toString(), question, answer);
  }

  private static String question(String template, Chord rootPosition, String lowest, Chord asked) {
    return Words.fill(template, ChordWords.described(rootPosition), rootPosition.symbol(),
        ChordWords.noun(rootPosition), lowest, asked.inversionName(), asked.bass());
  }
}
