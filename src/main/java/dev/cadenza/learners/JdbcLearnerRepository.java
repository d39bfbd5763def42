package dev.cadenza.learners;

import dev.cadenza.store.Database;
import dev.cadenza.store.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner repository on SQLite or PostgreSQL through one schema (db/migration V1). The dialects differ only in
 * row locking: PostgreSQL locks the rating rows an answer updates ({@code FOR UPDATE}), SQLite's IMMEDIATE
 * transactions already hold the whole database's write lock.
 */
public final class JdbcLearnerRepository implements LearnerRepository {

  private final Database database;
  private final String lock;

  public JdbcLearnerRepository(Database database) {
    this.database = database;
    this.lock = database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
  }

  @Override
  public void createLearner(String learnerId, Instant createdAt) {
    database.inTransaction(c -> Rows.update(c, "INSERT INTO learners (id, created_at) VALUES (?, ?)", learnerId,
        createdAt));
  }

  @Override
  public boolean learnerExists(String learnerId) {
    return database.query(c -> Rows.first(c, "SELECT id FROM learners WHERE id = ?", r -> r.getString(1), learnerId))
        .isPresent();
  }

  @Override
  public void issue(IssuedItem item) {
    database.inTransaction(c -> Rows.update(c,
        "INSERT INTO issued_items (id, learner_id, item_key, topic, issued_at) VALUES (?, ?, ?, ?, ?)",
        item.id(), item.learnerId(), item.itemKey(), item.topic().label(), item.issuedAt()));
  }

  @Override
  public Optional<IssuedItem> issued(String itemId) {
    return database.query(c -> Rows.first(c, "SELECT * FROM issued_items WHERE id = ?", Rows::issued, itemId));
  }

  @Override
  public ScoredAnswer recordAnswer(IssuedItem item, Instant answeredAt, AnswerScoring scoring) {
    return database.inTransaction(c -> {
      int marked = Rows.update(c, "UPDATE issued_items SET answered_at = ? WHERE id = ? AND answered_at IS NULL",
          answeredAt, item.id());
      if (marked == 0) {
        throw new AlreadyAnsweredException(item.id());
      }
      Optional<Rating> learner = Rows.first(c, "SELECT rating, answered FROM skill_ratings WHERE learner_id = ?"
          + " AND topic = ?" + lock, Rows::rating, item.learnerId(), item.topic().label());
      Optional<Rating> itemRating = Rows.first(c, "SELECT rating, answered FROM item_ratings WHERE item_key = ?" + lock,
          Rows::rating, item.itemKey());
      Optional<Review> review = Rows.first(c, "SELECT * FROM reviews WHERE learner_id = ? AND item_key = ?",
          Rows::review, item.learnerId(), item.itemKey());
      ScoredAnswer scored = scoring.score(learner, itemRating, review);
      write(c, item, scored);
      return scored;
    });
  }

  /**
   * Stores what the answer changed. Ratings are upserts because two answers may meet a row that does not exist yet
   * (nothing to lock): the later one's values win, so at worst one answer's nudge to a brand-new rating is lost.
   */
  private static void write(Connection c, IssuedItem item, ScoredAnswer scored) throws SQLException {
    Attempt a = scored.attempt();
    Rows.update(c, "INSERT INTO attempts (item_id, learner_id, item_key, topic, answer, correct, misconception,"
            + " answered_at, elapsed_ms, rating_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.itemId(), a.learnerId(), a.itemKey(), a.topic().label(), a.answer(), a.correct() ? 1 : 0,
        a.misconception().map(Misconception::label).orElse(null), a.answeredAt(), a.elapsedMillis(), a.ratingAfter());
    Rating skill = scored.learnerAfter();
    Rows.update(c, "INSERT INTO skill_ratings (learner_id, topic, rating, answered) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (learner_id, topic) DO UPDATE SET rating = excluded.rating, answered = excluded.answered",
        item.learnerId(), item.topic().label(), skill.value(), skill.answered());
    Rating rated = scored.itemAfter();
    Rows.update(c, "INSERT INTO item_ratings (item_key, topic, rating, answered) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (item_key) DO UPDATE SET rating = excluded.rating, answered = excluded.answered",
        item.itemKey(), item.topic().label(), rated.value(), rated.answered());
    if (scored.reviewAfter().isEmpty()) {
      Rows.update(c, "DELETE FROM reviews WHERE learner_id = ? AND item_key = ?", item.learnerId(), item.itemKey());
    } else {
      Review r = scored.reviewAfter().get();
      Rows.update(c, "INSERT INTO reviews (learner_id, item_key, topic, due_at, step) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (learner_id, item_key) DO UPDATE SET due_at = excluded.due_at, step = excluded.step",
          r.learnerId(), r.itemKey(), r.topic().label(), r.dueAt(), r.step());
    }
  }

  @Override
  public Map<Topic, Rating> skillRatings(String learnerId) {
    List<Map.Entry<Topic, Rating>> rows = database.query(c -> Rows.list(c,
        "SELECT topic, rating, answered FROM skill_ratings WHERE learner_id = ?",
        r -> Map.entry(Topic.parse(r.getString("topic")), Rows.rating(r)), learnerId));
    Map<Topic, Rating> ratings = new EnumMap<>(Topic.class);
    rows.forEach(e -> ratings.put(e.getKey(), e.getValue()));
    return ratings;
  }

  @Override
  public Optional<Rating> itemRating(String itemKey) {
    return database.query(c -> Rows.first(c, "SELECT rating, answered FROM item_ratings WHERE item_key = ?",
        Rows::rating, itemKey));
  }

