package dev.cadenza.finetune;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.ChordMatch;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "Which chord is E G C?": notes of a chord in some inversion, as pitch classes bass first or as pitches
 * in any order, named by the engine's chord identifier (its preferred reading, and the next one when the
 * notes have another).
 */
final class ChordIdentificationPairs implements PairSource {
  private static final List<String> BASS_FIRST = List.of(
      "Which chord is {0}?",
      "What chord do the notes {1} make, from the bass up?",
      "Identify the chord {1}, bass first.",
      "Name the chord spelled {1} from the bass up.",
      "What chord is {0} (lowest note first)?",
      "Which chord has the notes {1}, with {2} in the bass?");
  private static final List<String> PITCHES = List.of(
      "I'm playing {1}. What chord is that?",
      "What chord do the pitches {1} form?",
      "Name the chord made by {0}.",
      "Which chord is sounding when I play {1}?");
  private static final List<ChordType> SMALL = Arrays.stream(ChordType.values())
      .filter(t -> t.intervals().size() <= 5)
      .toList();
  private static final double SMALL_SHARE = 0.8;
  private static final double PITCH_SHARE = 0.4;

  private final Memo<List<Note>, List<ChordMatch>> readings = new Memo<>(ChordIdentifier::identify);

  @Override
  public Family family() {
    return Family.CHORD_IDENTIFICATION;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    List<ChordType> types = Draw.chance(random, SMALL_SHARE) ? SMALL : List.of(ChordType.values());
    ChordType type = Draw.pick(random, types);
    Note root = Draw.root(random);
    int inversion = random.nextInt(Math.min(4, type.intervals().size()));
    boolean pitches = Draw.chance(random, PITCH_SHARE);
    int octave = Draw.octave(random);
    try {
      Chord generated = Chord.of(root, type);
      Chord chord = new Chord(root, type, generated.tones().get(inversion));
      List<Note> notes = new ArrayList<>(pitches ? chord.pitches(octave) : chord.notes());
      if (pitches && Draw.chance(random, 0.5)) {
        Collections.shuffle(notes, random);
      }
      return pair(notes, pitches, random);
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private Optional<Pair> pair(List<Note> notes, boolean pitches, Random random) {
    List<ChordMatch> readings = this.readings.get(canonical(notes));
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    String template = Draw.pick(random, pitches ? PITCHES : BASS_FIRST);
    String question = Words.fill(template, Words.spaced(notes), Words.notes(notes), notes.getFirst());
    ChordMatch best = readings.getFirst();
    String answer = Words.notes(notes) + " form " + reading(best) + "."
        + (readings.size() > 1 ? " They can also be read as " + readings.get(1).symbol() + "." : "");
    return Optional.of(new Pair(family(), best.chord().root().toString(), question, answer));
  }

  /**
   * The notes as the identifier sees them: the bass (the lowest pitch, or the first note without octaves)
   * and then the other spellings in letter order, octaves dropped. Identification depends on nothing else.
   */
  static List<Note> canonical(List<Note> notes) {
    Note bass = notes.stream().allMatch(Note::hasOctave)
        ? notes.stream().min(Comparator.comparingInt(Note::midi)).orElseThrow().withoutOctave()
        : notes.getFirst().withoutOctave();
    List<Note> canonical = new ArrayList<>(List.of(bass));
    notes.stream().map(Note::withoutOctave).filter(n -> !canonical.contains(n))
        .sorted(Comparator.comparing(Note::letter).thenComparingInt(Note::accidental)).distinct()
        .forEach(canonical::add);
    return List.copyOf(canonical);
  }

  /** "a C major triad (C/E) in first inversion, with the major 3rd, E, in the bass". */
  static String reading(ChordMatch match) {
    Chord chord = match.chord();
    Chord rootPosition = Chord.of(chord.root(), chord.type());
    String omitted = match.complete() ? ""
        : " with the " + Words.and(match.omitted().stream()
            .map(n -> rootPosition.intervalOf(n).orElseThrow().ordinalName() + " (" + n + ")").toList()) + " left out";
    int inversion = chord.inversion();
    String position;
    if (inversion == 0) {
      position = " in root position";
    } else if (inversion > 0) {
      String role = ChordWords.role(chord.intervalOf(chord.bass()).orElseThrow());
      position = (inversion <= 3 ? " in " + chord.inversionName() + "," : "") + " with " + role + ", "
          + chord.bass() + ", in the bass";
    } else {
      position = " over " + chord.bass() + " in the bass, a note outside the chord";
    }
    return ChordWords.described(rootPosition) + " (" + chord.symbol() + ")" + position + omitted;
  }
}
