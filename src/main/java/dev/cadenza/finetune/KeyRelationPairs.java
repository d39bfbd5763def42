package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Relative and parallel keys, neighbours on the circle of fifths and enharmonic keys. */
final class KeyRelationPairs implements PairSource {
  private static final List<String> RELATIVE = List.of(
      "What is the relative {1} of {0}?",
      "What is the relative key of {0}?",
      "Which key is the relative {1} of {0}?",
      "{0}: what is its relative {1}?");
  private static final List<String> PARALLEL = List.of(
      "What is the parallel {1} of {0}?",
      "Which key is the parallel {1} of {0}?",
      "What is the tonic {1} key of {0}?");
  private static final List<String> NEIGHBOURS = List.of(
      "Which keys neighbour {0} on the circle of fifths?",
      "What are the two closest keys to {0} on the circle of fifths?",
      "On the circle of fifths, which keys sit on either side of {0}?");
  private static final List<String> FIFTH_AWAY = List.of(
      "What is the {2} key of {0}?",
      "Which key lies a fifth {3} {0} on the circle of fifths?",
      "Moving one step {4} from {0} on the circle of fifths, which key do you reach?");
  private static final List<String> CLOSELY_RELATED = List.of(
      "What are the closely related keys of {0}?",
      "Which keys are closely related to {0}?",
      "List the keys closely related to {0}.");
  private static final List<String> ENHARMONIC = List.of(
      "What is the enharmonic equivalent of {0}?",
      "Which key sounds the same as {0} but is spelled differently?",
      "Which key is enharmonic with {0}?");

  @Override
  public Family family() {
    return Family.KEY_RELATION;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    Key key = Draw.anyKey(random);
    String other = key.mode() == Key.Mode.MAJOR ? "minor" : "major";
    double kind = random.nextDouble();
    try {
      if (kind < 0.2) {
        return Optional.of(pair(key, RELATIVE, other, relative(key), random));
      }
      if (kind < 0.35) {
        return Optional.of(pair(key, PARALLEL, other, parallel(key), random));
      }
      if (kind < 0.55) {
        return Optional.of(pair(key, NEIGHBOURS, other, neighbours(key), random));
      }
      if (kind < 0.75) {
        return Optional.of(fifthAway(key, Draw.chance(random, 0.5), random));
      }
      if (kind < 0.9) {
        return Optional.of(pair(key, CLOSELY_RELATED, other, closelyRelated(key), random));
      }
      return key.enharmonic().map(e -> pair(key, ENHARMONIC, other, key + " (" + KeyWords.count(key)
          + ") is enharmonic with " + e + " (" + KeyWords.count(e) + "): the same pitches, spelled differently.",
          random));
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
  }

  private static String relative(Key key) {
    Key relative = key.relative();
    String direction = key.mode() == Key.Mode.MAJOR ? "below " : "above ";
    return "The relative " + relative.mode().label() + " of " + key + " is " + relative + ": its tonic, "
        + relative.tonic() + ", lies a minor third " + direction + key.tonic() + ", and both keys have "
        + KeyWords.signature(key) + ".";
  }

  private static String parallel(Key key) {
    Key parallel = key.parallel();
    return "The parallel " + parallel.mode().label() + " of " + key + " is " + parallel + ": the same tonic, but "
        + parallel + " has " + KeyWords.signature(parallel) + ", where " + key + " has " + KeyWords.signature(key)
        + ".";
  }

  private static String neighbours(Key key) {
    Key below = key.subdominantKey();
    Key above = key.dominantKey();
    return "On the circle of fifths, " + key + " (" + KeyWords.count(key) + ") sits between " + below + " ("
        + KeyWords.count(below) + "), a fifth below, and " + above + " (" + KeyWords.count(above)
        + "), a fifth above.";
  }

  private Pair fifthAway(Key key, boolean up, Random random) {
    Key reached = up ? key.dominantKey() : key.subdominantKey();
    String question = Words.fill(Draw.pick(random, FIFTH_AWAY), key, "", up ? "dominant" : "subdominant",
        up ? "above" : "below", up ? "clockwise (sharpwards)" : "anticlockwise (flatwards)");
    String answer = "The " + (up ? "dominant" : "subdominant") + " key of " + key + " is " + reached + ", a perfect "
        + (up ? "fifth above" : "fifth below") + ": " + reached + " has " + KeyWords.count(reached) + " where " + key
        + " has " + KeyWords.count(key) + ".";
    return new Pair(family(), key.name(), question, answer);
  }

  /** The relative, the dominant and subdominant keys and their relatives: signatures one accidental apart at most. */
  private static String closelyRelated(Key key) {
    Key above = key.dominantKey();
    Key below = key.subdominantKey();
    return "The keys closely related to " + key + " (" + KeyWords.count(key) + ") are its relative "
        + key.relative() + ", the dominant key " + above + " and its relative " + above.relative()
        + ", and the subdominant key " + below + " and its relative " + below.relative()
        + ": their signatures differ from " + key + "'s by at most one accidental.";
  }

  private Pair pair(Key key, List<String> templates, String otherMode, String answer, Random random) {
    return new Pair(family(), key.name(), Words.fill(Draw.pick(random, templates), key, otherMode), answer);
  }
}
