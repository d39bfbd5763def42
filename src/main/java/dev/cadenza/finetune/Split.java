package dev.cadenza.finetune;

import java.util.Locale;

/** Which file an example goes to. */
public enum Split {
  TRAIN,
  EVAL;

  /** "train" or "eval": the file stem and the key in stats. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
