package dev.cadenza.answer;

import dev.cadenza.corpus.Sentences;
import dev.cadenza.question.Terms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage sentence may follow an exact answer as context: only when it is about the same object.
 * The object is what the question and the exact answer's first sentence name: a Roman numeral ("iv"), or a kind of chord,
 * interval, scale or cadence ("major thirteenth", "perfect fifth"). The sentence must name that numeral or
 * one of those kind words; one that names none ("A reliable spelling method has two steps") is about
 * something else or nothing in particular. It must also name no note, key or chord symbol the exact answer does not
 * contain: "The #9 is correctly spelled F##" belongs to E7#9, not Gb7#9, true there and false here.
 */
final class ExactContext {

  /** A note name with its accidentals; a bare capital "A" counts only before a key word (it is usually the article). */
  private static final Pattern NOTE = Pattern.compile(
      "(?<![\\w#])([A-G](?:##|#|bb|b|x|♯|♭)?)(?![\\w'’])(?:\\s+(major|minor|natural|flat|sharp))?");
  /**
   * A chord symbol the note pattern leaves out: a quality ("Dm", "F#m7b5", "Cmaj7") or a seventh and beyond ("G7",
   * "Bb13", "C7#9"). A bare letter and digit is left alone: "C4" is a pitch, and "C6" may be either.
   */
  private static final Pattern CHORD_SYMBOL = Pattern.compile("(?<![\\w#])[A-G](?:##|#|bb|b)?"
      + "(?:(?:maj|min|m|dim|aug|sus|ø|°|\\+)(?:\\d[\\w#+°ø]*)?|(?:7|9|11|13)[\\w#+°ø]*)(?![\\w#])");
  /** A Roman numeral with its quality sign and figures: "iv", "V7", "vii°7", "bII6". */
  private static final Pattern NUMERAL = Pattern.compile(
      "(?<![\\w#])[b#]?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)[°ø+]?\\d*(?![\\w])");
  private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii");
  /** The names of scale degrees 1 to 6 as {@link Terms} spells them ("leading tone" is left out: "lead" is any verb). */
  private static final List<String> FUNCTIONS = List.of("tonic", "supertonic", "mediant", "subdominant", "dominant",
      "submediant").stream().map(w -> Terms.of(w).iterator().next()).toList();
  /** Words that size a chord or interval: the most specific thing an exact answer names. */
  private static final Set<String> SIZES = stems("triad", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "ninth", "eleventh", "thirteenth", "octave", "unison", "tritone");
  /** Words that qualify a chord, interval, scale or cadence, or name the kind of object it is. */
  private static final Set<String> KINDS = stems("major", "minor", "diminished", "augmented", "dominant", "perfect",
      "half", "suspended", "neapolitan", "german", "french", "italian", "scale", "mode", "cadence", "dorian", "phrygian",
      "lydian", "mixolydian", "aeolian", "locrian", "ionian", "pentatonic", "blues", "chromatic", "harmonic", "melodic",
      "natural", "relative", "parallel", "inversion");

  /** A diminished chord, fully (°) or half (ø, m7b5) diminished: two objects, though one word names both. */
  private static final Pattern DIMINISHED_CHORD = Pattern.compile(
      "(?i)\\b(half[- ]?)?diminished\\s+(?:seventh|7th|7|chords?|triads?)\\b|ø|m7b5|°");
  /** A chord named by the degree it stands on: "the leading-tone triad", "a dominant seventh", "the tonic chord". */
  private static final Pattern DEGREE_CHORD = Pattern.compile("(?i)\\b(tonic|supertonic|mediant|subdominant|dominant"
      + "|submediant|leading[- ]tone|subtonic)\\s+(?:triads?|chords?|sevenths?|7th)\\b");
  private static final Pattern CHORD = Pattern.compile("(?i)\\b(?:chords?|triads?)\\b");
  /** An ordinal that counts modes, species or scale degrees, not an interval's or a chord's size. */
  private static final Pattern OTHER_THING = Pattern.compile(
      "(?i)\\b(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)\\s+(?:modes?|species|(?:scale\\s+)?degrees?)\\b");
  private static final String QUALITY = "(?:major|minor|perfect|augmented|diminished)";
  /** Qualities and the word after them, which may be a size: "minor third", "perfect 5th", "major and minor thirds". */
  private static final Pattern QUALIFIED_SIZE = Pattern.compile(
      "(?i)\\b(" + QUALITY + "(?:\\s*(?:,|and|or)\\s*" + QUALITY + ")*)\\s+(\\w+)");

  private ExactContext() {}

  static boolean sameObject(String sentence, String facts) {
    return sameObject(sentence, facts, "");
  }

  /** With the question, which may name the object in words where the answer gives only a symbol ("G7"). */
  static boolean sameObject(String sentence, String facts, String question) {
    return notes(facts).containsAll(notes(sentence)) && symbols(facts + " " + question).containsAll(symbols(sentence))
        && namesObject(sentence, facts, question);
  }

  /** The chord symbols with a number in the text: "Heard against G7" after C7#9#11 is about another chord. */
  private static Set<String> symbols(String text) {
    Set<String> symbols = new HashSet<>();
    CHORD_SYMBOL.matcher(text).results().forEach(m -> symbols.add(m.group()));
    return symbols;
  }

