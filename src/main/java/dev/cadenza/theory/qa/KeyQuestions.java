package dev.cadenza.theory.qa;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "how many flats in Db major?", "key signature of F# minor", "relative minor of A major?". */
final class KeyQuestions {
  /** A key as written in prose: "Db major", "f# minor", "E-flat major", "G". */
  static final String KEY = ProsePatterns.key(true, false);
  private static final String OF_KEY = "\\s+(?i:of|for|to|in)\\s+(?i:the\\s+(?:key\\s+of\\s+)?)?" + KEY;
  private static final Pattern RELATION =
      Pattern.compile("(?i:(relative|parallel)(?:\\s+(major|minor))?(?:\\s+key)?)" + OF_KEY);
  private static final Pattern COUNT = Pattern.compile("(?i:how\\s+many\\s+(sharps|flats|accidentals)\\s+"
      + "(?:are\\s+)?(?:there\\s+)?(?:in|does|for|has|have)\\s+(?:the\\s+)?(?:key\\s+(?:of\\s+)?)?)" + KEY);
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?i:(?:key\\s+signature|signature|sharps|flats|accidentals)\\s+(?:of|for|in)\\s+"
          + "(?:the\\s+)?(?:key\\s+(?:of\\s+)?)?)"
          + KEY + "|" + KEY + "(?i:\\s+key)?(?i:\\s+(?:key\\s+)?signature)");

  /** "which key has 4 sharps?", "what minor key has three flats", "the key with no sharps or flats". */
  private static final Pattern BY_SIGNATURE = Pattern.compile("(?i:\\b(?:(major|minor)\\s+)?key(?:\\s+signature)?s?\\s+"
      + "(?:has|have|with|uses|use|is\\s+written\\s+with)\\s+(\\d+|no|one|two|three|four|five|six|seven)\\s+(sharps?|flats?))");
  /** "the dominant key of Db major", "what key is a fifth above Eb major", "subdominant key of A minor". */
  private static final Pattern NEIGHBOUR = Pattern.compile("(?i:\\b(?:(dominant|subdominant)\\s+key\\s+(?:of|to|from)"
      + "|key\\s+(?:is\\s+)?(?:a\\s+)?(?:perfect\\s+)?fifth\\s+(above|below))\\s+(?:the\\s+key\\s+of\\s+)?)" + KEY);
  private static final List<String> COUNT_WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven");
  private static final int MOST_IN_A_SIGNATURE = 7;

  private KeyQuestions() {}

  /** The key a fifth above or below, named by its relation: wording the scale parser must not take. */
  static Optional<TheoryAnswer> neighbour(String question) {
    Matcher m = NEIGHBOUR.matcher(QuestionText.clean(question));
    if (!m.find()) {
      return Optional.empty();
    }
    boolean up = m.group(1) != null ? m.group(1).equalsIgnoreCase("dominant") : m.group(2).equalsIgnoreCase("above");
    try {
      Key key = Key.parse(m.group(3));
      Key other = up ? key.dominantKey() : key.subdominantKey();
      String answer = "The " + (up ? "dominant" : "subdominant") + " key of " + key + " is " + other + ", a perfect fifth "
          + (up ? "above" : "below") + ": one step " + (up ? "clockwise" : "counter-clockwise") + " on the circle of fifths, with "
          + signatureText(other) + " where " + key + " has " + signatureText(key) + "."
          + (other.isTheoretical() ? other.enharmonic().map(e -> " It is a theoretical key, usually written as " + e + ".").orElse("") : "");
      Map<String, Object> details = details(key);
      details.put(up ? "dominantKey" : "subdominantKey", other.name());
      return Optional.of(new TheoryAnswer(Intent.KEY_SIGNATURE, answer, Prose.strings(other.scale().notes()), details));
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
  }

  static boolean looksLikeKeyQuestion(String text) {
    return RELATION.matcher(text).find() || COUNT.matcher(text).find() || SIGNATURE.matcher(text).find()
        || BY_SIGNATURE.matcher(text).find();
  }

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    try {
      Matcher relation = RELATION.matcher(text);
      if (relation.find()) {
        return Optional.of(relation(relation.group(1).toLowerCase(Locale.ROOT), relation.group(2),
            Key.parse(relation.group(3))));
      }
      Matcher bySignature = BY_SIGNATURE.matcher(text);
      if (bySignature.find()) {
        return keysWithSignature(bySignature.group(1), bySignature.group(2), bySignature.group(3));
      }
      Matcher count = COUNT.matcher(text);
      if (count.find()) {
        return Optional.of(signature(Key.parse(count.group(2)), count.group(1).toLowerCase(Locale.ROOT)));
      }
      Matcher signature = SIGNATURE.matcher(text);
      if (signature.find()) {
        return Optional.of(signature(Key.parse(signature.group(1) != null ? signature.group(1) : signature.group(2)),
            "accidentals"));
      }
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** "5 flats (Bb, Eb, Ab, Db, Gb)", "no sharps or flats". */
  static String signatureText(Key key) {
    if (key.fifths() == 0) {
      return "no sharps or flats";
    }
    int n = Math.abs(key.fifths());
    return n + (key.fifths() > 0 ? " sharp" : " flat") + (n == 1 ? "" : "s") + " (" + Prose.list(key.signature()) + ")";
  }

  private static TheoryAnswer signature(Key key, String asked) {
    String answer;
    if (key.isTheoretical()) {
      answer = key + " is a theoretical key: its signature would need " + signatureText(key)
          + ", so it is usually written as its enharmonic equivalent"
          + key.enharmonic().map(e -> ", " + e + ", with " + signatureText(e)).orElse("") + ".";
    } else if (key.fifths() == 0) {
      answer = key + " has no sharps or flats.";
    } else {
      String kind = key.fifths() > 0 ? "sharps" : "flats";
      String lead = asked.equals("accidentals") || asked.equals(kind) ? "" : "no " + asked + ": it has ";
      answer = key + " has " + lead + signatureText(key).replace(" (", ": ").replace(")", "") + ".";
    }
    return new TheoryAnswer(Intent.KEY_SIGNATURE, answer, Prose.strings(key.signature()), details(key));
  }

  /**
   * The major and minor key with a signature of {@code count} sharps or flats; only the asked mode
   * when the question names one. Beyond seven there is no key signature, so no answer.
   */
  private static Optional<TheoryAnswer> keysWithSignature(String askedMode, String count, String kind) {
    int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : COUNT_WORDS.indexOf(count.toLowerCase(Locale.ROOT));
    if (n > MOST_IN_A_SIGNATURE) {
      return Optional.empty();
    }
    Key major = Key.majorAtFifths(kind.toLowerCase(Locale.ROOT).startsWith("sharp") ? n : -n);
    Key minor = major.relative();
    Key asked = askedMode != null && askedMode.equalsIgnoreCase("minor") ? minor : major;
    String answer = n == 0
        ? (askedMode == null ? "C major and its relative, A minor, have" : asked + " has") + " no sharps or flats."
        : (askedMode == null ? major + " and its relative, " + minor + ", have " : asked + " has ")
            + signatureText(major).replace(" (", ": ").replace(")", "") + ".";
    return Optional.of(new TheoryAnswer(Intent.KEY_SIGNATURE, answer, Prose.strings(major.signature()), details(asked)));
  }

  private static TheoryAnswer relation(String relation, String askedMode, Key key) {
    Key other = relation.equals("relative") ? key.relative() : key.parallel();
    String mode = other.mode().label();
    String answer = "The " + relation + " " + mode + " of " + key + " is " + other;
    if (relation.equals("relative")) {
      answer += ": both keys share the signature of " + signatureText(key) + ", and " + other.tonic()
          + " is a minor third "
          + (key.mode() == Key.Mode.MAJOR ? "below " : "above ") + key.tonic() + ".";
    } else {
      answer += ", on the same tonic: " + other + " has " + signatureText(other) + " where " + key + " has "
          + signatureText(key) + ".";
    }
    if (askedMode != null && !askedMode.equalsIgnoreCase(mode)) {
      answer += " (" + key + " is itself " + key.mode().label() + ", so its " + relation + " key is " + mode + ".)";
    }
    Map<String, Object> details = details(key);
    details.put(relation, other.name());
    return new TheoryAnswer(Intent.KEY_SIGNATURE, answer, Prose.strings(other.scale().notes()), details);
  }

  private static Map<String, Object> details(Key key) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key.name());
    details.put("fifths", key.fifths());
    details.put("sharps", key.sharps());
    details.put("flats", key.flats());
    details.put("signature", Prose.strings(key.signature()));
    details.put("theoretical", key.isTheoretical());
    details.put("relative", key.relative().name());
    details.put("parallel", key.parallel().name());
    key.enharmonic().ifPresent(e -> details.put("enharmonic", e.name()));
    return details;
  }
}
