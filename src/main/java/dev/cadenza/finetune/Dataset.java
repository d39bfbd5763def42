package dev.cadenza.finetune;

import java.util.List;

/** The built dataset: examples in their final order per split, and the numbers stats.json records. */
public record Dataset(List<Example> train, List<Example> eval, DatasetStats stats) {
  public Dataset {
    train = List.copyOf(train);
    eval = List.copyOf(eval);
  }

  public List<Example> split(Split split) {
    return split == Split.TRAIN ? train : eval;
  }
}
