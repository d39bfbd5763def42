package dev.cadenza.eval.theory;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Theory questions generated from templates with seeded random arguments, each with the values the engine
 * computes for those arguments. They test that readers generalise beyond the hand-written set: the wordings
 * are fixed, the chords, keys, notes and intervals vary.
 */
public final class TemplateQuestions {
  private static final List<String> ROOTS = List.of("C", "C#", "Db", "D", "Eb", "E", "F", "F#", "Gb", "G", "Ab", "A", "Bb", "B");
  private static final List<String> SUFFIXES = List.of("", "m", "7", "maj7", "m7", "m7b5", "dim", "dim7", "aug", "sus4",
      "sus2", "9", "maj9", "m9", "13", "6", "m6", "add9", "7b9", "maj13");
  private static final List<String> INTERVALS = List.of("m2", "M2", "m3", "M3", "P4", "A4", "d5", "P5", "m6", "M6", "m7", "M7");
  private static final List<String> MODES = List.of("major", "natural minor", "harmonic minor", "melodic minor", "dorian",
      "phrygian", "lydian", "mixolydian", "locrian", "major pentatonic", "minor pentatonic");
  private static final List<String> NUMERALS = List.of("I", "ii", "iii", "IV", "V", "vi", "V7", "ii7", "V/V", "V7/IV", "IV6",
      "V65", "bVI", "N6", "It+6", "Ger+6");
  private static final List<List<String>> CADENCES = List.of(List.of("I", "IV", "V7", "I"), List.of("ii", "V7", "I"),
      List.of("vi", "ii", "V7", "I"), List.of("I", "vi", "IV", "V7", "I"));

  private final Random random;

  private TemplateQuestions(long seed) {
    this.random = new Random(seed);
  }

  /** {@code perTemplate} questions for every template, drawn with {@code seed}. */
  public static List<TheoryQuestion> generate(long seed, int perTemplate) {
    return new TemplateQuestions(seed).all(perTemplate);
  }

  private List<TheoryQuestion> all(int perTemplate) {
    List<Function<Random, TheoryQuestion>> templates = templates();
    List<TheoryQuestion> questions = new ArrayList<>();
    for (Function<Random, TheoryQuestion> template : templates) {
      int made = 0;
      while (made < perTemplate) {
        try {
          questions.add(template.apply(random));
          made++;
        } catch (IllegalArgumentException tripleAccidentals) {
          // a draw the engine cannot spell (B# augmented needs F###): draw again
        }
      }
    }
    return questions;
  }

  private List<Function<Random, TheoryQuestion>> templates() {
    return List.of(
        r -> chordQuestion("spell_chord", "what notes are in %s?", true),
        r -> chordQuestion("spell_chord", "spell %s", false),
        r -> chordQuestion("spell_chord", "I'm writing a song and the chart says %s; which notes do I play?", false),
        r -> chordQuestion("count_notes", "how many notes are in the %s chord?", true),
        r -> chordQuestion("count_notes", "%s has how many notes", false),
        r -> identify("what chord is %s?"),
        r -> identify("name the chord %s please"),
        r -> between("interval between %s and %s?"),
        r -> between("what interval is %s up to %s"),
        r -> above("what is a %s above %s", true),
        r -> above("which note is a %s below %s?", false),
        r -> scale("notes of %s"),
        r -> scale("spell the %s scale"),
        r -> signature("how many %s does %s have?"),
        r -> signature("what's the key signature for %s (%s?)"),
        r -> relative("what is the relative %s of %s?"),
        r -> realise("what is %s in %s?"),
        r -> realise("spell the %s chord in %s"),
        r -> analyse("roman numerals for %s in %s"),
        r -> findKey("%s - what key is this in?"));
  }

  private TheoryQuestion chordQuestion(String type, String template, boolean words) {
    Chord chord = Chord.parse(pick(ROOTS) + pick(SUFFIXES));
    String named = words ? chord.name() : chord.symbol();
    List<String> expect = type.equals("count_notes") ? List.of(String.valueOf(chord.tones().size())) : strings(chord.notes());
    return one(String.format(Locale.ROOT, template, named), type, expect);
  }

  private TheoryQuestion identify(String template) {
    Chord chord = Chord.parse(pick(ROOTS) + pick(List.of("", "m", "7", "maj7", "m7", "m7b5", "dim", "aug", "dim7")));
    String expected = ChordIdentifier.identify(chord.tones()).getFirst().symbol();
    return one(String.format(Locale.ROOT, template, String.join(" ", strings(chord.tones()))), "identify_chord", List.of(expected));
  }

