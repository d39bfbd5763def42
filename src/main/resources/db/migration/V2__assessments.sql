-- Placement and post-tests: a fixed set of issued items per test, scored from their attempts.

CREATE TABLE assessments (
  id          VARCHAR(64) PRIMARY KEY,
  learner_id  VARCHAR(64) NOT NULL REFERENCES learners (id),
  kind        VARCHAR(20) NOT NULL,
  created_at  BIGINT      NOT NULL
);
CREATE INDEX assessments_learner ON assessments (learner_id, created_at);

CREATE TABLE assessment_items (
  assessment_id  VARCHAR(64) NOT NULL REFERENCES assessments (id),
  position       INTEGER     NOT NULL,
  item_id        VARCHAR(64) NOT NULL REFERENCES issued_items (id),
  PRIMARY KEY (assessment_id, position)
);
