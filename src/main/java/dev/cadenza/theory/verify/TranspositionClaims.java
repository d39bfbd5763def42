package dev.cadenza.theory.verify;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.TransposingInstrument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Notes on transposing instruments: "A Bb clarinet playing written C sounds Bb", "The Eb alto saxophone ...: to sound
 * concert C its player reads A", "To sound concert C, an alto sax player reads A". The sounding note must be the written
 * one moved by the instrument's transposition, or the written note the concert one moved back, spelled by letters.
 */
final class TranspositionClaims {
  private static final String KIND = "transposition";
  private static final String NAMES = TransposingInstrument.ALL.stream().map(i -> String.join("\\s+", i.words()))
      .distinct().sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
  /** The instrument's name, with its key letter before it ("Bb clarinet") or after "in" ("clarinet in A"). */
  private static final String INSTRUMENT = "(?:(?<letter>[A-G](?:b|#)?)\\s+)?(?<name>(?i:" + NAMES + "))s?"
      + "(?:\\s+in\\s+(?<after>[A-G](?:b|#)?)(?![\\w#]))?";
  private static final String NOTE = "[A-G](?:##|#|bb|b)?\\d?(?![\\w#])";
  private static final String SAME_SENTENCE = "[^.;!?]*?";
  private static final Pattern SOUNDS = Pattern.compile("(?<![\\w#])" + INSTRUMENT + SAME_SENTENCE
      + "\\bwritten\\s+(?<written>" + NOTE + ")\\s+sounds?\\s+(?:as\\s+)?(?:concert\\s+)?(?<concert>" + NOTE + ")");
  private static final Pattern READS_AFTER = Pattern.compile("(?<![\\w#])" + INSTRUMENT + SAME_SENTENCE
      + "\\bto\\s+sound\\s+(?:a\\s+)?concert\\s+(?<concert>" + NOTE + ")\\s*,?\\s+" + SAME_SENTENCE
      + "\\b(?:reads|plays)\\s+(?:a\\s+)?(?:written\\s+)?(?<written>" + NOTE + ")");
  private static final Pattern READS_BEFORE = Pattern.compile("(?i:to)\\s+sound\\s+(?:a\\s+)?concert\\s+(?<concert>"
      + NOTE + ")\\s*,?\\s+(?:(?i:an?|the)\\s+)?" + INSTRUMENT + "(?:\\s+player)?\\s+(?:reads|plays)\\s+(?:a\\s+)?"
      + "(?:written\\s+)?(?<written>" + NOTE + ")");

  private TranspositionClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    for (Pattern pattern : List.of(SOUNDS, READS_AFTER, READS_BEFORE)) {
      boolean soundingClaimed = pattern == SOUNDS;
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        check(text, m, soundingClaimed).ifPresent(claims::add);
      }
    }
    return claims;
  }

  /**
   * The claim's verdict under every reading of the instrument: a capital "A" before the name may be the article ("A
   * clarinet playing ...") or the A clarinet, so a claim true of either is not called wrong.
   */
  private static Optional<Claim> check(String text, Matcher m, boolean soundingClaimed) {
    List<String> words = List.of(m.group("name").toLowerCase(Locale.ROOT).split("\\s+"));
    String letter = m.group("letter") != null ? m.group("letter") : m.group("after") != null ? m.group("after") : "";
    List<TransposingInstrument> readings = new ArrayList<>();
    TransposingInstrument.named(words, letter).ifPresent(readings::add);
    if (letter.equals("A")) TransposingInstrument.named(words, "").ifPresent(readings::add);
    if (readings.isEmpty()) return Optional.empty();
    Note given = Note.parse(m.group(soundingClaimed ? "written" : "concert"));
    String claimedGroup = soundingClaimed ? "concert" : "written";
    Note claimed = Note.parse(m.group(claimedGroup));
    List<Note> expected;
    try {
      expected = readings.stream().map(i -> soundingClaimed ? i.concertOf(given) : i.writtenOf(given)).toList();
    } catch (IllegalArgumentException outOfRange) {
      // "a glockenspiel playing written C9" would sound above any octave the engine names: nothing to check.
      return Optional.empty();
    }
    boolean octaves = given.hasOctave() && claimed.hasOctave();
    boolean right = expected.stream().anyMatch(e -> octaves ? e.equals(claimed) : e.withoutOctave().sameSpelling(claimed));
    Note answer = octaves ? expected.getFirst() : expected.getFirst().withoutOctave();
    int start = m.start();
    int end = m.end(claimedGroup);
    if (right) return Optional.of(Claim.of(text, KIND, Verdict.CORRECT, answer.toString(), start, end, null));
    if (readings.size() > 1) return Optional.of(Claim.of(text, KIND, Verdict.UNCHECKED, null, start, end, null));
    String correction = text.substring(start, m.start(claimedGroup)) + answer + text.substring(m.end(claimedGroup), end);
    return Optional.of(Claim.of(text, KIND, Verdict.INCORRECT, answer.toString(), start, end, correction));
  }
}
