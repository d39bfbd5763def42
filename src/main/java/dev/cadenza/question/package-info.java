/**
 * Reading the student's question before anything is retrieved: shorthand written out
 * ({@link dev.cadenza.question.Shorthand}), a follow-up resolved into the question it stands for
 * ({@link dev.cadenza.question.FollowUps}), and the question's form, subject and key words
 * ({@link dev.cadenza.question.QuestionForm}, {@link dev.cadenza.question.Terms}).
 *
 * <p>It depends on no other Cadenza package; {@code retrieve} and {@code answer} build on it.
 */
package dev.cadenza.question;
