package dev.cadenza.web;

import dev.cadenza.app.Cadenza;
import dev.cadenza.learners.Assessment;
import dev.cadenza.learners.Feedback;
import dev.cadenza.learners.Practice;
import dev.cadenza.learners.Topic;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Practice and progress for learners, and the class summary for a teacher (guarded in {@link CadenzaApp}). */
final class PracticeController {

  /** The JSON body of POST /api/practice/next. */
  record NextBody(String learnerId, String topic) {}

  /** The JSON body of POST /api/practice/answer. */
  record AnswerBody(String learnerId, String itemId, String answer) {}

  /** The JSON body of POST /api/assessments. */
  record AssessmentBody(String learnerId, String kind) {}

  private final Cadenza cadenza;

  PracticeController(Cadenza cadenza) {
    this.cadenza = cadenza;
  }

  void createLearner(Context ctx) {
    ctx.status(HttpStatus.CREATED).json(Map.of("learnerId", practice().createLearner()));
  }

  void next(Context ctx) {
    NextBody body = Bodies.read(ctx, NextBody.class);
    Optional<Topic> topic = body.topic() == null || body.topic().isBlank() ? Optional.empty()
        : Optional.of(Topic.parse(body.topic()));
    ctx.json(practice().next(required(body.learnerId(), "learnerId"), topic));
  }

  void answer(Context ctx) {
    AnswerBody body = Bodies.read(ctx, AnswerBody.class);
    Feedback feedback = practice().answer(required(body.learnerId(), "learnerId"), required(body.itemId(), "itemId"),
        body.answer());
    Observability.practised(ctx, feedback);
    ctx.json(feedback);
  }

  void progress(Context ctx) {
    ctx.json(practice().progress(ctx.pathParam("id")));
  }

  void startAssessment(Context ctx) {
    AssessmentBody body = Bodies.read(ctx, AssessmentBody.class);
    ctx.status(HttpStatus.CREATED).json(practice().startAssessment(required(body.learnerId(), "learnerId"),
        Assessment.Kind.parse(required(body.kind(), "kind"))));
  }

  /** GET /api/assessments/{id}?learnerId=...: the learner id proves the test is theirs. */
  void assessmentResult(Context ctx) {
    ctx.json(practice().assessmentResult(required(ctx.queryParam("learnerId"), "learnerId"), ctx.pathParam("id")));
  }

  void classSummary(Context ctx) {
    ctx.json(practice().classSummary());
  }

  private Practice practice() {
    return cadenza.practice();
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is required");
    }
    return value.strip();
  }
}
