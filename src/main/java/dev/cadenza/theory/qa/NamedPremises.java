package dev.cadenza.theory.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * False premises stated in words rather than in notes, checked against what the names mean: a scale degree's name
 * and its number ("why is the dominant built on the 4th degree": the dominant is the fifth), a time signature's
 * beats ("why does 6/8 have six beats": two, each a dotted quarter), a tendency tone's direction ("why does the
 * leading tone resolve down"), a predominant's goal ("why do augmented sixth chords resolve to the tonic") and
 * which parallels part-writing avoids ("why are parallel thirds forbidden"). Only questions that assert are checked.
 */
final class NamedPremises {

  private static final Pattern ASSERTING = Pattern.compile("(?i)^\\W*(?:why|since|explain\\s+why|how\\s+come)\\b.*");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");
  /** The scale degrees' names, tonic first. */
  private static final List<String> NAMES = List.of("tonic", "supertonic", "mediant", "subdominant", "dominant",
      "submediant", "leading tone");
  private static final String NUMBER = "(first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th)?)";
  /** "the dominant (chord) is built on the 4th degree", "the mediant is scale degree 6", "subdominant on the 5th note". */
  private static final Pattern DEGREE_CLAIM = Pattern.compile(
      "(?i)\\b(?<name>supertonic|submediant|subdominant|mediant|dominant|tonic|leading\\s+(?:tone|note))"
          + "(?:\\s+(?:chord|triad|note|degree|tone))?\\s+(?:is\\s+|are\\s+)?(?:built\\s+|found\\s+|placed\\s+)?"
          + "(?:on\\s+|at\\s+)?(?:the\\s+)?(?:(?:scale\\s+)?(?:degree|step|note)\\s+" + NUMBER + "|" + NUMBER
          + "\\s+(?:scale\\s+)?(?:degree|step|note))\\b");
  /** "6/8 have six beats", "3/4 has 2 beats". */
  private static final Pattern BEATS_CLAIM = Pattern.compile(
      "(?i)\\b(?<top>\\d{1,2})/(?<bottom>1|2|4|8|16|32)\\s+(?:have|has|get|gets|with|is\\s+in)\\s+"
          + "(?<beats>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+beats?\\b");
  private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");
  private static final Map<Integer, String> NOTE_VALUES = Map.of(1, "whole note", 2, "half note", 4, "quarter note",
      8, "eighth note", 16, "sixteenth note", 32, "thirty-second note");

  /** "the leading tone resolve down", "the 7th of a V7 go up": a tendency tone said to move against its tendency. */
  private static final Pattern TENDENCY_CLAIM = Pattern.compile(
      "(?i)\\b(?<tone>leading\\s+(?:tone|note)|(?:chordal\\s+)?(?:7th|seventh)(?:\\s+of\\s+(?:a|an|the)\\s+(?:v7|chord|dominant"
          + "(?:\\s+seventh)?(?:\\s+chord)?|seventh\\s+chord))?)\\s+(?:always\\s+|usually\\s+)?(?:resolves?|goes?|go|moves?"
          + "|rises?|falls?)\\s+(?<direction>up|down|upward|downward)\\b");
  /** "parallel thirds are forbidden", "parallel fifths are fine": a parallel interval said to be what it is not. */
  private static final Pattern PARALLEL_CLAIM = Pattern.compile(
      "(?i)\\b(?:parallel|consecutive)\\s+(?<interval>unisons?|fifths?|5ths?|octaves?|8ves?|thirds?|3rds?|sixths?|6ths?"
          + "|tenths?|10ths?)\\s+(?:(?:in\\s+[\\w\\s-]{1,30}?\\s+)?(?:is|are)\\s+)?(?:always\\s+|so\\s+|considered\\s+)?"
          + "(?<verdict>forbidden|banned|not\\s+allowed|wrong|bad|illegal|errors?|mistakes?|allowed|fine|ok|okay|acceptable|good)\\b");
  private static final Pattern EXCEPTION = Pattern.compile(
      "(?i)\\b(?:inner|alto|tenor|bass|sometimes|can|may|ever|allowed|exceptions?|when|if)\\b");
  /** "augmented sixth chords resolve to the tonic": a chord said to lead where it does not. */
  private static final Pattern GOAL_CLAIM = Pattern.compile(
      "(?i)\\b(?<chord>(?:italian|french|german|augmented)\\s+(?:sixth|6th)|neapolitan(?:\\s+(?:sixth|6th))?|cadential"
          + "\\s+(?:six[\\s-]*four|6[\\s/-]*4))(?:\\s+chords?)?\\s+(?:always\\s+|usually\\s+)?(?:resolves?|goes?|go|leads?|moves?)"
          + "\\s+to\\s+(?:the\\s+|a\\s+)?(?<goal>tonic|subdominant|submediant|i|iv|vi|I|IV|VI)\\b");

