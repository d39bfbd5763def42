package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetSplitTest {

  @Test
  void noNormalisedQuestionAppearsInBothSplits() {
    Set<String> train = normalised(Split.TRAIN);
    Set<String> eval = normalised(Split.EVAL);

    assertThat(eval).isNotEmpty().doesNotContainAnyElementsOf(train);
  }

  @Test
  void noFamilyAndSubjectGroupAppearsInBothSplits() {
    Set<String> train = groups(BuiltDataset.dataset().train());
    Set<String> eval = groups(BuiltDataset.dataset().eval());

    assertThat(eval).isNotEmpty().doesNotContainAnyElementsOf(train);
  }

  @Test
  void everyEvalExampleIsAboutAHeldOutSubjectAndNoTrainingExampleIs() {
    Dataset dataset = BuiltDataset.dataset();
    HeldOut heldOut = dataset.stats().heldOut();

    assertThat(dataset.eval()).allMatch(e -> heldOut.subjects(e.pair().family()).contains(e.pair().subject()));
    assertThat(dataset.train()).noneMatch(e -> heldOut.subjects(e.pair().family()).contains(e.pair().subject()));
  }

  @Test
  void evalHoldsRoughlyATenthOfTheRecords() {
    Dataset dataset = BuiltDataset.dataset();
    double share = dataset.eval().size() / (double) (dataset.train().size() + dataset.eval().size());

    assertThat(share).isBetween(0.05, 0.2);
  }

  private static Set<String> normalised(Split split) {
    Set<String> questions = new HashSet<>();
    BuiltDataset.records(split).forEach(r -> questions.add(Questions.normalise(BuiltDataset.user(r))));
    return questions;
  }

  private static Set<String> groups(List<Example> examples) {
    Set<String> groups = new HashSet<>();
    examples.forEach(e -> groups.add(e.pair().family().label() + " | " + e.pair().subject()));
    return groups;
  }
}
