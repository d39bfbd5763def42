package dev.cadenza.learners;

import java.util.List;

/** A started assessment as the learner sees it: its id and its items, without answers. */
public record AssessmentView(String assessmentId, String kind, List<PracticeItem> items) {}
