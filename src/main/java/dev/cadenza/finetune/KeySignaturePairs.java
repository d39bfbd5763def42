package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "How many sharps does E major have?", "Which minor key has four flats?": signatures computed from the
 * circle of fifths, theoretical keys with their enharmonic spelling, and keys found from a signature.
 */
final class KeySignaturePairs implements PairSource {
  private static final List<String> SIGNATURE = List.of(
      "What is the key signature of {0}?",
      "How many {1} does {0} have?",
      "Which {1} are in the key signature of {0}?",
      "How many {1} are in the {0} key signature?",
      "Name the accidentals in the key signature of {0}.",
      "What does the key signature of {0} look like?");
  private static final List<String> CONTAINS = List.of(
      "Is {1} in the key signature of {0}?",
      "Does the key signature of {0} include {1}?",
      "Does {0} have {1} in its key signature?");
  private static final List<String> REVERSE = List.of(
      "Which {0} key has {1}?",
      "Name the {0} key with {1} in its signature.",
      "What {0} key has a signature of {1}?");

  @Override
  public Family family() {
    return Family.KEY_SIGNATURE;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    double kind = random.nextDouble();
    if (kind < 0.45) {
      return Optional.of(signature(Draw.anyKey(random), random));
    }
    return kind < 0.7 ? contains(Draw.standardKey(random), random) : reverse(random);
  }

  private Optional<Pair> contains(Key key, Random random) {
    if (key.fifths() == 0) {
      return Optional.empty();
    }
    List<Note> signature = key.signature();
    Note note = Draw.chance(random, 0.5) ? Draw.pick(random, signature)
        : Note.of(Draw.pick(random, List.of(Letter.values())), Integer.signum(key.fifths()));
    boolean member = signature.contains(note);
    String question = Words.fill(Draw.pick(random, CONTAINS), key, note);
    String answer = (member ? "Yes: " : "No: ") + key + " has " + KeyWords.signature(key)
        + (member ? ", and " + note + " is one of them." : ", so " + note + " is not in its signature.");
    return Optional.of(new Pair(family(), key.name(), question, answer));
  }

  private Pair signature(Key key, Random random) {
    String asked = Draw.chance(random, 0.85) ? KeyWords.kind(key) : Draw.pick(random, List.of("sharps", "flats"));
    String question = Words.fill(Draw.pick(random, SIGNATURE), key, asked);
    String answer;
    if (key.isTheoretical()) {
      answer = key + " is a theoretical key: its signature would need " + KeyWords.signature(key)
          + ", so it is usually written as its enharmonic equivalent"
          + key.enharmonic().map(e -> ", " + e + ", which has " + KeyWords.signature(e)).orElse("") + ".";
    } else if (asked.equals("accidentals") || asked.equals(KeyWords.kind(key))) {
      answer = key + " has " + KeyWords.signature(key) + "." + KeyWords.relativeSentence(key);
    } else {
      answer = key + " has no " + asked + "; it has " + KeyWords.signature(key) + "." + KeyWords.relativeSentence(key);
    }
    return new Pair(family(), key.name(), question, answer);
  }

  private Optional<Pair> reverse(Random random) {
    Key key = Draw.standardKey(random);
    String signature = Draw.chance(random, 0.5) || key.fifths() == 0
        ? KeyWords.count(key)
        : Words.notes(key.signature());
    String question = Words.fill(Draw.pick(random, REVERSE), key.mode().label(), signature);
    String answer = key + " has " + KeyWords.signature(key) + "." + KeyWords.relativeSentence(key);
    return Optional.of(new Pair(family(), key.name(), question, answer));
  }
}
