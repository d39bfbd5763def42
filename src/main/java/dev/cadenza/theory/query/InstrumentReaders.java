package dev.cadenza.theory.query;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Quality;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * Reads questions about a transposing instrument and a note or key: "what note does an alto sax player read to sound a
 * concert C", "a Bb clarinet plays a written D, what comes out", "the band plays in concert Bb major, what key is the
 * alto sax in". The instrument's pitch letter ("Bb" clarinet, clarinet "in A")
 * belongs to its name, not to the question's note.
 */
final class InstrumentReaders {

  /**
   * A transposing instrument as players name it, with how far its sound lies from its written notes. Instruments in
   * the table are in their usual key; a pitch letter in the question ("A clarinet", "trumpet in D") picks another.
   *
   * @param words the name's words, lower case, as tokens
   * @param pitch the instrument's key as named ("Bb"), empty for those named by octave only
   */
  record Instrument(String name, List<String> words, String pitch, Interval sounds, boolean lower) {}

  private static Interval major(int number) {
    return Interval.of(Quality.MAJOR, number);
  }

  private static Interval minor(int number) {
    return Interval.of(Quality.MINOR, number);
  }

  private static Interval perfect(int number) {
    return Interval.of(Quality.PERFECT, number);
  }

  /** Longer names first, so "bass clarinet" is not read as "clarinet". Sources: Adler, The Study of Orchestration. */
  static final List<Instrument> INSTRUMENTS = List.of(
      new Instrument("Bb bass clarinet", List.of("bass", "clarinet"), "Bb", major(9), true),
      new Instrument("Eb baritone saxophone", List.of("baritone", "sax"), "Eb", major(13), true),
      new Instrument("Eb baritone saxophone", List.of("baritone", "saxophone"), "Eb", major(13), true),
      new Instrument("Eb baritone saxophone", List.of("bari", "sax"), "Eb", major(13), true),
      new Instrument("Eb alto saxophone", List.of("alto", "sax"), "Eb", major(6), true),
      new Instrument("Eb alto saxophone", List.of("alto", "saxophone"), "Eb", major(6), true),
      new Instrument("Bb tenor saxophone", List.of("tenor", "sax"), "Bb", major(9), true),
      new Instrument("Bb tenor saxophone", List.of("tenor", "saxophone"), "Bb", major(9), true),
      new Instrument("Bb soprano saxophone", List.of("soprano", "sax"), "Bb", major(2), true),
      new Instrument("Bb soprano saxophone", List.of("soprano", "saxophone"), "Bb", major(2), true),
      new Instrument("alto flute in G", List.of("alto", "flute"), "G", perfect(4), true),
      new Instrument("English horn", List.of("english", "horn"), "F", perfect(5), true),
      new Instrument("English horn", List.of("cor", "anglais"), "F", perfect(5), true),
      new Instrument("horn in F", List.of("french", "horn"), "F", perfect(5), true),
      new Instrument("double bass", List.of("double", "bass"), "", perfect(8), true),
      new Instrument("Bb clarinet", List.of("clarinet"), "Bb", major(2), true),
      new Instrument("A clarinet", List.of("clarinet"), "A", minor(3), true),
      new Instrument("Eb clarinet", List.of("clarinet"), "Eb", minor(3), false),
      new Instrument("Bb trumpet", List.of("trumpet"), "Bb", major(2), true),
      new Instrument("D trumpet", List.of("trumpet"), "D", major(2), false),
      new Instrument("Eb trumpet", List.of("trumpet"), "Eb", minor(3), false),
      new Instrument("Bb cornet", List.of("cornet"), "Bb", major(2), true),
      new Instrument("Bb flugelhorn", List.of("flugelhorn"), "Bb", major(2), true),
      new Instrument("horn in F", List.of("horn"), "F", perfect(5), true),
      new Instrument("piccolo", List.of("piccolo"), "", perfect(8), false),
      new Instrument("guitar", List.of("guitar"), "", perfect(8), true),
      new Instrument("glockenspiel", List.of("glockenspiel"), "", perfect(15), false));

  private InstrumentReaders() {}

  /** The instrument named in the clause and where its name (with its pitch letter) lies. */
  private record Named(Instrument instrument, int first, int end) {}

