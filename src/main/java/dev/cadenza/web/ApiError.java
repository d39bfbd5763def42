package dev.cadenza.web;

/** The body of every error response: one sentence a client can show. */
public record ApiError(String error) {}