  /**
   * "can a fifth be major?", "why is a third perfect": an interval number given a quality of the other family. Asked or
   * asserted alike, the names answer it.
   */
  private static final Pattern QUALITY_CLAIM = Pattern.compile(
      "(?i)\\b(?:can|could|is|are|why\\s+is|why\\s+are)\\s+(?:a|an|the|there\\s+a|there\\s+an)?\\s*"
          + "(?<number>unison|second|third|fourth|fifth|sixth|seventh|octave|2nd|3rd|4th|5th|6th|7th|8ve)s?"
          + "\\s+(?:ever\\s+|also\\s+|always\\s+)?(?:be\\s+|called\\s+)?(?<quality>major|minor|perfect)\\b");
  private static final List<String> PERFECT_NUMBERS = List.of("unison", "fourth", "fifth", "octave");

  private NamedPremises() {}

  /** The correction of the question's false premise, or empty when it asserts nothing these names contradict. */
  static Optional<String> correction(String question) {
    Optional<String> quality = quality(question);
    if (quality.isPresent() || !ASSERTING.matcher(question).matches()) return quality;
    return degree(question).or(() -> beats(question)).or(() -> tendency(question)).or(() -> goal(question))
        .or(() -> parallels(question));
  }

  /**
   * Unisons, fourths, fifths and octaves are perfect (augmented or diminished when altered), never major or minor;
   * seconds, thirds, sixths and sevenths are major or minor (or augmented or diminished), never perfect.
   */
  private static Optional<String> quality(String question) {
    Matcher claim = QUALITY_CLAIM.matcher(question);
    if (!claim.find()) return Optional.empty();
    String number = claim.group("number").toLowerCase(Locale.ROOT);
    String named = number.equals("8ve") ? "octave" : number.matches("\\d.*") ? ORDINALS.get(number(number) - 1) : number;
    boolean perfectFamily = PERFECT_NUMBERS.contains(named);
    boolean saidPerfect = claim.group("quality").equalsIgnoreCase("perfect");
    if (perfectFamily == saidPerfect) return Optional.empty();
    String article = named.matches("[ou].*") ? "an " : "a ";
    return Optional.of(perfectFamily
        ? "No: " + article + named + " is never major or minor. Unisons, fourths, fifths and"
            + " octaves are perfect, or augmented or diminished when altered; only seconds, thirds, sixths and sevenths"
            + " are major or minor."
        : "No: " + article + named + " is never perfect. Seconds, thirds, sixths and sevenths"
            + " are major or minor, or augmented or diminished when altered; only unisons, fourths, fifths and octaves"
            + " are perfect.");
  }

  /** Parallel perfect unisons, fifths and octaves are avoided in common-practice part-writing; imperfect ones are not. */
  private static Optional<String> parallels(String question) {
    Matcher claim = PARALLEL_CLAIM.matcher(question);
    if (!claim.find()) return Optional.empty();
    String interval = claim.group("interval").toLowerCase(Locale.ROOT);
    boolean perfect = interval.matches("(?:unison|fifth|5th|octave|8ve)s?");
    boolean saidWrong = claim.group("verdict").toLowerCase(Locale.ROOT)
        .matches("forbidden|banned|not\\s+allowed|wrong|bad|illegal|errors?|mistakes?");
    if (perfect == saidWrong) return Optional.empty();
    String named = "parallel " + switch (interval.replaceAll("s$", "")) {
      case "unison" -> "unisons";
      case "fifth", "5th" -> "fifths";
      case "octave", "8ve" -> "octaves";
      case "third", "3rd" -> "thirds";
      case "sixth", "6th" -> "sixths";
      default -> "tenths";
    };
    return Optional.of(perfect
        ? "No: " + named + " are avoided in common-practice part-writing, because they weaken the independence of the"
            + " voices; only imperfect intervals (thirds, sixths, tenths) may move in parallel."
        : "No: " + named + " are allowed, and common; only parallel perfect intervals (unisons, fifths and octaves) are"
            + " avoided.");
  }