  /**
   * "what note does an alto sax read to sound concert C", "written D on a Bb clarinet sounds as what", "the band plays in
   * concert Bb major, what key is the alto sax in": one note or one key besides the instrument's own letter.
   */
  static List<TheoryQuery> transposition(Clause c) {
    Optional<Named> named = named(c.tokens());
    if (named.isEmpty()) return List.of();
    List<MusicEntity.KeyName> keys = outside(c.all(MusicEntity.KeyName.class), named.get());
    if (keys.size() == 1) {
      // A key is the music's key, which sounds, unless the question asks what sounds.
      MusicEntity.KeyName key = keys.getFirst();
      return List.of(new TheoryQuery.InstrumentKey(named.get().instrument(), key.key(), concertGiven(c, key, !asksWhatSounds(c))));
    }
    List<MusicEntity.NoteName> notes = outside(c.all(MusicEntity.NoteName.class), named.get());
    if (notes.size() != 1) return List.of();
    MusicEntity.NoteName note = notes.getFirst();
    // A note is the one written, unless the question asks what to play for it.
    boolean concert = concertGiven(c, note, c.says("to get") || c.says("to hear") || c.says("to produce") || c.says("piano"));
    return List.of(new TheoryQuery.InstrumentTransposition(named.get().instrument(), note.note(), concert));
  }

  private static <T extends MusicEntity> List<T> outside(List<T> entities, Named named) {
    return entities.stream().filter(e -> e.end() <= named.first() || e.first() >= named.end()).toList();
  }

  /**
   * Whether the note or key given is concert pitch: "concert" just before or after it ("concert C", "G minor concert",
   * "the concert pitch is B") or "to sound" before it says so, "written" or "reads" before it says it is not, the nearest
   * of them deciding; otherwise {@code otherwise}.
   */
  private static boolean concertGiven(Clause c, MusicEntity given, boolean otherwise) {
    Tokens t = c.tokens();
    // The nearest word before it decides: "read for concert F#" gives the concert pitch.
    for (int i = given.first() - 1; i >= Math.max(0, given.first() - 3); i--) {
      if (t.is(i, "concert") || t.is(i, "sound") && i > 0 && t.is(i - 1, "to")) return true;
      if (t.is(i, "written", "reads", "read", "reading")) return false;
    }
    return t.is(given.end(), "concert") || otherwise;
  }

  /** "what key does it sound in", "what comes out", "what's the concert key": the question asks what sounds. */
  private static boolean asksWhatSounds(Clause c) {
    return c.says("sound") || c.says("sounds") || c.says("sound in") || c.says("comes out") || c.says("come out")
        || c.says("concert") || c.says("hear");
  }

  private static Optional<Named> named(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (Instrument instrument : INSTRUMENTS) {
        List<String> words = instrument.words();
        if (!matches(tokens, i, words)) continue;
        int end = i + words.size();
        // "A clarinet", "clarinet in A", "Bb trumpet": the letter picks the instrument's key.
        // A capital "A" opening the question is the article ("A clarinet plays ..."), not the A clarinet; it is no note either.
        boolean article = i == 1 && tokens.at(0).equals("A");
        String before = i > 0 && !article ? tokens.at(i - 1) : "";
        String after = end + 1 < tokens.size() && tokens.is(end, "in") ? tokens.at(end + 1) : "";
        String letter = pitchLetter(before) ? before : pitchLetter(after) ? after : "";
        Optional<Instrument> keyed = INSTRUMENTS.stream()
            .filter(other -> other.words().equals(words) && (letter.isEmpty() || same(other.pitch(), letter))).findFirst();
        if (keyed.isEmpty()) continue;
        int first = article || before.equals(letter) && !letter.isEmpty() ? i - 1 : i;
        return Optional.of(new Named(keyed.get(), first, after.equals(letter) && !letter.isEmpty() ? end + 2 : end));
      }
    }
    return Optional.empty();
  }

  private static boolean matches(Tokens tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) return false;
    for (int k = 0; k < words.size(); k++) {
      String word = tokens.lower(at + k);
      if (!word.equals(words.get(k)) && !word.equals(words.get(k) + "s")) return false;
    }
    return true;
  }

  /** "Bb", "A", "E-flat", and in lower case a flat or sharp one ("bb", "eb"); a lone "a" is an article. */
  private static boolean pitchLetter(String word) {
    return word.matches("[A-G](?:b|#|-flat|-sharp)?|[a-g](?:b|#|-flat|-sharp)");
  }

  private static boolean same(String pitch, String letter) {
    String spelled = letter.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + letter.substring(1);
    return Note.parse(pitch).sameSpelling(Note.parse(spelled.replace("-flat", "b").replace("-sharp", "#")));
  }
}
