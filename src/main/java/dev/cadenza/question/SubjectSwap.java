package dev.cadenza.question;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last subject of a conversation changed by the word an elliptical follow-up brings, by what kind of word
 * it is: a note or key takes the place of the subject's root or key ("C major seventh chord" + "Eb" = "Eb major
 * seventh chord"), a chord quality takes the place of its quality ("D minor triad" + "diminished" = "D diminished
 * triad"), a phrase ending in the subject's noun takes the words up to that noun ("relative minor of G major" +
 * "parallel minor" = "parallel minor of G major"), an interval takes the place of the subject's interval ("perfect
 * fifth above Eb" + "major third" = "major third above Eb"), and one word replaces the first of several ("dorian
 * mode" + "phrygian" = "phrygian mode").
 */
final class SubjectSwap {

  /** A note name as written in questions: a capital letter with its accidentals ("Eb", "F#", "Bbb"). */
  static final Pattern NOTE = Pattern.compile("(?<![\\w#])[A-G](?:#{1,2}|b{1,2}|x|♯|♭)?(?![\\w#♯♭])");
  /** A key named after "in" ("in A minor", "in Eb"). */
  private static final Pattern KEY = Pattern.compile(
      "(?<![\\w#])in\\s+[A-G](?:#{1,2}|b{1,2}|♯|♭)?(?:\\s+(?:major|minor))?(?![\\w#♯♭])");
  /** A key after "in", its mode if it has one ("in C major", "in Eb"). */
  private static final Pattern KEY_MODE = Pattern.compile(
      "(?<![\\w#])(in\\s+[A-G](?:#{1,2}|b{1,2}|♯|♭)?)(?:\\s+(?:major|minor))?(?![\\w#♯♭])");
  /** A tonic and mode naming a scale or key ("G major scale", "the key of D minor"), not a chord quality. */
  private static final Pattern TONIC_MODE = Pattern.compile(
      "(?<![\\w#])([A-G](?:#{1,2}|b{1,2}|♯|♭)?)\\s+(?:major|minor)(?=\\s+(?:scales?|keys?)\\b|\\s*$)");
  /** A mode named without a tonic: "a major key", "major scales", "in major", "in the minor". */
  private static final Pattern MODE_WITHOUT_TONIC = Pattern.compile(
      "(?i)(?<!(?-i:[A-G])(?:#{1,2}|b{1,2}|♯|♭)?\\s)\\b(?:major|minor)(?=\\s+(?:keys?|scales?|modes?)\\b)"
          + "|(?<=\\bin\\s|\\bin\\sthe\\s)(?:major|minor)\\b");
  private static final Pattern MODE_ONLY = Pattern.compile("(?i)in\\s+(?:the\\s+)?(major|minor)(?:\\s+key)?\\W*");
  private static final Set<String> QUALITIES = Set.of("major", "minor", "diminished", "augmented", "dominant",
      "half-diminished", "perfect", "harmonic", "melodic", "natural", "suspended");

  /** An interval by quality and number ("perfect fifth", "minor 7th"): a follow-up naming one swaps the last one. */
  private static final Pattern INTERVAL = Pattern.compile("(?i)\\b(?:perfect|major|minor|augmented|diminished)\\s+"
      + "(?:unison|second|third|fourth|fifth|sixth|seventh|octave|ninth|eleventh|thirteenth|2nd|3rd|[4-7]th|9th|11th|13th)\\b");

  /** A subject up to its last word, and that word when it is a plain lower-case word. */
  private static final Pattern HEAD_NOUN = Pattern.compile("(|.*\\s)([a-z]{3,})");

  private SubjectSwap() {}

  /** Whether {@code fragment} names a note or a key and nothing else ("Eb", "in F", "in A minor", "starting on D"). */
  static boolean namesKey(String fragment) {
    String bare = fragment.strip().replaceFirst("(?i)^(?:in|on|for|starting\\s+on|from)\\s+", "");
    return bare.matches("[A-G](?:#{1,2}|b{1,2}|♯|♭)?(?:\\s+(?:major|minor))?");
  }

  /**
   * {@code text} (the last question or its subject) with its key or root changed to the one {@code fragment}
   * names; the fragment added after it when it names neither.
   */
  static String withKey(String text, String fragment) {
    String bare = fragment.strip().replaceFirst("(?i)^(?:in|on|for|starting\\s+on|from)\\s+", "");
    Matcher key = KEY.matcher(text);
    if (key.find()) return text.substring(0, key.start()) + "in " + bare + text.substring(key.end());
    Matcher root = NOTE.matcher(text);
    if (root.find() && !bare.contains(" ")) return anArticle(text.substring(0, root.start()), bare) + bare + text.substring(root.end());
    return text.strip() + " " + fragment.strip();
  }

