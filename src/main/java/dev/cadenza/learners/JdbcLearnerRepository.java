package dev.cadenza.learners;

import dev.cadenza.store.Database;
import dev.cadenza.store.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
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
  public int learnerCount() {
    return database.query(c -> Rows.first(c, "SELECT COUNT(*) FROM learners", r -> r.getInt(1)).orElse(0));
  }
}
