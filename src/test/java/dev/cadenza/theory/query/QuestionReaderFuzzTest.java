package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded token soups and shuffled sentences: reading never throws, and every query's notes, roots, tonics,
 * numerals and counts come from the question (a letter read as a note is in the text; a count is written).
 */
class QuestionReaderFuzzTest {
  private static final long SEED = 8_675_309L;
  private static final int CASES = 20_000;
  private static final List<String> WORDS = List.of("C", "D#", "Fb", "B##", "Cbb", "E", "A", "a", "b", "the", "is",
      "has", "of", "in", "to", "up", "down", "from", "between", "and", ",", "?", ".", "(", ")", "-", "major", "minor",
      "chord", "scale", "key", "triad", "seventh", "13th", "maj7", "Cm7b5", "dim7", "lydian", "harmonic", "V7", "V/V",
      "vii", "ii", "I", "i", "IV", "bVI", "N6", "Ger+6", "relative", "parallel", "sharps", "flats", "four", "9", "no",
      "perfect", "fifth", "third", "augmented", "sixth", "diminished", "octave", "tritone", "above", "below",
      "signature", "notes", "spell", "how", "many", "what", "which", "numeral", "it", "its", "C4", "G#5", "E♭", "F𝄪",
      "half-diminished", "C6/9", "C/E", "F-minor-ninth", "whole", "step", "semitones", "transpose", "enharmonic",
      "why", "first", "inversion", "omit", "diatonic", "dominant", "leading", "tone");

  @Test
  void readsOnlyArgumentsThatTheQuestionNames() {
    System.out.println("QuestionReaderFuzzTest seed " + SEED);
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int w = 0; w < length; w++) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String question = text.toString();
      String upper = dev.cadenza.theory.Accidentals.asciify(question).toUpperCase(Locale.ROOT);
      List<TheoryQuery> queries = QuestionReader.read(question);
      for (TheoryQuery query : queries) {
        for (String argument : arguments(query)) {
          assertThat(upper).as("seed %d: '%s' read as %s", SEED, question, query).contains(argument);
        }
      }
    }
  }

  /** What of the query must be written in the question, upper-cased: note letters, numerals, counts. */
  private static List<String> arguments(TheoryQuery query) {
    List<String> args = new ArrayList<>();
    switch (query) {
      case TheoryQuery.SpellChord q -> args.add(root(q.chord()));
      case TheoryQuery.CountNotes q -> args.add(root(q.chord()));
      case TheoryQuery.ChordTone q -> args.add(root(q.chord()));
      case TheoryQuery.Inversion q -> args.add(root(q.chord()));
      case TheoryQuery.Omission q -> args.add(root(q.chord()));
      case TheoryQuery.TransposeChord q -> args.add(root(q.chord()));
      case TheoryQuery.IdentifyChord q -> q.notes().forEach(n -> args.add(letter(n)));
      case TheoryQuery.IntervalBetween q -> args.addAll(List.of(letter(q.lower()), letter(q.upper())));
      case TheoryQuery.NoteFromInterval q -> args.add(letter(q.note()));
      case TheoryQuery.SpellScale q -> args.add(letter(q.scale().tonic()));
      // A scale type counted without a tonic is shown on C, which the question need not name.
      case TheoryQuery.CountScaleNotes q -> args.add(q.anyTonic() ? "" : letter(q.scale().tonic()));
      case TheoryQuery.KeySignature q -> args.add(tonic(q.key()));
      case TheoryQuery.RelatedKey q -> args.add(tonic(q.key()));
      case TheoryQuery.NumeralOfChord q -> args.addAll(List.of(root(q.chord()), tonic(q.key())));
      case TheoryQuery.RealiseNumeral q -> {
        args.add(tonic(q.key()));
        if (!q.asked().contains(" ")) {
          for (String part : q.asked().split("/")) args.add(part.replaceAll("[^IViv]", "").toUpperCase(Locale.ROOT));
        }
      }
      case TheoryQuery.RealiseProgression q -> args.add(tonic(q.key()));
      case TheoryQuery.AnalyseProgression q -> {
        args.add(tonic(q.key()));
        q.chords().forEach(c -> args.add(root(c)));
      }
      case TheoryQuery.FindKey q -> q.chords().forEach(c -> args.add(root(c)));
      case TheoryQuery.Enharmonic q -> args.add(letter(q.note()));
      case TheoryQuery.DiatonicChords q -> args.add(tonic(q.key()));
      case TheoryQuery.ScaleDegree q -> args.add(tonic(q.key()));
      case TheoryQuery.KeyFromSignature q -> args.add(q.count() == 0 ? "NO" : "");
      case TheoryQuery.ScaleFromNotes q -> q.notes().forEach(n -> args.add(letter(n)));
      case TheoryQuery.ModeOfDegree q -> args.add(tonic(q.key()));
      case TheoryQuery.TritoneSubstitute q -> args.add(root(q.chord()));
      case TheoryQuery.ChordMembership q -> args.addAll(List.of(letter(q.note()), root(q.chord())));
      case TheoryQuery.IdentifyMidiChord q -> q.midi().forEach(m -> args.add(String.valueOf(m)));
      case TheoryQuery.InstrumentTransposition q -> args.add(letter(q.note()));
      case TheoryQuery.InstrumentKey q -> args.add(tonic(q.key()));
      case TheoryQuery.ChordTritones q -> args.add(root(q.chord()));
      case TheoryQuery.AlteredDegree q -> args.add(tonic(q.key()));
      case TheoryQuery.IntervalSize q -> { }
      case TheoryQuery.IntervalInversion q -> { }
    }
    return args;
  }

  private static String letter(Note note) {
    return note.letter().name();
  }

  private static String root(Chord chord) {
    return letter(chord.root());
  }

  private static String tonic(Key key) {
    return letter(key.tonic());
  }
}