  /** Whether the sentence names the numeral, or a kind word, of the object the question and the facts' first sentence name. */
  private static boolean namesObject(String sentence, String facts, String question) {
    List<String> factSentences = Sentences.split(facts);
    String object = question + " " + (factSentences.isEmpty() ? facts : factSentences.getFirst());
    Set<String> objectTerms = Terms.of(object);
    // "fits diminished seventh chords" after a half-diminished seventh chord: another chord.
    Set<Boolean> diminishedAsked = halfDiminished(object);
    Set<Boolean> diminishedSaid = halfDiminished(sentence);
    if (!diminishedAsked.isEmpty() && !diminishedSaid.isEmpty()
        && diminishedSaid.stream().noneMatch(diminishedAsked::contains)) {
      return false;
    }
    // "The leading-tone triad usually appears in first inversion" after a C major triad: a chord of another degree.
    Matcher degreeChord = DEGREE_CHORD.matcher(sentence);
    while (degreeChord.find()) {
      if (!objectTerms.containsAll(Terms.of(degreeChord.group(1)))) return false;
    }
    Set<String> sentenceTerms = Terms.of(sentence);
    Set<Integer> degrees = degrees(object);
    if (!degrees.isEmpty()) {
      // "iv" is the same object as "the minor subdominant": a numeral or its degree's name will do.
      Set<Integer> named = degrees(sentence);
      sentenceTerms.forEach(t -> { if (FUNCTIONS.contains(t)) named.add(FUNCTIONS.indexOf(t) + 1); });
      return degrees.stream().anyMatch(named::contains);
    }
    // A "major 13th chord" is sized by "13th": a sentence about major chords in general is about something else.
    // "the 6th degree of C major" names a degree, not a size: it sizes nothing.
    Set<String> sized = only(Terms.of(OTHER_THING.matcher(object).replaceAll(" ")), SIZES);
    if (!sized.isEmpty() && qualifiesOtherwise(sentence, object)) return false;
    // An interval is named by its quality and size together: "third" alone may be third species or a third degree.
    Map<String, Set<String>> asked = qualitiesBySize(object);
    if (!asked.isEmpty() && !CHORD.matcher(object).find()) {
      Map<String, Set<String>> said = qualitiesBySize(sentence);
      return asked.entrySet().stream().anyMatch(e -> said.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(e.getValue()::contains));
    }
    if (sized.isEmpty()) return only(objectTerms, KINDS).stream().anyMatch(sentenceTerms::contains);
    // "The fifth mode of harmonic minor", "third species", "the fifth degree": a size word naming another thing.
    Set<String> sizes = Terms.of(OTHER_THING.matcher(sentence).replaceAll(" "));
    return sized.stream().anyMatch(sizes::contains);
  }

  /** For each diminished chord the text names, whether it is half diminished. */
  private static Set<Boolean> halfDiminished(String text) {
    Set<Boolean> kinds = new HashSet<>();
    Matcher m = DIMINISHED_CHORD.matcher(text);
    while (m.find()) {
      String found = m.group().toLowerCase(Locale.ROOT);
      kinds.add(m.group(1) != null || found.equals("ø") || found.equals("m7b5"));
    }
    return kinds;
  }

  /** "A minor third spans three letter names" after an answer about a major third: the same size, another object. */
  private static boolean qualifiesOtherwise(String sentence, String object) {
    Map<String, Set<String>> asked = qualitiesBySize(object);
    Map<String, Set<String>> said = qualitiesBySize(sentence);
    return said.entrySet().stream().anyMatch(e -> asked.containsKey(e.getKey())
        && e.getValue().stream().noneMatch(asked.get(e.getKey())::contains));
  }

  /** The qualities each size is given in the text: "a major third and a minor third" gives third: {major, minor}. */
  private static Map<String, Set<String>> qualitiesBySize(String text) {
    Map<String, Set<String>> qualities = new HashMap<>();
    Matcher m = QUALIFIED_SIZE.matcher(text);
    while (m.find()) {
      Set<String> size = only(Terms.of(m.group(2)), SIZES);
      List<String> named = List.of(m.group(1).toLowerCase(Locale.ROOT).split("\\s*(?:,|\\band\\b|\\bor\\b)\\s*"));
      size.forEach(s -> qualities.computeIfAbsent(s, k -> new HashSet<>()).addAll(named));
    }
    return qualities;
  }

  private static Set<String> only(Set<String> terms, Set<String> vocabulary) {
    Set<String> kept = new HashSet<>(terms);
    kept.retainAll(vocabulary);
    return kept;
  }

  private static Set<String> stems(String... words) {
    Set<String> stems = new HashSet<>();
    for (String word : words) stems.addAll(Terms.of(word));
    return Set.copyOf(stems);
  }

  /** The scale degrees (1 to 7) of the Roman numerals in the text. */
  private static Set<Integer> degrees(String text) {
    Set<Integer> degrees = new HashSet<>();
    Matcher m = NUMERAL.matcher(text);
    while (m.find()) {
      // "I" alone is the pronoun as often as the tonic: it counts only with a sign or a figure.
      if (m.group().equalsIgnoreCase("I")) continue;
      degrees.add(ROMAN.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1);
    }
    return degrees;
  }

  static Set<String> notes(String text) {
    Set<String> notes = new HashSet<>();
    Matcher m = NOTE.matcher(text);
    while (m.find()) {
      String note = m.group(1).replace('♯', '#').replace('♭', 'b');
      boolean article = note.equals("A") && m.group(2) == null && followedByWord(text, m.end(1));
      if (!article) notes.add(note.toUpperCase(Locale.ROOT).charAt(0) + note.substring(1));
    }
    return notes;
  }

  private static boolean followedByWord(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
  }
}
