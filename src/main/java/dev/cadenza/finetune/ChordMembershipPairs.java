package dev.cadenza.finetune;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * "Is E4 in the C major 7th chord rooted on C4?": chord tones, enharmonic respellings of chord tones,
 * other notes, and for voiced chords chord tones in the wrong octave. Membership is by exact spelling,
 * as the engine spells chords.
 */
final class ChordMembershipPairs implements PairSource {
  private static final List<String> PLAIN = List.of(
      "Is {0} in {1}?",
      "Is {0} a chord tone of {2}?",
      "Does {2} contain {0}?",
      "Is {0} part of the {3}?",
      "Does the {3} include the note {0}?");
  private static final List<String> VOICED = List.of(
      "Is {0} in the {3} rooted on {4}?",
      "Does {2} built up from {4} contain {0}?",
      "Is {0} one of the pitches of the {3} stacked from {4}?",
      "If I stack {2} from {4}, is {0} one of its notes?");
  /** Octave digits that make a pitch read like a chord symbol (E7, C9, G5 as a power chord). */
  private static final Set<Integer> CHORD_LIKE_OCTAVES = Set.of(2, 5, 6, 7, 9);

  @Override
  public Family family() {
    return Family.CHORD_MEMBERSHIP;
  }

  /** The note asked about, the lowest pitch of the voicing (null for pitch classes) and the answer. */
  private record Asked(Note note, Note lowest, String answer) {}

  @Override
  public Optional<Pair> draw(Random random) {
    try {
      Chord chord = Chord.of(Draw.root(random), Draw.pick(random, List.of(ChordType.values())));
      boolean voiced = Draw.chance(random, 0.5);
      Optional<Asked> asked = voiced ? voiced(chord, Draw.octave(random), random) : plain(chord, random);
      return asked.map(a -> pair(chord, a, random));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private Optional<Asked> plain(Chord chord, Random random) {
    List<Note> tones = chord.tones();
    String spelled = ChordWords.described(chord) + " (" + chord.symbol() + ") is spelled " + Words.notes(tones)
        + ", so ";
    double kind = random.nextDouble();
    Note tone = Draw.pick(random, tones);
    String role = ChordWords.role(chord.intervalOf(tone).orElseThrow());
    if (kind < 0.45) {
      return Optional.of(new Asked(tone, null, "Yes: " + spelled + tone + " is " + role + "."));
    }
    if (kind < 0.65) {
      return respelling(tone, tones).map(other -> new Asked(other, null, "No: " + spelled + other
          + " is not a chord tone. It sounds the same as " + tone + ", " + role + ", but the chord spells that tone "
          + tone + "."));
    }
    Note other = Draw.root(random);
    if (tones.stream().anyMatch(t -> t.pitchClass() == other.pitchClass())) {
      return Optional.empty();
    }
    return Optional.of(new Asked(other, null, "No: " + spelled + other + " is not one of its tones."));
  }

  private Optional<Asked> voiced(Chord chord, int octave, Random random) {
    List<Note> pitches = chord.pitches(octave);
    Note lowest = pitches.getFirst();
    String stack = ChordWords.described(chord) + " stacked up from " + lowest;
    String hasPitches = stack + " has the pitches " + Words.notes(pitches) + ". ";
    double kind = random.nextDouble();
    Note pitch = Draw.pick(random, pitches);
    String role = ChordWords.role(chord.intervalOf(pitch).orElseThrow());
    if (kind < 0.45) {
      return Optional.of(new Asked(pitch, lowest, "Yes: " + pitch + " is " + role + " of " + stack
          + ", whose pitches are " + Words.notes(pitches) + "."));
    }
    if (kind < 0.7) {
      Note elsewhere = pitch.withOctave(pitch.octave().getAsInt() + (Draw.chance(random, 0.5) ? 1 : -1));
      if (pitches.contains(elsewhere)) {
        return Optional.empty();
      }
      return Optional.of(new Asked(elsewhere, lowest, "No: " + hasPitches + elsewhere + " is not one of them,"
          + " although " + pitch.withoutOctave() + " is " + role + " of the chord in another octave."));
    }
    Note other = Draw.root(random).withOctave(octave + random.nextInt(2));
    if (pitches.stream().anyMatch(p -> p.pitchClass() == other.pitchClass())) {
      return Optional.empty();
    }
    return Optional.of(new Asked(other, lowest, "No: " + hasPitches + other.withoutOctave()
        + " is not a chord tone in any octave."));
  }

  /** Another spelling of {@code tone} on a neighbouring letter that the chord does not use. */
  private static Optional<Note> respelling(Note tone, List<Note> tones) {
    for (int step : new int[] {1, -1}) {
      Letter letter = tone.letter().plus(step);
      int accidental = Math.floorMod(tone.pitchClass() - letter.pitchClass() + 6, 12) - 6;
      if (Math.abs(accidental) <= 2) {
        Note other = Note.of(letter, accidental);
        if (tones.stream().noneMatch(other::sameSpelling)) {
          return Optional.of(other);
        }
      }
    }
    return Optional.empty();
  }

  private Pair pair(Chord chord, Asked asked, Random random) {
    List<String> templates = asked.lowest() == null ? PLAIN : VOICED;
    String note = asked.lowest() != null && CHORD_LIKE_OCTAVES.contains(asked.note().octave().getAsInt())
        ? "the pitch " + asked.note()
        : asked.note().toString();
    String question = Words.fill(Draw.pick(random, templates), note, ChordWords.described(chord),
        chord.symbol(), ChordWords.noun(chord), asked.lowest());
    return new Pair(family(), chord.root().toString(), question, asked.answer());
  }
}
