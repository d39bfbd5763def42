package dev.cadenza.finetune;

import dev.cadenza.midi.BarBeat;
import dev.cadenza.midi.Cadence;
import dev.cadenza.midi.ChordLabel;
import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiExamples;
import dev.cadenza.midi.voice.Issue;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanNumerals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Questions about a student's MIDI file, asked the way Cadenza asks its model at serve time: the
 * analysis summary comes first as exact facts, then the question, and the answer states the facts that
 * bear on it. Each file is a four-part progression in a key, written to MIDI bytes and read back by the
 * analyser; some are voiced smoothly, most the way a beginner might (every voice placed at random within
 * its range), so parallel fifths, crossings and wide spacing occur. A draw is kept only when the
 * analyser finds the key it was written in and the cadence its last two numerals make, two independent
 * constructions agreeing.
 */
final class MidiFeedbackPairs implements PairSource {
  /** Progressions in major and the cadence types the analyser may report for their ending. */
  private static final Map<String, Set<String>> MAJOR = Map.ofEntries(
      Map.entry("I IV V I", Set.of("PAC", "IAC")),
      Map.entry("I ii V7 I", Set.of("PAC", "IAC")),
      Map.entry("I vi ii V I", Set.of("PAC", "IAC")),
      Map.entry("I IV I V", Set.of("HC")),
      Map.entry("I vi IV V", Set.of("HC")),
      Map.entry("I ii6 V", Set.of("HC")),
      Map.entry("I IV V vi", Set.of("deceptive")),
      Map.entry("I ii V7 vi", Set.of("deceptive")),
      Map.entry("I V I IV I", Set.of("plagal")),
      Map.entry("I vi IV I", Set.of("plagal")));
  private static final Map<String, Set<String>> MINOR = Map.ofEntries(
      Map.entry("i iv V i", Set.of("PAC", "IAC")),
      Map.entry("i VI iv V7 i", Set.of("PAC", "IAC")),
      Map.entry("i iv i V", Set.of("HC")),
      Map.entry("i VI iv V", Set.of("HC")),
      Map.entry("i iv V VI", Set.of("deceptive")),
      Map.entry("i V i iv i", Set.of("plagal")));
  private static final List<String> MAJOR_PROGRESSIONS = MAJOR.keySet().stream().sorted().toList();
  private static final List<String> MINOR_PROGRESSIONS = MINOR.keySet().stream().sorted().toList();
  /** How often the file is voiced smoothly rather than by a beginner. */
  static final double SMOOTH_SHARE = 0.3;
  /** How often the soprano skips an octave above where close position would put it. */
  static final double WIDE_SHARE = 0.1;
  /** The bass sits in E2–D#3; the tenor is its tone just above a random note of B2–F#3, the voices above stack on it. */
  private static final int LOWEST_BASS = 40;
  private static final int LOWEST_TENOR = 48;

  private enum Ask {
    VOICE_LEADING(List.of("What's wrong with the voice leading in my MIDI file?",
        "Can you check the part-writing in my file?", "Did I break any voice-leading rules in this exercise?",
        "Are there any parallel fifths or octaves in my chorale?", "How is the voice leading in my four-part exercise?")),
    KEY(List.of("What key is my piece in?", "Which key did I write this in?", "What is the key of my MIDI file?")),
    CADENCE(List.of("How does my piece end?", "What cadence ends my exercise?", "Does my progression end with a cadence?")),
    CHORDS(List.of("What chords did I use?", "Can you label the chords in my file with Roman numerals?",
        "Which chords are in my progression?"));

    final List<String> phrasings;

    Ask(List<String> phrasings) {
      this.phrasings = phrasings;
    }
  }

  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();

  @Override
  public Family family() {
    return Family.MIDI_FEEDBACK;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    Key key = Draw.standardKey(random);
    boolean minor = key.mode() == Key.Mode.MINOR;
    String numerals = Draw.pick(random, minor ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS);
    Set<String> expectedCadences = (minor ? MINOR : MAJOR).get(numerals);
    byte[] midi = Draw.chance(random, SMOOTH_SHARE)
        ? MidiExamples.progression(numerals, key.name())
        : MidiExamples.chords(numerals + " in " + key.name(), beginnerVoicing(numerals, key, random));
    MidiAnalysis analysis = analyzer.analyze(midi);
    if (!agrees(analysis, key, expectedCadences)) {
      return Optional.empty();
    }
    Ask ask = Draw.pick(random, List.of(Ask.values()));
    String question = Draw.pick(random, ask.phrasings);
    String user = "Exact facts:\n" + analysis.summary() + "\n\nQuestion: " + question;
    return Optional.of(new Pair(family(), key.name(), user, answer(ask, analysis)));
  }

