package dev.cadenza.curation;

import dev.cadenza.store.Database;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Groups questions by meaning, so forty wordings of one question are one row: a question joins the group whose
 * centroid (the mean embedding of its questions) is most similar, when the cosine similarity reaches {@link
 * #SAME_QUESTION}; otherwise it starts a group of its own. Centroids are kept in memory after the first use; only
 * the {@link AnswerRecorder}'s one thread assigns, so the cache and the table agree.
 */
final class QuestionGroups {

  /**
   * Cosine similarity (all-MiniLM-L6-v2) at which two questions count as one: paraphrases of one question score
   * 0.8 to 0.95 against their group's mean, different questions about one topic mostly below 0.7.
   */
  static final double SAME_QUESTION = 0.75;
  static final String OPEN = "open";

  /** Where a question went: its group, and that group's centroid and size after it joined. */
  record Assignment(String groupId, float[] centroid, int size, boolean created) {}

  private record Centroid(float[] vector, int size) {}

  private final Supplier<Database> database;
  private Map<String, Centroid> centroids;

  QuestionGroups(Supplier<Database> database) {
    this.database = database;
  }

  /** The group {@code vector} belongs to; nothing is cached until {@link #remember} or written until {@link #save}. */
  Assignment assign(float[] vector) {
    String best = null;
    double bestSimilarity = SAME_QUESTION;
    for (Map.Entry<String, Centroid> group : centroids().entrySet()) {
      double similarity = cosine(vector, group.getValue().vector());
      if (similarity >= bestSimilarity) {
        best = group.getKey();
        bestSimilarity = similarity;
      }
    }
    if (best == null) {
      return new Assignment(UUID.randomUUID().toString(), vector.clone(), 1, true);
    }
    Centroid old = centroids.get(best);
    float[] mean = new float[vector.length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = (old.vector()[i] * old.size() + vector[i]) / (old.size() + 1);
    }
    return new Assignment(best, mean, old.size() + 1, false);
  }

  /**
   * Writes the assignment in the caller's transaction. The cache learns it first, through {@link #remember}, so the
   * next question of one batch can join a group this one started; a failed transaction calls {@link #reload}.
   */
  void save(Connection connection, Assignment assignment, String label, long now) throws SQLException {
    String sql = assignment.created()
        ? "INSERT INTO question_groups (centroid, size, changed_at, label, gap_status, id) VALUES (?, ?, ?, ?, ?, ?)"
        : "UPDATE question_groups SET centroid = ?, size = ?, changed_at = ? WHERE id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, encode(assignment.centroid()));
      statement.setInt(2, assignment.size());
      statement.setLong(3, now);
      if (assignment.created()) {
        statement.setString(4, label);
        statement.setString(5, OPEN);
        statement.setString(6, assignment.groupId());
      } else {
        statement.setString(4, assignment.groupId());
      }
      statement.executeUpdate();
    }
  }

  void remember(Assignment assignment) {
    centroids().put(assignment.groupId(), new Centroid(assignment.centroid(), assignment.size()));
  }

  /** Forgets the cache, to be read again from the table: after a write failed, they may disagree. */
  void reload() {
    centroids = null;
  }

  /** Drops groups the retention purge deleted. */
  void forget(Collection<String> groupIds) {
    if (centroids != null) groupIds.forEach(centroids::remove);
  }

  private Map<String, Centroid> centroids() {
    if (centroids == null) {
      centroids = database.get().query(connection -> {
        Map<String, Centroid> loaded = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, centroid, size FROM question_groups ORDER BY id");
            ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            loaded.put(rows.getString(1), new Centroid(decode(rows.getString(2)), rows.getInt(3)));
          }
        }
        return loaded;
      });
    }
    return centroids;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0, normA = 0, normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  /** Little-endian float32, base64: text that both databases store alike. */
  static String encode(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  static float[] decode(String text) {
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
    float[] vector = new float[bytes.remaining() / Float.BYTES];
    bytes.asFloatBuffer().get(vector);
    return vector;
  }
}
