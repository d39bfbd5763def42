package dev.cadenza.learners;

/** A library document cited beside an answer's explanation. */
public record Source(String docId, String title, String heading) {}
