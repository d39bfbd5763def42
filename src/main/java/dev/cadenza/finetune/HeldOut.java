package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The subjects each family keeps for eval, chosen with a seeded {@link Random}: a few roots (common and
 * double-accidental), a few keys (standard and theoretical) or a tenth of the corpus documents. Every
 * question of a family about a held-out subject goes to eval, so eval never repeats a training
 * (family, root/key/document) group.
 */
public final class HeldOut {
  static final int COMMON_ROOTS = 2;
  static final int RARE_ROOTS = 2;
  static final int STANDARD_KEYS = 3;
  static final int THEORETICAL_KEYS = 2;
  static final double DOCUMENT_SHARE = 0.1;
  /** Keeps this generator's stream apart from the one that draws the questions. */
  private static final long SALT = 0x5EED_0F_E7A1L;

  private final Map<Family, Set<String>> subjects;

  private HeldOut(Map<Family, Set<String>> subjects) {
    this.subjects = subjects;
  }

  /** The held-out subjects for {@code seed}; {@code documentIds} are the corpus documents in a stable order. */
  public static HeldOut choose(long seed, List<String> documentIds) {
    Random random = new Random(seed ^ SALT);
    Map<Family, Set<String>> chosen = new EnumMap<>(Family.class);
    for (Family family : Family.values()) {
      Set<String> held = new TreeSet<>();
      switch (family.subject()) {
        case ROOT -> {
          held.addAll(sample(names(Subjects.COMMON_ROOTS), COMMON_ROOTS, random));
          held.addAll(sample(names(Subjects.RARE_ROOTS), RARE_ROOTS, random));
        }
        case KEY -> {
          held.addAll(sample(keyNames(Subjects.STANDARD_KEYS), STANDARD_KEYS, random));
          held.addAll(sample(keyNames(Subjects.THEORETICAL_KEYS), THEORETICAL_KEYS, random));
        }
        case DOCUMENT -> held.addAll(sample(documentIds,
            documentIds.isEmpty() ? 0 : (int) Math.max(1, Math.ceil(documentIds.size() * DOCUMENT_SHARE)), random));
      }
      chosen.put(family, Collections.unmodifiableSet(held));
    }
    return new HeldOut(chosen);
  }

  public Split splitOf(Family family, String subject) {
    return subjects.get(family).contains(subject) ? Split.EVAL : Split.TRAIN;
  }

  /** The held-out subjects of a family, sorted. */
  public Set<String> subjects(Family family) {
    return subjects.get(family);
  }

  private static List<String> sample(List<String> items, int count, Random random) {
    List<String> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }

  private static List<String> names(List<Note> notes) {
    return notes.stream().map(Note::toString).toList();
  }

  private static List<String> keyNames(List<Key> keys) {
    return keys.stream().map(Key::name).toList();
  }
}
