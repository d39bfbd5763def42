package dev.cadenza.finetune;

import dev.cadenza.corpus.Chunk;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Questions formed from a passage's heading and its document's title. */
final class ConceptualQuestions {
  private static final List<String> DEFINITION = List.of(
      "What is {0} in the context of {1}?",
      "In {1}, what is meant by {0}?",
      "What is {0}?");
  private static final List<String> SECTION = List.of(
      "What does the passage say about {0} in {1}?",
      "In {1}, what does the section on {0} explain?",
      "Explain {0} (from {1}).",
      "According to the passage, what should a student know about {0} in {1}?",
      "Summarise the key point about {0} in {1}.");
  private static final List<String> OVERVIEW = List.of(
      "What does the passage say about {1}?",
      "Give me a short overview of {1}.",
      "What should I know about {1}?",
      "Explain {1} briefly.");
  /** First words of headings that name a section's purpose rather than a term ("Worked examples"). */
  private static final Set<String> GENERIC = Set.of("a", "an", "the", "worked", "practice", "common", "writing",
      "summary", "example", "examples", "how", "why", "when", "what", "tips", "further", "more", "putting", "using",
      "reading", "in", "on", "from", "exercises", "checklist", "other", "two", "three", "four", "which", "where",
      "who", "building", "choosing", "finding", "s", "m");
  /** Capitalised words that stay capitalised mid-sentence. */
  private static final Set<String> PROPER = Set.of("Italian", "French", "German", "Neapolitan", "Phrygian",
      "Dorian", "Lydian", "Mixolydian", "Aeolian", "Locrian", "Ionian", "Picardy", "Roman", "Alberti", "Baroque",
      "Classical", "Romantic", "Renaissance", "English", "Bach", "Fux", "Tristan", "Western", "Nashville", "Kodaly");

  private ConceptualQuestions() {}

  static String question(Chunk chunk, Random random) {
    String title = chunk.document().title();
    String topic = ConceptualPairs.topic(chunk);
    if (topic.equalsIgnoreCase(title)) {
      return Words.fill(Draw.pick(random, OVERVIEW), "", inSentence(title));
    }
    List<String> phrasings = definitional(topic) && Draw.chance(random, 0.6) ? DEFINITION : SECTION;
    return Words.fill(Draw.pick(random, phrasings), inSentence(topic), title);
  }

  /** Whether a heading reads as a term ("Deceptive cadence") rather than a section label ("Worked examples"). */
  static boolean definitional(String topic) {
    String[] words = topic.split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return words.length <= 5 && !GENERIC.contains(first) && !topic.endsWith("s") && !topic.contains(":")
        && !topic.endsWith("?");
  }

  /** A heading as it reads mid-sentence: "Half cadence (HC)" becomes "half cadence (HC)", "Italian sixth" stays. */
  static String inSentence(String heading) {
    String[] words = heading.split("\\s+");
    String first = words[0].replaceAll("[,;:]$", "");
    boolean sentenceCase = first.matches("[A-Z][a-z-]+") && !PROPER.contains(first);
    for (int i = 1; i < words.length && sentenceCase; i++) {
      String word = words[i].replaceAll("[,;:()]", "");
      sentenceCase = !word.matches("[A-Z][a-z-]+") || PROPER.contains(word);
    }
    return sentenceCase ? Character.toLowerCase(heading.charAt(0)) + heading.substring(1) : heading;
  }
}