  /** Whether {@code fragment} names a mode and nothing else ("in minor", "in major"). */
  static boolean namesMode(String fragment) {
    return MODE_ONLY.matcher(fragment.strip()).matches();
  }

  /**
   * {@code text} with the mode of its key changed to the one {@code fragment} names: "in C major" becomes "in C
   * minor", "in Eb" becomes "in Eb minor", "the G major scale" the "G minor scale", "each degree of a major key" "each
   * degree of a minor key"; the fragment added after it when it names no key and no mode.
   */
  static String withMode(String text, String fragment) {
    Matcher only = MODE_ONLY.matcher(fragment.strip());
    if (!only.matches()) throw new IllegalArgumentException("not a mode: " + fragment);
    String mode = only.group(1).toLowerCase(Locale.ROOT);
    for (Pattern keyed : List.of(KEY_MODE, TONIC_MODE)) {
      Matcher key = keyed.matcher(text);
      if (key.find()) return text.substring(0, key.start()) + key.group(1) + " " + mode + text.substring(key.end());
    }
    Matcher named = MODE_WITHOUT_TONIC.matcher(text);
    if (named.find()) return text.substring(0, named.start()) + mode + text.substring(named.end());
    return text.strip() + " " + fragment.strip();
  }

  /** The subject renamed by {@code word}, which replaces the word of the same kind (see the class comment). */
  static String renamed(String subject, String word) {
    String w = word.strip();
    List<String> words = Arrays.asList(subject.split("\\s+"));
    String lower = w.toLowerCase(Locale.ROOT);
    if (namesKey(w)) return withKey(subject, w);
    if (QUALITIES.contains(lower)) {
      for (int i = 0; i < words.size(); i++) {
        if (QUALITIES.contains(words.get(i).toLowerCase(Locale.ROOT))) return replaced(words, i, i, w);
      }
    }
    Matcher interval = INTERVAL.matcher(subject);
    if (INTERVAL.matcher(w).matches() && interval.find()) {
      return subject.substring(0, interval.start()) + w + subject.substring(interval.end());
    }
    String[] own = w.split("\\s+");
    if (own.length > 1) {
      int head = indexOf(words, own[own.length - 1]);
      return head < 0 ? w : replaced(words, 0, head, w);
    }
    if (words.size() == 1) return w;
    return replaced(words, 0, 0, w);
  }

  /** The subject as {@code modifier} makes it more particular ("suspension" + "4-3" = "4-3 suspension"). */
  static String modified(String subject, String modifier) {
    String m = modifier.strip();
    // Two things compared ("relative keys and parallel keys"): "the parallel one" is the side it names.
    if (subject.contains(" and ")) {
      List<String> named = Arrays.stream(subject.split("\\s+and\\s+"))
          .filter(side -> Terms.of(side).containsAll(Terms.of(m))).toList();
      if (named.size() == 1) return named.getFirst().strip();
    }
    // A name of its own in several words ("tadd dameron") goes before the whole subject.
    if ((!subject.strip().contains(" ") || m.contains(" ")) && !namesKey(m)) return m + " " + subject.strip();
    return renamed(subject, m);
  }

  /**
   * The subject counted as several ("how many ones" of the "whole tone scale" are "whole tone scales"); a subject
   * already plural, whose last word is not its head ("circle of fifths", "V/V in D major") or is not a plain word,
   * is kept.
   */
  static String plural(String subject) {
    Matcher head = HEAD_NOUN.matcher(subject.strip());
    if (!head.matches() || subject.contains(" of ") || subject.contains(" in ")) return subject.strip();
    String noun = head.group(2);
    if (noun.endsWith("s") && !noun.matches(".*(?:ss|us|is)")) return subject.strip();
    if (noun.matches(".*[^aeiou]y")) return head.group(1) + noun.substring(0, noun.length() - 1) + "ies";
    return head.group(1) + noun + (noun.matches(".*(?:s|x|ch|sh)") ? "es" : "s");
  }

  private static String replaced(List<String> words, int from, int to, String with) {
    String before = String.join(" ", words.subList(0, from));
    String after = String.join(" ", words.subList(to + 1, words.size()));
    return (before + " " + with + " " + after).strip();
  }

  private static int indexOf(List<String> words, String word) {
    for (int i = 0; i < words.size(); i++) {
      if (Terms.stem(words.get(i).toLowerCase(Locale.ROOT)).equals(Terms.stem(word.toLowerCase(Locale.ROOT)))) return i;
    }
    return -1;
  }

  /** "a C chord" becomes "an Eb chord" when the article stands right before the swapped note, and back. */
  private static String anArticle(String before, String note) {
    boolean vowelSound = "AEF".indexOf(note.charAt(0)) >= 0;
    return before.replaceFirst("(?i)\\b(a|an)\\s+$", vowelSound ? "an " : "a ");
  }
}
