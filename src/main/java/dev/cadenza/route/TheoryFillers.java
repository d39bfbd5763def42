package dev.cadenza.route;

import dev.cadenza.theory.ChordParser;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Draws the words that fill a template's {@code {slot}}s: notes in their many spellings (F#, F sharp, Gb, G-flat,
 * Bbb), chord names and symbols, intervals, scales, all thirty keys and Roman numerals. Draws need not be musically
 * coherent ("a major sixth above Fb") because they only teach the router what questions look like.
 */
final class TheoryFillers {
  /** Every slot a template may use, in the order of {@link #fill}'s cases. */
  static final List<String> SLOTS =
      List.of(
          "note", "notes", "chord", "symbol", "interval", "tonic", "mode", "scale", "key", "accidentals",
          "numeral", "function", "topic");

  private static final String LETTERS = "CDEFGAB";
  /** Accidentals in semitones, repeated to weight the draw: naturals and single accidentals are the common case. */
  private static final List<Integer> NOTE_ACCIDENTALS = List.of(0, 0, 0, 0, 1, 1, -1, -1, 2, -2);
  private static final List<Integer> ROOT_ACCIDENTALS = List.of(0, 0, 1, -1);
  private static final List<Integer> STACK_ACCIDENTALS = List.of(0, 0, 0, 1, -1);
  private static final List<String> STACK_SEPARATORS = List.of(" ", " ", ", ", " - ", "-");
  /** One draw in this many adds an octave number to a note, a bass to a chord symbol, lower-cases a letter. */
  private static final int OCTAVE_ONE_IN = 8;
  private static final int SLASH_BASS_ONE_IN = 12;
  private static final int LOWER_CASE_ONE_IN = 7;
  private static final int LOWEST_OCTAVE = 2;
  /** Draws of a chord before giving up: nearly every draw is spellable, so this is never reached in practice. */
  private static final int MOST_DRAWS = 100;
  private static final int OCTAVES = 4;
  private static final List<String> SHARP = List.of("#", "#", "#", " sharp", "-sharp", "♯");
  private static final List<String> FLAT = List.of("b", "b", "b", " flat", "-flat", "♭");
  private static final List<String> DOUBLE_SHARP = List.of("##", "x", " double sharp", " double-sharp");
  private static final List<String> DOUBLE_FLAT = List.of("bb", " double flat", " double-flat");
  /** The fifteen major and fifteen minor keys, as compact tonic and mode. */
  private static final List<String> KEYS =
      List.of(
          "C major", "G major", "D major", "A major", "E major", "B major", "F# major", "C# major", "F major",
          "Bb major", "Eb major", "Ab major", "Db major", "Gb major", "Cb major", "A minor", "E minor", "B minor",
          "F# minor", "C# minor", "G# minor", "D# minor", "A# minor", "D minor", "G minor", "C minor", "F minor",
          "Bb minor", "Eb minor", "Ab minor");
  /** A major key is always named with its mode: the readers take a bare "E" for the note. */
  private static final List<String> MAJOR_WORDS = List.of("major", "major", "major", "maj", "Major");
  private static final List<String> MINOR_WORDS = List.of("minor", "minor", "minor", "min", "Minor");
  private static final List<String> CHORD_QUALITIES =
      List.of(
          "major", "minor", "diminished", "augmented", "major seventh", "minor seventh", "dominant seventh",
          "half-diminished seventh", "half diminished 7th", "diminished seventh", "major 13th", "minor 9th",
          "dominant 9th", "dominant ninth", "suspended fourth", "sus2", "minor seventh flat five", "add nine",
          "major sixth", "minor sixth", "minor major seventh", "augmented seventh", "7th", "13th", "eleventh",
          "major 7", "min7", "dom7", "major triad", "minor triad", "diminished triad", "seventh");
  private static final List<String> SYMBOL_SUFFIXES =
      List.of(
          "m", "7", "maj7", "m7", "m7b5", "dim", "dim7", "aug", "+", "sus2", "sus4", "maj9", "maj13", "9", "11",
          "13", "7#9", "7b9", "6", "m6", "add9", "ø7", "°7", "m9", "7sus4", "M7", "m11", "7b5", "69");
  private static final List<String> INTERVALS =
      List.of(
          "major third", "minor 3rd", "perfect fifth", "perfect 4th", "augmented fourth", "diminished fifth",
          "tritone", "minor second", "major second", "major sixth", "minor seventh", "major 7th", "octave",
          "perfect octave", "minor ninth", "major tenth", "augmented second", "diminished seventh",
          "compound fifth", "P5", "m3", "M6", "M3", "P4", "minor 6th", "major 2nd", "augmented 6th", "perfect unison");
  private static final List<String> MODES =
      List.of("ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian", "Dorian", "Lydian");
  /**
   * Scales the engine spells from every tonic drawn (whole tone from A# would need F###, the altered scale from Fb
   * a Bbbb), named so that they read as scales after a bare note.
   */
  private static final List<String> SCALES =
      List.of(
          "major", "natural minor", "harmonic minor", "melodic minor", "major pentatonic", "minor pentatonic",
          "blues", "chromatic", "lydian dominant", "dorian", "minor",
          "octatonic", "mixolydian", "phrygian dominant");
  private static final List<String> NUMERALS =
      List.of(
          "I6", "ii", "iii", "IV", "V", "vi", "vii°", "V7", "ii7", "iiø7", "viiø7", "vii°7", "V/V", "V7/V",
          "vii°7/ii", "V/vi", "V7/IV", "vii°/V", "bVI", "bVII", "bIII", "N6", "It+6", "Ger+6", "Fr+6", "It6",
          "Ger65", "Fr43", "V65", "IV64", "iv", "v", "ii°", "I64", "V42", "ii65", "iv6", "viio7", "VI");
  private static final List<String> FUNCTIONS =
      List.of(
          "tonic", "supertonic", "mediant", "subdominant", "dominant", "submediant", "leading-tone",
          "Neapolitan", "Neapolitan sixth", "Italian sixth", "German sixth", "French augmented sixth",
          "secondary dominant of V", "dominant seventh", "leading tone seventh", "five of five", "dominant of ii");
  private static final List<String> COUNTS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "one", "two", "three", "four", "five", "six", "seven", "no");
  /** Conceptual subjects; none of them is a phrase of the hand-written held-out set. */
  private static final List<String> TOPICS =
      List.of(
          "sonata form", "a deceptive cadence", "a suspension", "a pedal", "tritone substitution", "a motive",
          "a phrase", "syncopation", "an appoggiatura", "borrowed chords", "chromatic mediants", "the Picardy third",
          "a cadential six-four", "a neighbour tone", "an anticipation", "ternary form", "a sequence",
          "enharmonic equivalence", "just intonation", "the overtone series", "polyrhythm", "a period",
          "a ground bass", "rondo form", "the twelve-bar blues", "the Tristan chord", "parallel fifths",
          "hidden octaves", "a cross relation", "an Alberti bass", "a walking bass line", "swing", "a retardation",
          "an escape tone", "binary form", "theme and variations", "a canon", "an ostinato", "a drone",
          "a half cadence", "an imperfect cadence", "a chorale", "four-part harmony", "a lead sheet", "a cadenza",
          "a leitmotif", "atonality", "serialism", "a tone row", "quartal harmony", "polytonality", "a pivot chord",
          "an inversion", "doubling", "a tierce de Picardie", "reharmonization", "the Andalusian cadence");

  private TheoryFillers() {}

  /** A random filler for the named slot; fails on a slot that is not in {@link #SLOTS}. */
  static String fill(String slot, Random random) {
    return switch (slot) {
      case "note" -> note(random);
      case "notes" -> noteStack(random);
      case "chord" -> chordInWords(random);
      case "symbol" -> chordSymbol(random);
      case "interval" -> pick(INTERVALS, random);
      case "tonic" -> root(random);
      case "mode" -> pick(MODES, random);
      case "scale" -> pick(SCALES, random);
      case "key" -> key(random);
      case "accidentals" -> accidentals(random);
      case "numeral" -> pick(NUMERALS, random);
      case "function" -> pick(FUNCTIONS, random);
      case "topic" -> pick(TOPICS, random);
      default -> throw new IllegalArgumentException("unknown template slot: {" + slot + "}, known: " + SLOTS);
    };
  }

  static <T> T pick(List<T> options, Random random) {
    return options.get(random.nextInt(options.size()));
  }

  /** A pitch in any spelling, now and then with an octave number (E4, Ab3). */
  private static String note(Random random) {
    String spelled = spell(random.nextInt(LETTERS.length()), pick(NOTE_ACCIDENTALS, random), random);
    boolean compact = spelled.indexOf(' ') < 0 && spelled.indexOf('-') < 0;
    if (!compact || random.nextInt(OCTAVE_ONE_IN) != 0) {
      return spelled;
    }
    return spelled + (LOWEST_OCTAVE + random.nextInt(OCTAVES));
  }

  /** A root for a chord, scale or key: single accidentals only. */
  private static String root(Random random) {
    return spell(random.nextInt(LETTERS.length()), pick(ROOT_ACCIDENTALS, random), random);
  }

  /** Three or four notes stacked in thirds from a random root, compact, joined one of several ways. */
  private static String noteStack(Random random) {
    int size = 3 + random.nextInt(2);
    int letter = random.nextInt(LETTERS.length());
    String separator = pick(STACK_SEPARATORS, random);
    StringJoiner stack = new StringJoiner(separator);
    for (int i = 0; i < size; i++) {
      int accidental = pick(STACK_ACCIDENTALS, random);
      stack.add(compact(LETTERS.charAt((letter + 2 * i) % LETTERS.length()), accidental));
    }
    return stack.toString();
  }

  /** A root and a quality in words ("C# minor seventh"), one the engine spells. */
  private static String chordInWords(Random random) {
    for (int draw = 0; draw < MOST_DRAWS; draw++) {
      int letter = random.nextInt(LETTERS.length());
      int accidental = pick(ROOT_ACCIDENTALS, random);
      String quality = pick(CHORD_QUALITIES, random);
      if (spellable(compact(LETTERS.charAt(letter), accidental) + " " + quality)) {
        return spell(letter, accidental, random) + " " + quality;
      }
    }
    throw new IllegalStateException("no spellable chord in " + MOST_DRAWS + " draws");
  }

  private static String chordSymbol(Random random) {
    for (int draw = 0; draw < MOST_DRAWS; draw++) {
      String symbol = randomCompact(ROOT_ACCIDENTALS, random) + pick(SYMBOL_SUFFIXES, random);
      String drawn = random.nextInt(SLASH_BASS_ONE_IN) == 0 ? symbol + "/" + randomCompact(List.of(0), random) : symbol;
      if (spellable(drawn)) {
        return drawn;
      }
    }
    throw new IllegalStateException("no spellable chord symbol in " + MOST_DRAWS + " draws");
  }

  /** Whether the engine spells the chord: "Cb°7" would need a triple flat, so a question about it reads as nothing. */
  private static boolean spellable(String chord) {
    try {
      return ChordParser.parse(chord).isPresent();
    } catch (IllegalArgumentException tripleAccidentals) {
      return false;
    }
  }

  private static String key(Random random) {
    String[] tonicAndMode = pick(KEYS, random).split(" ");
    String tonic = tonicAndMode[0];
    int accidental = tonic.length() == 1 ? 0 : tonic.charAt(1) == '#' ? 1 : -1;
    String spelledTonic = spell(LETTERS.indexOf(tonic.charAt(0)), accidental, random);
    String mode = pick(tonicAndMode[1].equals("major") ? MAJOR_WORDS : MINOR_WORDS, random);
    return spelledTonic + " " + mode;
  }

  private static String accidentals(Random random) {
    String count = pick(COUNTS, random);
    String kind = pick(List.of("sharp", "flat"), random);
    boolean singular = count.equals("1") || count.equals("one");
    return count + " " + kind + (singular ? "" : "s");
  }

  /** A note name: the letter, now and then lower-case, with the accidental (-2 to 2) as a sign or in words. */
  private static String spell(int letterIndex, int accidental, Random random) {
    String letter = String.valueOf(LETTERS.charAt(letterIndex));
    if (random.nextInt(LOWER_CASE_ONE_IN) == 0) {
      letter = letter.toLowerCase(Locale.ROOT);
    }
    return switch (accidental) {
      case 1 -> letter + pick(SHARP, random);
      case -1 -> letter + pick(FLAT, random);
      case 2 -> letter + pick(DOUBLE_SHARP, random);
      case -2 -> letter + pick(DOUBLE_FLAT, random);
      default -> letter;
    };
  }

  private static String randomCompact(List<Integer> accidentals, Random random) {
    return compact(LETTERS.charAt(random.nextInt(LETTERS.length())), pick(accidentals, random));
  }

  private static String compact(char letter, int accidental) {
    return letter + (accidental > 0 ? "#" : accidental < 0 ? "b" : "");
  }
}
