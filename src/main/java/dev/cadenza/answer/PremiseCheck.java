package dev.cadenza.answer;

import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.ChordMatch;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.verify.VerificationReport;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the claim a "why" question takes for granted ("why does C major have 2 sharps") and, when the
 * theory engine computes it to be false, states the correction, to be said before anything else. The
 * question is turned into the statement it presupposes ("C major has 2 sharps"), which the verifier
 * checks (key signatures, relative keys, spellings, numerals); interval sizes ("a tritone is 5 half steps")
 * and the quality of spelled chords ("B-D-F is a minor chord") are computed here with the engine.
 */
public final class PremiseCheck {

  private static final Pattern WHY = Pattern.compile(
      "(?i)^\\s*(?:but\\s+)?(?:why|how\\s+come)\\s+(does|do|did|is|are|was|were|can|must|should)\\s+(.+?)[?.!\\s]*$");
  /** The verb that follows the presupposed subject: "C major <i>have</i> 2 sharps". */
  private static final Pattern VERB = Pattern.compile("(?i)^(.+?)\\s+(have|contain|use|sound|resolve|move|go|need)\\b(.*)$");
  private static final Pattern INTERVAL_SIZE = Pattern.compile(
      "(?i)\\b(?:a|an|the)?\\s*((?:perfect|major|minor|augmented|diminished)\\s+(?:unison|second|third|fourth|fifth|sixth"
          + "|seventh|octave)|tritone)\\s+(?:is|has|spans|contains|have)\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight"
          + "|nine|ten|eleven|twelve)\\s+(half\\s+steps?|semitones?)");
  private static final Pattern SPELLED_CHORD = Pattern.compile(
      "(?i)\\b([A-G](?:#|b)?(?:\\s*[-,]\\s*[A-G](?:#|b)?){2,3})\\s+(?:is|are)\\s+(?:a|an)\\s+(major|minor|diminished"
          + "|augmented)\\s+(?:chord|triad)");
  private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");

  private final Verifier verifier;

  public PremiseCheck(Verifier verifier) {
    this.verifier = verifier;
  }

  /** The corrections of the question's false premise, each a sentence; empty when it has none the engine can see. */
  public List<String> corrections(String question) {
    Optional<String> premise = premise(question);
    if (premise.isEmpty()) return List.of();
    String statement = premise.get();
    List<String> corrections = new ArrayList<>();
    VerificationReport report = verifier.verify(statement + ".");
    if (report.hasIncorrect()) {
      corrections.add("Not so: " + report.corrected(statement + "."));
    }
    intervalSize(statement).ifPresent(corrections::add);
    chordQuality(statement).ifPresent(corrections::add);
    return corrections;
  }

  /** "why does C major have 2 sharps" → "C major has 2 sharps"; "why is B-D-F a minor chord" → "B-D-F is a minor chord". */
  static Optional<String> premise(String question) {
    Matcher why = WHY.matcher(question);
    if (!why.matches()) return Optional.empty();
    String auxiliary = why.group(1).toLowerCase(Locale.ROOT);
    String rest = why.group(2).strip();
    if (auxiliary.equals("is") || auxiliary.equals("are") || auxiliary.equals("was") || auxiliary.equals("were")) {
      // "why is a tritone 5 half steps": the subject ends where the predicate's article or number begins.
      Matcher predicate = Pattern.compile("(?i)^(.+?)\\s+((?:a|an|the|\\d+|one|two|three|four|five|six|seven)\\s.+)$")
          .matcher(rest);
      return predicate.matches() ? Optional.of(predicate.group(1) + " " + auxiliary + " " + predicate.group(2))
          : Optional.empty();
    }
    Matcher verb = VERB.matcher(rest);
    if (!verb.matches()) return Optional.empty();
    String third = verb.group(2).toLowerCase(Locale.ROOT).equals("have") ? "has" : verb.group(2) + "s";
    return Optional.of(verb.group(1) + " " + third + verb.group(3));
  }

  private static Optional<String> intervalSize(String statement) {
    Matcher m = INTERVAL_SIZE.matcher(statement);
    if (!m.find()) return Optional.empty();
    String name = m.group(1).toLowerCase(Locale.ROOT);
    Optional<Interval> interval = name.equals("tritone") ? Optional.of(Interval.parse("A4")) : IntervalNames.parse(name);
    if (interval.isEmpty()) return Optional.empty();
    int claimed = NUMBERS.contains(m.group(2).toLowerCase(Locale.ROOT)) ? NUMBERS.indexOf(m.group(2).toLowerCase(Locale.ROOT))
        : Integer.parseInt(m.group(2));
    int actual = interval.get().semitones();
    if (claimed == actual) return Optional.empty();
    String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    return Optional.of("Not so: " + article + name + " spans " + NUMBERS.get(actual) + " half steps (" + actual + " semitones), not "
        + claimed + ".");
  }

  private static Optional<String> chordQuality(String statement) {
    Matcher m = SPELLED_CHORD.matcher(statement);
    if (!m.find()) return Optional.empty();
    List<Note> notes = new ArrayList<>();
    for (String note : m.group(1).split("\\s*[-,]\\s*")) {
      notes.add(Note.parse(note.strip()));
    }
    List<ChordMatch> matches = ChordIdentifier.identify(notes);
    if (matches.isEmpty()) return Optional.empty();
    String name = matches.getFirst().name();
    if (name.toLowerCase(Locale.ROOT).contains(m.group(2).toLowerCase(Locale.ROOT))) return Optional.empty();
    String article = "AEF".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    return Optional.of("Not so: " + m.group(1) + " is " + article + name + ", not a " + m.group(2).toLowerCase(Locale.ROOT)
        + " chord.");
  }
}