  /** The analyser found the written key and, at the last chord, a cadence the ending can make. */
  private static boolean agrees(MidiAnalysis analysis, Key key, Set<String> expectedCadences) {
    if (analysis.key() == null || !(analysis.key().tonic() + " " + analysis.key().mode()).equals(key.name())
        || analysis.cadences().isEmpty()) {
      return false;
    }
    Cadence last = analysis.cadences().getLast();
    return last.bar() == analysis.bars() && expectedCadences.contains(last.type());
  }

  /**
   * The way a beginner might voice each chord on its own: bass on the chord's bass note, then tenor,
   * alto and soprano in close position from a random tenor note, the tones in random order and now and
   * then the soprano an octave higher. Nothing looks at the chord before, so parallels, leaps and
   * crossings come about as they do in real exercises.
   */
  private static List<List<Integer>> beginnerVoicing(String numerals, Key key, Random random) {
    List<List<Integer>> chords = new ArrayList<>();
    for (String numeral : numerals.split(" ")) {
      List<Note> notes = RomanNumerals.realise(numeral, key).notes();
      List<Integer> classes = notes.stream().map(Note::pitchClass).distinct().toList();
      List<Integer> upper = new ArrayList<>(classes.size() > 3 ? classes.subList(1, 4) : classes);
      while (upper.size() < 3) {
        upper.add(classes.getFirst());
      }
      Collections.shuffle(upper, random);
      List<Integer> pitches = new ArrayList<>();
      pitches.add(above(notes.getFirst().pitchClass(), LOWEST_BASS));
      int previous = LOWEST_TENOR + random.nextInt(8) - 1;
      for (int voice = 0; voice < upper.size(); voice++) {
        boolean wide = voice == upper.size() - 1 && Draw.chance(random, WIDE_SHARE);
        previous = above(upper.get(voice), previous + 1) + (wide ? 12 : 0);
        pitches.add(previous);
      }
      chords.add(pitches);
    }
    return chords;
  }

  /** The lowest pitch of the class at or above {@code lowest}. */
  private static int above(int pitchClass, int lowest) {
    return lowest + Math.floorMod(pitchClass - lowest, 12);
  }

  private static String answer(Ask ask, MidiAnalysis analysis) {
    return switch (ask) {
      case VOICE_LEADING -> voiceLeading(analysis);
      case KEY -> String.format(Locale.ROOT, "The analysis estimates the key as %s %s (confidence %.2f), and the last chord, %s, is %s in"
          + " that key.", analysis.key().tonic(), analysis.key().mode(), analysis.key().confidence(),
          analysis.chords().getLast().symbol(), analysis.chords().getLast().roman());
      case CADENCE -> {
        Cadence last = analysis.cadences().getLast();
        String name = last.fullName();
        // Of the five names only "imperfect authentic cadence" starts with a vowel.
        yield "It ends with " + (name.startsWith("i") ? "an " : "a ") + name + " at bar " + last.bar() + ": " + last.progression()
            + " in " + last.key() + ".";
      }
      case CHORDS -> chords(analysis);
    };
  }

  private static String voiceLeading(MidiAnalysis analysis) {
    List<Issue> issues = analysis.issues();
    if (issues.isEmpty()) {
      return "No part-writing issues were found: no parallel or hidden fifths and octaves, no crossing or overlap,"
          + " good spacing and ranges, and the leading tones and sevenths resolve.";
    }
    List<Issue> listed = issues.subList(0, Math.min(issues.size(), MidiAnalysis.MAX_SUMMARY_ITEMS));
    StringBuilder text = new StringBuilder("The analysis found " + issues.size() + (issues.size() == 1 ? " problem:" : " problems:"));
    for (Issue issue : listed) {
      String message = issue.message().endsWith(".") ? issue.message().substring(0, issue.message().length() - 1) : issue.message();
      text.append(" bar ").append(issue.bar()).append(", beat ").append(BarBeat.beatText(issue.beat())).append(": ")
          .append(message).append(';');
    }
    text.setLength(text.length() - 1);
    text.append(issues.size() > listed.size() ? ", and " + (issues.size() - listed.size()) + " more." : ".");
    return text.toString();
  }

  private static String chords(MidiAnalysis analysis) {
    List<ChordLabel> listed = analysis.chords().subList(0, Math.min(analysis.chords().size(), MidiAnalysis.MAX_SUMMARY_ITEMS));
    List<String> parts = listed.stream().map(c -> "bar " + c.bar() + ", " + c.symbol() + " (" + c.roman() + ")").toList();
    return "In " + analysis.key().tonic() + " " + analysis.key().mode() + " the chords are: " + String.join("; ", parts) + ".";
  }
}