  private TheoryQuestion between(String template) {
    Note low = Note.parse(pick(ROOTS));
    Note high = low.transpose(Interval.parse(pick(INTERVALS)));
    return one(String.format(Locale.ROOT, template, low, high), "interval", List.of(Interval.between(low, high).shortName()));
  }

  private TheoryQuestion above(String template, boolean up) {
    Note note = Note.parse(pick(ROOTS));
    Interval interval = Interval.parse(pick(INTERVALS));
    Note result = up ? note.transpose(interval) : note.transposeDown(interval);
    return one(String.format(Locale.ROOT, template, interval.name(), note), "note_from_interval", List.of(result.toString()));
  }

  /** "notes of Bb major" asks for the scale or the tonic triad: by convention both are given, scale first. */
  private TheoryQuestion scale(String template) {
    Scale scale = Scale.parse(pick(ROOTS) + " " + pick(MODES));
    String question = String.format(Locale.ROOT, template, scale.name());
    TheoryQuestion.Part part = new TheoryQuestion.Part("scale", strings(scale.notes()));
    if (!question.contains("scale") && scale.type() == ScaleType.MAJOR) {
      Chord triad = Chord.parse(scale.tonic().toString());
      return new TheoryQuestion(question, List.of(part, new TheoryQuestion.Part("spell_chord", strings(triad.notes()))));
    }
    return new TheoryQuestion(question, List.of(part));
  }

  private TheoryQuestion signature(String template) {
    Key key = key();
    String kind = key.fifths() >= 0 ? "sharps" : "flats";
    List<String> expect = new ArrayList<>();
    if (key.fifths() == 0) {
      expect.addAll(List.of("no", "sharps", "or", "flats"));
    } else {
      expect.add(String.valueOf(Math.abs(key.fifths())));
      expect.addAll(strings(key.signature()));
    }
    return one(String.format(Locale.ROOT, template, template.startsWith("how") ? kind : key.name(),
        template.startsWith("how") ? key.name() : kind), "key_signature", expect);
  }

  private TheoryQuestion relative(String template) {
    Key key = key();
    return one(String.format(Locale.ROOT, template, key.relative().mode().label(), key.name()), "related_key",
        List.of(key.relative().name()));
  }

  /** By convention a lower-case ii in minor takes the key's diatonic quality: ii°, and ii7 is iiø7. */
  private TheoryQuestion realise(String template) {
    Key key = key();
    String numeral = pick(NUMERALS);
    if (key.mode() == Key.Mode.MINOR && numeral.startsWith("ii") && !numeral.startsWith("iii")) {
      numeral = numeral.equals("ii7") ? "iiø7" : "ii°";
    }
    RomanChord chord = RomanNumerals.realise(numeral, key);
    return one(String.format(Locale.ROOT, template, chord.numeral(), key.name()), "realise_numeral", strings(chord.notes()));
  }

  private TheoryQuestion analyse(String template) {
    Key key = key();
    List<RomanChord> triads = RomanNumerals.diatonicTriads(key);
    List<RomanChord> drawn = List.of(triads.get(0), triads.get(1 + random.nextInt(6)), triads.get(4), triads.get(0));
    String chords = String.join(" ", drawn.stream().map(RomanChord::symbol).toList());
    return one(String.format(Locale.ROOT, template, chords, key.name()), "analyse_progression",
        drawn.stream().map(RomanChord::numeral).toList());
  }

  private TheoryQuestion findKey(String template) {
    Key key = Key.majorAtFifths(random.nextInt(13) - 6);
    List<String> chords = pick(CADENCES).stream().map(n -> RomanNumerals.realise(n, key).symbol()).toList();
    return one(String.format(Locale.ROOT, template, String.join(" ", chords)), "find_key", List.of(key.name()));
  }

  private Key key() {
    Key major = Key.majorAtFifths(random.nextInt(15) - 7);
    return random.nextBoolean() ? major : major.relative();
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static TheoryQuestion one(String question, String type, List<String> expect) {
    return new TheoryQuestion(question, List.of(new TheoryQuestion.Part(type, expect)));
  }

  private static List<String> strings(List<Note> notes) {
    return notes.stream().map(Note::toString).toList();
  }
}
