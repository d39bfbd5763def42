package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MidiFeedbackPairsTest {
  private static final int DRAWS = 400;
  private static final Set<String> STANDARD_KEYS = Subjects.STANDARD_KEYS.stream().map(Key::name).collect(Collectors.toSet());
  private static final Pattern ISSUE = Pattern.compile("bar (\\d+), beat (\\S+): (.+?)(?=; bar \\d|, and \\d+ more\\.$|\\.$)");
  private static List<Pair> pairs;

  @BeforeAll
  static void draw() {
    pairs = draw(7);
  }

  private static List<Pair> draw(long seed) {
    Random random = new Random(seed);
    MidiFeedbackPairs source = new MidiFeedbackPairs();
    List<Pair> drawn = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      source.draw(random).ifPresent(drawn::add);
    }
    return drawn;
  }

  @Test
  void mostDrawsAreKeptAndEachNamesTheStandardKeyItWasWrittenIn() {
    System.out.printf("MIDI feedback pairs: %d of %d draws kept%n", pairs.size(), DRAWS);
    pairs.stream().limit(6).forEach(p -> System.out.println(p.user() + "\n=> " + p.answer() + "\n"));

    assertThat(pairs).hasSizeGreaterThan(DRAWS / 3)
        .allSatisfy(p -> assertThat(p.family()).isEqualTo(Family.MIDI_FEEDBACK))
        .allSatisfy(p -> assertThat(STANDARD_KEYS).contains(p.subject()))
        .allSatisfy(p -> assertThat(p.user()).startsWith("Exact facts:\nAnalysis of the uploaded MIDI file: estimated key "
            + p.subject() + " "));
  }

  @Test
  void everyIssueInAnAnswerIsOneTheFactsState() {
    List<Pair> withIssues = pairs.stream().filter(p -> p.answer().startsWith("The analysis found")).toList();

    assertThat(withIssues).isNotEmpty();
    for (Pair pair : withIssues) {
      Matcher issue = ISSUE.matcher(pair.answer());
      int found = 0;
      while (issue.find()) {
        found++;
        assertThat(pair.user()).contains("Bar " + issue.group(1) + ", beat " + issue.group(2) + ": " + issue.group(3));
      }
      assertThat(found).isPositive();
    }
  }

  @Test
  void cleanAndFaultyFilesBothOccur() {
    assertThat(pairs).anySatisfy(p -> assertThat(p.answer()).startsWith("No part-writing issues were found"));
    assertThat(pairs).anySatisfy(p -> assertThat(p.answer()).contains("parallel"));
    assertThat(pairs).anySatisfy(p -> assertThat(p.answer()).startsWith("It ends with a"));
    assertThat(pairs).anySatisfy(p -> assertThat(p.answer()).contains(" the chords are: bar 1, "));
  }

  @Test
  void theSameSeedDrawsTheSamePairs() {
    assertThat(draw(7)).isEqualTo(pairs);
  }
}
