package dev.cadenza.theory.qa;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.ChordMatch;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.ChordProse;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.QuestionText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "which chord is C E G Bb?" and "what chord do MIDI notes 60 64 67 make?". */
final class IdentificationQuestions {
  private static final int MIN_NOTES = 3;
  private static final Pattern MIDI_NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,3})(?![\\w.])");
  private static final Pattern ARTICLE_A = Pattern.compile("A\\s+(?!(?i:flat|sharp|double)\\b)[a-z]");

  private IdentificationQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    List<Note> notes = notes(text);
    if (notes.size() >= MIN_NOTES) {
      return Optional.of(describe(Prose.list(notes), ChordIdentifier.identify(notes)));
    }
    List<Integer> midi = midi(text);
    if (midi.size() >= MIN_NOTES) {
      return Optional.of(describe("MIDI " + String.join(", ", midi.stream().map(String::valueOf).toList()),
          ChordIdentifier.identifyMidi(midi)));
    }
    return Optional.empty();
  }

  private static List<Note> notes(String text) {
    List<Note> notes = new ArrayList<>();
    for (QuestionText.Phrase token : QuestionText.notes(text)) {
      if (token.text().equals("A") && ARTICLE_A.matcher(text).region(token.start(), text.length()).lookingAt()) {
        continue;
      }
      notes.add(Note.parse(token.text()));
    }
    return notes;
  }

  private static List<Integer> midi(String text) {
    if (!text.toLowerCase(Locale.ROOT).contains("midi")) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    Matcher m = MIDI_NUMBER.matcher(text);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n <= 127) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  private static TheoryAnswer describe(String given, List<ChordMatch> matches) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("candidates", matches.stream().map(ChordMatch::symbol).toList());
    if (matches.isEmpty()) {
      return new TheoryAnswer(Intent.CHORD_IDENTIFICATION,
          given + " do not form a chord type the engine knows, as spelled.", List.of(), details);
    }
    ChordMatch best = matches.get(0);
    Chord chord = best.chord();
    details.put("symbol", best.symbol());
    details.put("name", best.name());
    details.put("root", chord.root().toString());
    details.put("inversion", chord.inversionName());
    details.put("omitted", Prose.strings(best.omitted()));
    StringBuilder answer = new StringBuilder(given).append(" form ")
        .append(ChordProse.described(Chord.of(chord.root(), chord.type())))
        .append(" (").append(best.symbol()).append(") in ").append(chord.inversionName()).append(": ")
        .append(roles(chord, best.omitted())).append('.');
    if (!best.omitted().isEmpty()) {
      answer.append(" Left out: ").append(Prose.list(best.omitted())).append('.');
    }
    if (matches.size() > 1) {
      answer.append(" Other readings: ").append(String.join("; ", matches.subList(1, matches.size()).stream()
          .map(m -> m.symbol() + " (" + m.name() + ")").toList())).append('.');
    }
    return new TheoryAnswer(Intent.CHORD_IDENTIFICATION, answer.toString(), Prose.strings(chord.notes()), details);
  }

  private static String roles(Chord chord, List<Note> omitted) {
    List<String> roles = new ArrayList<>();
    List<Note> tones = chord.tones();
    for (int i = 0; i < tones.size(); i++) {
      if (!omitted.contains(tones.get(i))) {
        Interval interval = chord.intervals().get(i);
        roles.add(tones.get(i) + " is the " + (interval.number() == 1 ? "root" : interval.ordinalName()));
      }
    }
    return String.join(", ", roles);
  }
}
