package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract of every engine-backed pair source: its family, a subject from the split's universe, determinism. */
class PairSourcesTest {
  private static final int DRAWS = 300;
  private static final Set<String> ROOTS = Stream.concat(Subjects.COMMON_ROOTS.stream(), Subjects.RARE_ROOTS.stream())
      .map(Note::toString).collect(Collectors.toSet());
  private static final Set<String> KEYS = Stream.concat(Subjects.STANDARD_KEYS.stream(),
      Subjects.THEORETICAL_KEYS.stream()).map(Key::name).collect(Collectors.toSet());

  static Stream<Supplier<PairSource>> sources() {
    return Stream.of(ChordSpellingPairs::new, ChordIdentificationPairs::new, ChordMembershipPairs::new,
        IntervalPairs::new, ScalePairs::new, KeySignaturePairs::new, KeyRelationPairs::new,
        () -> new RomanPairs(Family.ROMAN_REALISE), () -> new RomanPairs(Family.ROMAN_ANALYSE), CadencePairs::new);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everyPairBelongsToTheSourcesFamilyAndNamesASubjectTheSplitKnows(Supplier<PairSource> source) {
    PairSource s = source.get();
    Set<String> universe = s.family().subject() == Family.Subject.ROOT ? ROOTS : KEYS;

    List<Pair> pairs = draw(s, 1);

    assertThat(pairs).hasSizeGreaterThan(DRAWS / 2)
        .allSatisfy(p -> assertThat(p.family()).isEqualTo(s.family()))
        .allSatisfy(p -> assertThat(universe).contains(p.subject()));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void theSameSeedDrawsTheSamePairs(Supplier<PairSource> source) {
    assertThat(draw(source.get(), 9)).isEqualTo(draw(source.get(), 9));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void questionsComeInSeveralPhrasings(Supplier<PairSource> source) {
    Set<String> openings = draw(source.get(), 4).stream()
        .map(p -> p.user().split(" ")[0] + " " + p.user().split(" ")[1])
        .collect(Collectors.toSet());

    assertThat(openings).hasSizeGreaterThanOrEqualTo(3);
  }

  private static List<Pair> draw(PairSource source, long seed) {
    Random random = new Random(seed);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      source.draw(random).ifPresent(pairs::add);
    }
    return pairs;
  }
}
