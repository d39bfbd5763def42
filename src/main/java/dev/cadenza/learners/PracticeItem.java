package dev.cadenza.learners;

import java.util.List;

/** An item as the learner sees it: no expected answer, only what is needed to answer it. */
public record PracticeItem(String itemId, String topic, int difficulty, String prompt, String answerFormat,
    List<String> notes, boolean review) {}