  /**
   * The leading tone tends up by half step to the tonic, a chordal seventh down by step; the usual exceptions (a
   * leading tone in an inner voice falling to the fifth, a seventh rising over a bass moving up by step) are named.
   */
  private static Optional<String> tendency(String question) {
    Matcher claim = TENDENCY_CLAIM.matcher(question);
    // "why does the leading tone go down in the alto": the exception itself, asked about.
    if (!claim.find() || EXCEPTION.matcher(question).find()) return Optional.empty();
    boolean claimedUp = claim.group("direction").toLowerCase(Locale.ROOT).startsWith("up");
    boolean leadingTone = claim.group("tone").toLowerCase(Locale.ROOT).startsWith("leading");
    if (leadingTone && !claimedUp) {
      return Optional.of("No: the leading tone normally resolves up by half step to the tonic; only in an inner voice"
          + " may it fall, to the fifth of the tonic chord.");
    }
    if (!leadingTone && claimedUp) {
      return Optional.of("No: a chordal seventh normally resolves down by step; it may rise only in special cases,"
          + " such as over a bass that moves up by step.");
    }
    return Optional.empty();
  }

  /** Augmented sixth, Neapolitan and cadential six-four chords lead to the dominant, not to a tonic or subdominant. */
  private static Optional<String> goal(String question) {
    Matcher claim = GOAL_CLAIM.matcher(question);
    if (!claim.find()) return Optional.empty();
    String chord = claim.group("chord").toLowerCase(Locale.ROOT);
    String kind = chord.replace("6th", "sixth");
    // The Italian, French and German sixths keep their capitals.
    if (kind.matches("(?:italian|french|german).*")) kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    String named = chord.startsWith("cadential") ? "the cadential six-four"
        : chord.startsWith("neapolitan") ? "the Neapolitan" : kind + " chords";
    String leads = chord.startsWith("cadential") ? "resolves to the dominant (V), of which it is a decoration"
        : (chord.startsWith("neapolitan") ? "leads" : "lead") + " to the dominant (V), often through a cadential six-four";
    String goal = claim.group("goal");
    return Optional.of("No: " + named + " " + leads + ", not to " + (goal.matches("[IiVv]+") ? goal : "the " + goal) + ".");
  }

  private static Optional<String> degree(String question) {
    Matcher claim = DEGREE_CLAIM.matcher(question);
    if (!claim.find()) return Optional.empty();
    String name = claim.group("name").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int actual = NAMES.indexOf(name.replace("leading note", "leading tone")) + 1;
    int claimed = number(claim.group(2) != null ? claim.group(2) : claim.group(3));
    if (claimed == actual) return Optional.empty();
    return Optional.of("No: the " + name + " is the " + ORDINALS.get(actual - 1) + " scale degree (scale degree "
        + actual + "), not the " + ORDINALS.get(claimed - 1) + "; the " + ORDINALS.get(claimed - 1)
        + " degree is the " + NAMES.get(claimed - 1) + ".");
  }

  private static int number(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    int ordinal = ORDINALS.indexOf(lower);
    return ordinal >= 0 ? ordinal + 1 : Character.digit(lower.charAt(0), 10);
  }

  /**
   * A meter whose top number is 6, 9 or 12 is compound: its beats are dotted notes, each three of the lower
   * number's value, so it has a third as many beats as the top number says; any other meter has as many beats as its
   * top number (the convention of most theory textbooks; at very slow tempos performers may count every eighth).
   */
  private static Optional<String> beats(String question) {
    Matcher claim = BEATS_CLAIM.matcher(question);
    if (!claim.find()) return Optional.empty();
    int top = Integer.parseInt(claim.group("top"));
    int bottom = Integer.parseInt(claim.group("bottom"));
    String beatsWord = claim.group("beats").toLowerCase(Locale.ROOT);
    int claimed = beatsWord.chars().allMatch(Character::isDigit) ? Integer.parseInt(beatsWord) : COUNTS.indexOf(beatsWord);
    if (top == 0 || claimed < 0) return Optional.empty();
    boolean compound = top % 3 == 0 && top > 3;
    int actual = compound ? top / 3 : top;
    if (claimed == actual) return Optional.empty();
    String meter = top + "/" + bottom;
    String value = NOTE_VALUES.get(bottom);
    String beats = count(actual) + " beat" + (actual == 1 ? "" : "s");
    if (!compound) return Optional.of("No: " + meter + " has " + beats + ", each a " + value + ".");
    String dotted = NOTE_VALUES.get(bottom / 2);
    if (dotted == null) return Optional.empty();
    return Optional.of("No: " + meter + " is a compound meter with " + beats + ", each a dotted " + dotted + " (three "
        + value + "s); " + count(top) + " counts the " + value + "s in a bar.");
  }

  private static String count(int n) {
    return n < COUNTS.size() ? COUNTS.get(n) : Integer.toString(n);
  }
}