  @Override
  public List<Review> dueReviews(String learnerId, Instant now) {
    return database.query(c -> Rows.list(c,
        "SELECT * FROM reviews WHERE learner_id = ? AND due_at <= ? ORDER BY due_at, item_key", Rows::review,
        learnerId, now));
  }

  @Override
  public List<Review> reviews(String learnerId) {
    return database.query(c -> Rows.list(c, "SELECT * FROM reviews WHERE learner_id = ? ORDER BY due_at, item_key",
        Rows::review, learnerId));
  }

  @Override
  public List<Attempt> attempts(String learnerId) {
    return database.query(c -> Rows.list(c,
        "SELECT * FROM attempts WHERE learner_id = ? ORDER BY answered_at, item_id", Rows::attempt, learnerId));
  }

  @Override
  public List<Attempt> allAttempts() {
    return database.query(c -> Rows.list(c, "SELECT * FROM attempts ORDER BY answered_at, item_id", Rows::attempt));
  }

  @Override
  public List<RatedItem> hardestItems(int minAnswers, int limit) {
    return database.query(c -> Rows.list(c, "SELECT item_key, topic, rating, answered FROM item_ratings"
            + " WHERE answered >= ? ORDER BY rating DESC, item_key LIMIT ?",
        r -> new RatedItem(r.getString("item_key"), Topic.parse(r.getString("topic")), Rows.rating(r)),
        minAnswers, limit));
  }

  @Override
  public void createAssessment(Assessment assessment, List<IssuedItem> items) {
    database.inTransaction(c -> {
      Rows.update(c, "INSERT INTO assessments (id, learner_id, kind, created_at) VALUES (?, ?, ?, ?)", assessment.id(),
          assessment.learnerId(), assessment.kind().label(), assessment.createdAt());
      for (int i = 0; i < items.size(); i++) {
        IssuedItem item = items.get(i);
        Rows.update(c, "INSERT INTO issued_items (id, learner_id, item_key, topic, issued_at) VALUES (?, ?, ?, ?, ?)",
            item.id(), item.learnerId(), item.itemKey(), item.topic().label(), item.issuedAt());
        Rows.update(c, "INSERT INTO assessment_items (assessment_id, position, item_id) VALUES (?, ?, ?)",
            assessment.id(), i, item.id());
      }
      return null;
    });
  }

  @Override
  public Optional<Assessment> assessment(String assessmentId) {
    return assessments("a.id = ?", assessmentId).stream().findFirst();
  }

  @Override
  public List<Assessment> assessments(String learnerId) {
    return assessments("a.learner_id = ?", learnerId);
  }

  private List<Assessment> assessments(String condition, String value) {
    List<Object[]> rows = database.query(c -> Rows.list(c, "SELECT a.id, a.learner_id, a.kind, a.created_at, i.item_id"
            + " FROM assessments a JOIN assessment_items i ON i.assessment_id = a.id WHERE " + condition
            + " ORDER BY a.created_at, a.id, i.position",
        r -> new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5)}, value));
    Map<String, Assessment> byId = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Assessment before = byId.get((String) row[0]);
      List<String> items = new ArrayList<>(before == null ? List.of() : before.itemIds());
      items.add((String) row[4]);
      byId.put((String) row[0], new Assessment((String) row[0], (String) row[1], Assessment.Kind.parse((String) row[2]),
          Instant.ofEpochMilli((Long) row[3]), items));
    }
    return List.copyOf(byId.values());
  }

  @Override
  public void recordUpload(Upload upload) {
    database.inTransaction(c -> {
      Rows.update(c, "INSERT INTO uploads (id, learner_id, analysed_at) VALUES (?, ?, ?)", upload.id(),
          upload.learnerId(), upload.analysedAt());
      for (Map.Entry<String, Integer> issue : upload.issues().entrySet()) {
        Rows.update(c, "INSERT INTO upload_issues (upload_id, rule, shown) VALUES (?, ?, ?)", upload.id(),
            issue.getKey(), issue.getValue());
      }
      return null;
    });
  }

  @Override
  public List<Upload> uploads(String learnerId) {
    return uploadsWhere(" WHERE u.learner_id = ?", learnerId);
  }

  @Override
  public List<Upload> allUploads() {
    return uploadsWhere("");
  }

  private List<Upload> uploadsWhere(String condition, Object... parameters) {
    List<Object[]> rows = database.query(c -> Rows.list(c, "SELECT u.id, u.learner_id, u.analysed_at, i.rule, i.shown"
            + " FROM uploads u LEFT JOIN upload_issues i ON i.upload_id = u.id" + condition
            + " ORDER BY u.analysed_at, u.id, i.rule",
        r -> new Object[] {r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getInt(5)}, parameters));
    Map<String, Upload> byId = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Upload before = byId.get((String) row[0]);
      Map<String, Integer> issues = new LinkedHashMap<>(before == null ? Map.of() : before.issues());
      if (row[3] != null) {
        issues.put((String) row[3], (Integer) row[4]);
      }
      byId.put((String) row[0], new Upload((String) row[0], (String) row[1], Instant.ofEpochMilli((Long) row[2]),
          issues));
    }
    return List.copyOf(byId.values());
  }

  @Override
  public int learnerCount() {
    return database.query(c -> Rows.first(c, "SELECT COUNT(*) FROM learners", r -> r.getInt(1)).orElse(0));
  }
}
