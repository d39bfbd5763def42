package dev.cadenza.theory.query;

import dev.cadenza.theory.TransposingInstrument;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * Reads questions about a transposing instrument and a note or key: "what note does an alto sax player read to sound a
 * concert C", "a Bb clarinet plays a written D, what comes out", "the band plays in concert Bb major, what key is the
 * alto sax in". The instrument's pitch letter ("Bb" clarinet, clarinet "in A") belongs to its name, not to the
 * question's note.
 */
final class InstrumentReaders {

  private InstrumentReaders() {}

  /** The instrument named in the clause and where its name (with its pitch letter) lies. */
  private record Named(TransposingInstrument instrument, int first, int end) {}

  /**
   * "what note does an alto sax read to sound concert C", "written D on a Bb clarinet sounds as what", "the band plays in
   * concert Bb major, what key is the alto sax in": one note or one key besides the instrument's own letter.
   */
  static List<TheoryQuery> transposition(Clause c) {
    Optional<Named> named = named(c.tokens());
    // "E flat major scale for my trumpet exam" asks for the scale: a transposition is asked in its own words.
    if (named.isEmpty() || !c.has(Cue.TRANSPOSING)) return List.of();
    List<MusicEntity.KeyName> keys = outside(c.all(MusicEntity.KeyName.class), named.get());
    if (keys.size() == 1) {
      // A key is the music's key, which sounds, unless the question asks what sounds.
      MusicEntity.KeyName key = keys.getFirst();
      boolean concert = concertGiven(c, key, !asksWhatSounds(c));
      return List.of(new TheoryQuery.InstrumentKey(named.get().instrument(), key.key(), concert));
    }
    List<MusicEntity.NoteName> notes = outside(c.all(MusicEntity.NoteName.class), named.get());
    if (notes.size() != 1) return List.of();
    MusicEntity.NoteName note = notes.getFirst();
    // A note is the one written, unless the question asks what to play for it or the piano plays it ("if the piano plays
    // A what do i play"; "if my clarinet plays an E what does the piano hear" is the clarinet's written E).
    boolean asksWhatToPlay = c.says("to get") || c.says("to hear") || c.says("to produce") || pianoPlays(c.tokens(), note);
    boolean concert = concertGiven(c, note, asksWhatToPlay);
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

  /** Whether "piano" comes just before the note, as the one playing it: "the piano plays an A". */
  private static boolean pianoPlays(Tokens t, MusicEntity note) {
    for (int i = note.first() - 1; i >= Math.max(0, note.first() - 3); i--) {
      if (t.is(i, "piano", "pianist")) return true;
    }
    return false;
  }

  /** "what key does it sound in", "what comes out", "what's the concert key": the question asks what sounds. */
  private static boolean asksWhatSounds(Clause c) {
    return c.says("sound") || c.says("sounds") || c.says("comes out") || c.says("come out")
        || c.says("concert") || c.says("hear");
  }

  /** Whether the tokens name a transposing instrument. */
  static boolean names(Tokens tokens) {
    return named(tokens).isPresent();
  }

  private static Optional<Named> named(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (TransposingInstrument instrument : TransposingInstrument.ALL) {
        List<String> words = instrument.words();
        if (!matches(tokens, i, words)) continue;
        int end = i + words.size();
        // "A clarinet", "clarinet in A", "Bb trumpet": the letter picks the instrument's key.
        // A capital "A" opening the question is the article ("A clarinet plays ..."), not the A clarinet, and no note.
        boolean article = i == 1 && tokens.at(0).equals("A");
        String before = i > 0 && !article ? tokens.at(i - 1) : "";
        String after = end + 1 < tokens.size() && tokens.is(end, "in") ? tokens.at(end + 1) : "";
        // After "in" a lower-case letter is the instrument's key too: "horn in f".
        boolean keyAfter = pitchLetter(after) || after.matches("[a-g]");
        String letter = pitchLetter(before) ? before : keyAfter ? after : "";
        boolean keyNeeded = words.size() == 1 && TransposingInstrument.NAMED_WITH_KEY_ONLY.contains(words.getFirst());
        if (letter.isEmpty() && keyNeeded) continue;
        Optional<TransposingInstrument> keyed = TransposingInstrument.named(words, letter);
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
}
