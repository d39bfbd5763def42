package dev.cadenza.theory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A transposing instrument as players name it, with how far its sound (concert pitch) lies from its written notes.
 * The table's instruments are in their usual key first; a pitch letter ("A clarinet", "trumpet in D") picks another.
 * Sources of the transpositions: Adler, The Study of Orchestration.
 *
 * @param name the instrument's full name, "Eb alto saxophone"
 * @param words the words players call it by, lower case ("alto", "sax"); several entries may share one instrument
 * @param pitch the instrument's key as named ("Bb"), empty for those named by octave only
 * @param sounds the interval between written and sounding pitch
 * @param lower whether it sounds lower than written
 */
public record TransposingInstrument(String name, List<String> words, String pitch, Interval sounds, boolean lower) {

  public TransposingInstrument {
    words = List.copyOf(words);
  }

  /** Longer names first, so "bass clarinet" is not read as "clarinet". */
  public static final List<TransposingInstrument> ALL = List.of(
      of("Bb bass clarinet", "bass clarinet", "Bb", "M9", true),
      of("Eb baritone saxophone", "baritone sax", "Eb", "M13", true),
      of("Eb baritone saxophone", "baritone saxophone", "Eb", "M13", true),
      of("Eb baritone saxophone", "bari sax", "Eb", "M13", true),
      of("Eb alto saxophone", "alto sax", "Eb", "M6", true),
      of("Eb alto saxophone", "alto saxophone", "Eb", "M6", true),
      of("Bb tenor saxophone", "tenor sax", "Bb", "M9", true),
      of("Bb tenor saxophone", "tenor saxophone", "Bb", "M9", true),
      of("Bb soprano saxophone", "soprano sax", "Bb", "M2", true),
      of("Bb soprano saxophone", "soprano saxophone", "Bb", "M2", true),
      of("alto flute in G", "alto flute", "G", "P4", true),
      of("English horn", "english horn", "F", "P5", true),
      of("English horn", "cor anglais", "F", "P5", true),
      of("horn in F", "french horn", "F", "P5", true),
      of("double bass", "double bass", "", "P8", true),
      of("Bb clarinet", "clarinet", "Bb", "M2", true),
      of("A clarinet", "clarinet", "A", "m3", true),
      of("Eb clarinet", "clarinet", "Eb", "m3", false),
      of("Bb trumpet", "trumpet", "Bb", "M2", true),
      of("D trumpet", "trumpet", "D", "M2", false),
      of("Eb trumpet", "trumpet", "Eb", "m3", false),
      of("Bb cornet", "cornet", "Bb", "M2", true),
      of("Bb flugelhorn", "flugelhorn", "Bb", "M2", true),
      of("horn in F", "horn", "F", "P5", true),
      of("piccolo", "piccolo", "", "P8", false),
      of("guitar", "guitar", "", "P8", true),
      of("glockenspiel", "glockenspiel", "", "P15", false),
      // Band shorthand, read only with the key letter before it ("my eb alto", "a bb tenor"): alone, "alto" and "tenor"
      // name voices and clefs too.
      of("Eb alto saxophone", "alto", "Eb", "M6", true),
      of("Bb tenor saxophone", "tenor", "Bb", "M9", true));

  /** The one-word names that need their key letter to name an instrument. */
  public static final List<String> NAMED_WITH_KEY_ONLY = List.of("alto", "tenor");

  private static TransposingInstrument of(String name, String words, String pitch, String sounds, boolean lower) {
    return new TransposingInstrument(name, List.of(words.split(" ")), pitch, Interval.parse(sounds), lower);
  }

  /**
   * The instrument players call by {@code words}, in the key {@code letter} names ("A", "eb", "B-flat"), or its usual
   * key when the letter is empty; empty when no such instrument is in the table.
   */
  public static Optional<TransposingInstrument> named(List<String> words, String letter) {
    return ALL.stream().filter(i -> i.words().equals(words) && (letter.isEmpty() || samePitch(i.pitch(), letter)))
        .findFirst();
  }

  /** The note that sounds when {@code written} is played. */
  public Note concertOf(Note written) {
    return lower ? written.transposeDown(sounds) : written.transpose(sounds);
  }

  /** The note the player reads to sound {@code concert}. */
  public Note writtenOf(Note concert) {
    return lower ? concert.transpose(sounds) : concert.transposeDown(sounds);
  }

  private static boolean samePitch(String pitch, String letter) {
    if (pitch.isEmpty()) return false;
    String spelled = letter.substring(0, 1).toUpperCase(Locale.ROOT) + letter.substring(1);
    return Note.parse(pitch).sameSpelling(Note.parse(spelled.replace("-flat", "b").replace("-sharp", "#")));
  }
}
