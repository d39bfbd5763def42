package dev.cadenza.finetune;

import java.util.Objects;

/**
 * One generated question and its answer, before the split and the chat template.
 *
 * @param subject what the split groups by: the chord root, starting note, key or document id
 * @param user the whole user message (for conceptual pairs the passages come before the question)
 * @param answer the assistant's answer, every fact computed by the theory engine or quoted from a passage
 */
public record Pair(Family family, String subject, String user, String answer) {
  public Pair {
    Objects.requireNonNull(family, "family");
    requireText(subject, "subject");
    requireText(user, "user");
    requireText(answer, "answer");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("illegal " + name + ": blank, must say something");
    }
  }
}
