package dev.cadenza.theory.qa;

import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "what is the enharmonic equivalent of C#?", "enharmonic spelling of Fb". */
final class EnharmonicQuestions {
  private static final Pattern ENHARMONIC_OF_NOTE = Pattern.compile("(?i:\\benharmonic(?:ally)?\\s+(?:equivalents?|spellings?"
      + "|names?|notes?|equal)?\\s*(?:of|for|to)\\s+(?:the\\s+note\\s+)?)(" + ProsePatterns.NOTE + ")(?![\\w#])(?!\\s*(?i:major|minor))");
  private static final int MOST_ACCIDENTALS = 2;

  private EnharmonicQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    Matcher m = ENHARMONIC_OF_NOTE.matcher(QuestionText.clean(question));
    if (!m.find()) {
      return Optional.empty();
    }
    Note note = Note.parse(m.group(1)).withoutOctave();
    List<Note> others = new ArrayList<>();
    for (Letter letter : Letter.values()) {
      int accidental = Math.floorMod(note.pitchClass() - Note.of(letter, 0).pitchClass() + 6, 12) - 6;
      if (letter != note.letter() && Math.abs(accidental) <= MOST_ACCIDENTALS) {
        others.add(Note.of(letter, accidental));
      }
    }
    // Fewest accidentals first: Db before B## for C#.
    others.sort((a, b) -> Integer.compare(Math.abs(a.accidental()), Math.abs(b.accidental())));
    String answer = note + " is enharmonically equivalent to " + Prose.and(others.stream().map(Note::toString).toList())
        + ": the same pitch spelled with a different letter. Which spelling is"
        + " right depends on the key and the interval: in a stack of thirds or a scale each letter appears once.";
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("note", note.toString());
    details.put("enharmonics", others.stream().map(Note::toString).toList());
    List<Note> notes = new ArrayList<>(List.of(note));
    notes.addAll(others);
    return Optional.of(new TheoryAnswer(Intent.INTERVAL, answer, Prose.strings(notes), details));
  }
}
