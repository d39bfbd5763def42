package dev.cadenza.bench;

import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.Level;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated music-theory passages and questions for benchmarks at sizes the real corpus cannot
 * reach: templates filled with chords, keys, cadences, intervals and styles. Item {@code i} depends
 * only on the seed and {@code i}, so the first 10,000 of a 100,000-item set are the 10,000-item set
 * and cached embeddings can be extended instead of recomputed.
 */
public final class TheoryText {

  /** Bump when templates or vocabularies change, so cached embeddings of the old texts are not reused. */
  public static final int VERSION = 2;

  private static final List<String> CHORDS = List.of(
      "tonic triad", "dominant seventh", "subdominant triad", "supertonic seventh", "Neapolitan sixth",
      "German augmented sixth", "Italian augmented sixth", "French augmented sixth", "leading-tone diminished seventh",
      "half-diminished seventh", "mediant triad", "submediant triad", "cadential six-four", "secondary dominant of V",
      "secondary dominant of IV", "borrowed flat-VI chord", "minor iv chord", "major seventh chord", "dominant ninth",
      "tritone substitute", "passing six-four", "pedal six-four", "Picardy third", "suspended fourth chord",
      "common-tone diminished seventh", "applied leading-tone chord", "plagal iv chord", "flat-VII chord");
  private static final List<String> KEYS = List.of(
      "C major", "G major", "D major", "A major", "E major", "B major", "F-sharp major", "D-flat major", "A-flat major",
      "E-flat major", "B-flat major", "F major", "A minor", "E minor", "B minor", "F-sharp minor", "C-sharp minor",
      "G-sharp minor", "E-flat minor", "B-flat minor", "F minor", "C minor", "G minor", "D minor");
  private static final List<String> CADENCES = List.of(
      "perfect authentic cadence", "imperfect authentic cadence", "half cadence", "deceptive cadence",
      "plagal cadence", "Phrygian half cadence", "evaded cadence");
  private static final List<String> TONES = List.of("root", "third", "fifth", "seventh", "leading tone", "bass note", "ninth");
  private static final List<String> INTERVALS = List.of(
      "perfect fifth", "tritone", "major third", "minor seventh", "diminished fifth", "octave", "augmented sixth",
      "minor second", "major sixth");
  private static final List<String> MOTIONS = List.of(
      "stepwise bass motion", "a falling fifth", "a rising fourth", "contrary motion", "a chromatic step",
      "a descending third", "oblique motion");
  private static final List<String> STYLES = List.of(
      "Bach chorales", "Classical sonatas", "Romantic lieder", "jazz standards", "pop ballads", "film scores",
      "the blues", "bossa nova", "hymn settings");
  private static final List<String> SCALES = List.of(
      "Dorian mode", "Mixolydian mode", "Lydian mode", "harmonic minor scale", "melodic minor scale",
      "whole-tone scale", "bebop scale", "altered scale", "Phrygian mode");
  private static final List<String> TOPICS = List.of("harmony", "voice-leading", "jazz", "pitch", "rhythm", "notation");

  private static final List<String> SENTENCES = List.of(
      "The {chord} in {key} resolves to the {chord2} by {motion}.",
      "In {key}, the {chord} usually moves to the {chord2}, and the {tone} falls by step.",
      "Composers of {style} often place the {chord} just before the {cadence}.",
      "A {cadence} in {key} ends on the {chord2} after the {chord}.",
      "Voice the {chord} in {key} with the {tone} doubled and the {interval} between the outer voices.",
      "When the {chord} appears in {key}, its {tone} tends to rise toward the {chord2}.",
      "Students often confuse the {chord} with the {chord2}, but the {interval} gives it away.",
      "In {style} the {chord} is often coloured with the {scale} over its root.",
      "Avoid parallel {interval}s when you move from the {chord} to the {chord2}.",
      "The {tone} of the {chord} forms a {interval} with the bass, which is why it needs resolving.",
      "Over the {chord} in {key}, improvisers in {style} reach for the {scale}.",
      "The {chord} prepares the {cadence} in {key} through {motion}.",
      "Play the {chord} in {key} on the piano and listen for the {interval} inside it.",
      "Analysts label the {chord} in {key} by its function before the {chord2}.");
  private static final List<String> QUESTIONS = List.of(
      "Why does the {chord} resolve to the {chord2}?",
      "How should I voice the {chord} in {key}?",
      "What is a {cadence} and where does the {chord} go in it?",
      "Which scale fits over the {chord} in {style}?",
      "Can the {chord} move straight to the {chord2} in {key}?",
      "What does the {tone} of the {chord} do?",
      "When do composers of {style} use the {chord}?",
      "Is a {interval} allowed between the outer voices of the {chord}?",
      "How do I hear the difference between the {chord} and the {chord2}?",
      "What makes the {chord} sound unstable in {key}?");
  private static final List<String> TITLES = List.of(
      "The {chord} in practice", "Working with the {cadence}", "Voicing the {chord}", "{scale} over {style}",
      "Resolving the {chord}", "Harmony notes: {key}");

  private static final int BARS = 120;

  private final long seed;

  public TheoryText(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /**
   * Passage {@code i}: one filled sentence template. One sentence keeps the 100,000 real embeddings
   * affordable (about 25 tokens each with the title, roughly 80 per second on two cores).
   */
  public String passage(int i) {
    SplittableRandom random = random(1, i);
    String sentence = fill(SENTENCES.get(random.nextInt(SENTENCES.size())), random);
    // Half the passages point at a bar, as analyses do; it multiplies the distinct texts so 100,000 rarely repeat.
    if (random.nextBoolean()) {
      return "In bar " + (1 + random.nextInt(BARS)) + ", " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
    return sentence;
  }

  /** Question {@code i}, drawn from question templates that no passage uses. */
  public String question(int i) {
    SplittableRandom random = random(2, i);
    return fill(QUESTIONS.get(random.nextInt(QUESTIONS.size())), random);
  }

  /** Passage {@code i} as a one-section document with a title, topic and level, as the chunker and index expect. */
  public Document document(int i) {
    SplittableRandom random = random(3, i);
    String title = fill(TITLES.get(random.nextInt(TITLES.size())), random);
    String topic = pick(TOPICS, random);
    Level level = Level.values()[random.nextInt(Level.values().length)];
    String body = passage(i);
    return new Document(documentId(i), title, topic, level, List.of(), List.of(), body, "bench-" + seed + "-" + i);
  }

  public static String documentId(int i) {
    return "bench/d" + i;
  }

  private SplittableRandom random(int stream, int i) {
    // SplittableRandom mixes its seed, so neighbouring indices give unrelated sequences.
    return new SplittableRandom(seed * 1_000_003L + stream * 0x9E3779B97F4A7C15L + i);
  }

  private static String fill(String template, SplittableRandom random) {
    String chord = pick(CHORDS, random);
    String chord2 = pick(CHORDS, random);
    while (chord2.equals(chord)) {
      chord2 = pick(CHORDS, random);
    }
    return template
        .replace("{chord2}", chord2)
        .replace("{chord}", chord)
        .replace("{key}", pick(KEYS, random))
        .replace("{cadence}", pick(CADENCES, random))
        .replace("{tone}", pick(TONES, random))
        .replace("{interval}", pick(INTERVALS, random))
        .replace("{motion}", pick(MOTIONS, random))
        .replace("{style}", pick(STYLES, random))
        .replace("{scale}", pick(SCALES, random));
  }

  private static String pick(List<String> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
