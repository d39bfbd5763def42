package dev.cadenza.theory.qa;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordParser;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.text.ChordProse;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "what notes are in a D# major 13th chord?", "spell Cmaj7" and "is E4 in the C major seventh chord?". */
final class ChordQuestions {
  private static final Pattern MEMBERSHIP = Pattern.compile(
      "(?i:\\bis\\s+(?:the\\s+(?:note\\s+)?)?)(" + ProsePatterns.NOTE + ")(-?\\d)?\\s+(?i:in|part\\s+of"
          + "|(?:a\\s+)?(?:chord\\s+)?(?:tone|member|note)\\s+of|contained\\s+in|found\\s+in)\\s+(.+)");
  private static final Set<String> NOT_CHORD_FOLLOWERS = Set.of("scale", "scales", "mode", "modes", "key", "keys",
      "signature", "major", "minor", "to", "up", "down", "and", "above", "below");
  private static final Set<String> NOT_CHORD_PRECEDERS = Set.of("to", "and", "from", "between", "below", "above");

  private ChordQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    Matcher membership = MEMBERSHIP.matcher(text);
    if (membership.find()) {
      String rest = membership.group(3).replaceAll("^(?i:the|a|an)\\s+", "");
      Optional<Chord> chord = find(rest);
      if (chord.isPresent()) {
        Note note = Note.parse(membership.group(1) + (membership.group(2) == null ? "" : membership.group(2)));
        return Optional.of(membership(note, chord.get()));
      }
    }
    return find(text).map(ChordQuestions::spelling);
  }

  /**
   * The first chord symbol or name in the text, longest reading first, that is not part of a note
   * list, a scale or key name ("C major scale") or a Roman-numeral question ("V7 of Ab major").
   */
  static Optional<Chord> find(String text) {
    if (RomanQuestions.mentionsNumeralInKey(text) || RomanQuestions.asksForAnalysis(text)) {
      return Optional.empty();
    }
    for (List<QuestionText.Phrase> phrases : QuestionText.phrasesFromNoteLetters(text)) {
      String before = QuestionText.wordBefore(text, phrases.isEmpty() ? 0 : phrases.get(0).start());
      if (phrases.isEmpty() || QuestionText.isNote(before)
          || NOT_CHORD_PRECEDERS.contains(before.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (QuestionText.Phrase phrase : phrases) {
        Optional<Chord> chord = parse(phrase.text());
        if (chord.isPresent() && fitsContext(text, phrase)) {
          return chord;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean fitsContext(String text, QuestionText.Phrase phrase) {
    String nextToken = text.substring(phrase.end()).strip().replaceFirst("(?s)[\\s,;].*", "");
    String nextWord = QuestionText.wordAfter(text, phrase.end());
    if (QuestionText.isNote(nextToken) || nextWord.matches("\\d.*")) {
      return false;
    }
    return !NOT_CHORD_FOLLOWERS.contains(nextWord) && ScaleType.parse(nextWord).isEmpty();
  }

  private static Optional<Chord> parse(String phrase) {
    try {
      return ChordParser.parse(phrase);
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private static TheoryAnswer spelling(Chord chord) {
    String omissions = ChordProse.omissions(chord);
    String sentence;
    if (chord.isSlash()) {
      sentence = chord.symbol() + " is " + ChordProse.described(Chord.of(chord.root(), chord.type()))
          + " " + (chord.inversion() > 0 ? "in " + chord.inversionName() : chord.inversionName())
          + ", spelled " + Prose.list(chord.notes()) + " from the bass; its chord tones are "
          + Prose.list(chord.tones()) + ": " + ChordProse.roles(chord) + ".";
    } else {
      sentence = Prose.capitalise(ChordProse.described(chord)) + " (" + chord.symbol() + ") is spelled "
          + Prose.list(chord.tones()) + ": " + ChordProse.roles(chord) + ".";
    }
    String convention = chord.type() == ChordType.ALTERED
        ? " " + Prose.capitalise(chord.type().convention().orElseThrow()) + "."
        : "";
    return new TheoryAnswer(Intent.CHORD_SPELLING, sentence + (omissions.isEmpty() ? "" : " " + omissions)
        + convention, Prose.strings(chord.notes()), details(chord));
  }

  private static Map<String, Object> details(Chord chord) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("symbol", chord.symbol());
    details.put("name", chord.name());
    details.put("root", chord.root().toString());
    details.put("bass", chord.bass().toString());
    details.put("intervals", chord.intervals().stream().map(Interval::shortName).toList());
    details.put("formula", chord.type().formula());
    details.put("pitches", Prose.strings(chord.pitches(Chord.DEFAULT_OCTAVE)));
    details.put("omitted", Prose.strings(chord.commonlyOmitted()));
    chord.type().convention().ifPresent(c -> details.put("convention", c));
    return details;
  }

  private static TheoryAnswer membership(Note note, Chord chord) {
    Map<String, Object> details = details(chord);
    Optional<Interval> interval = chord.intervalOf(note);
    details.put("note", note.toString());
    details.put("member", interval.isPresent());
    String described = ChordProse.described(chord) + " (" + chord.symbol() + ")";
    List<Note> pitches = chord.pitches(Chord.DEFAULT_OCTAVE);
    String sentence;
    if (interval.isEmpty()) {
      Optional<Note> enharmonic = chord.tones().stream().filter(t -> t.pitchClass() == note.pitchClass()).findFirst();
      sentence = "No: " + note.withoutOctave() + " is not in " + described + ", whose tones are "
          + Prose.list(chord.tones()) + "."
          + enharmonic.map(e -> " " + note.withoutOctave() + " sounds the same as " + e
              + ", but the chord spells that tone " + e + ".").orElse("");
    } else {
      String role = interval.get().number() == 1 ? "the root" : "the " + interval.get().ordinalName();
      details.put("interval", interval.get().shortName());
      String voicing = "stacked upward from " + pitches.get(0) + " (" + Prose.list(pitches) + ")";
      boolean inVoicing = !note.hasOctave() || pitches.contains(note);
      sentence = "Yes: " + note.withoutOctave() + " is " + role + " of " + described + ". "
          + (!note.hasOctave() ? "" : inVoicing
              ? note + " is in the chord " + voicing + ". "
              : note + " is not in the voicing " + voicing + ", but ")
          + (note.hasOctave() && !inVoicing ? "pitch-class" : "Pitch-class")
          + " membership holds in any octave.";
    }
    return new TheoryAnswer(Intent.CHORD_SPELLING, sentence, Prose.strings(pitches), details);
  }
}
