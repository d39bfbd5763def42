-- Learners, the items they were given, their answers and their skill estimates.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. Times are epoch milliseconds, flags 0/1 integers.

CREATE TABLE learners (
  id          VARCHAR(64) PRIMARY KEY,
  created_at  BIGINT      NOT NULL
);

-- Every item handed out is kept, so an answer can only be for an item this learner was given, and only once.
CREATE TABLE issued_items (
  id           VARCHAR(64)  PRIMARY KEY,
  learner_id   VARCHAR(64)  NOT NULL REFERENCES learners (id),
  item_key     VARCHAR(200) NOT NULL,
  topic        VARCHAR(40)  NOT NULL,
  issued_at    BIGINT       NOT NULL,
  answered_at  BIGINT
);
CREATE INDEX issued_items_learner ON issued_items (learner_id, issued_at);

CREATE TABLE attempts (
  item_id        VARCHAR(64)  PRIMARY KEY REFERENCES issued_items (id),
  learner_id     VARCHAR(64)  NOT NULL REFERENCES learners (id),
  item_key       VARCHAR(200) NOT NULL,
  topic          VARCHAR(40)  NOT NULL,
  answer         VARCHAR(200) NOT NULL,
  correct        INTEGER      NOT NULL,
  misconception  VARCHAR(40),
  answered_at    BIGINT       NOT NULL,
  elapsed_ms     BIGINT       NOT NULL,
  rating_after   DOUBLE PRECISION NOT NULL
);
CREATE INDEX attempts_learner ON attempts (learner_id, answered_at);
CREATE INDEX attempts_item ON attempts (item_key);

-- Elo-style estimates: one per learner and topic, one per item (shared by all learners).
CREATE TABLE skill_ratings (
  learner_id  VARCHAR(64) NOT NULL REFERENCES learners (id),
  topic       VARCHAR(40) NOT NULL,
  rating      DOUBLE PRECISION NOT NULL,
  answered    INTEGER     NOT NULL,
  PRIMARY KEY (learner_id, topic)
);

CREATE TABLE item_ratings (
  item_key  VARCHAR(200) PRIMARY KEY,
  topic     VARCHAR(40)  NOT NULL,
  rating    DOUBLE PRECISION NOT NULL,
  answered  INTEGER      NOT NULL
);

-- Missed items come back: due time and the step of the spacing ladder reached.
CREATE TABLE reviews (
  learner_id  VARCHAR(64)  NOT NULL REFERENCES learners (id),
  item_key    VARCHAR(200) NOT NULL,
  topic       VARCHAR(40)  NOT NULL,
  due_at      BIGINT       NOT NULL,
  step        INTEGER      NOT NULL,
  PRIMARY KEY (learner_id, item_key)
);
CREATE INDEX reviews_due ON reviews (learner_id, due_at);
