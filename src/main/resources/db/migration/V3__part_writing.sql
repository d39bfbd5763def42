-- A learner's MIDI uploads and the part-writing issues the analyser found in each, by rule: the issues count as
-- misconceptions shown, and an upload free of one after it showed resolves it. Portable SQL (SQLite and PostgreSQL).

CREATE TABLE uploads (
  id           VARCHAR(64) PRIMARY KEY,
  learner_id   VARCHAR(64) NOT NULL REFERENCES learners (id),
  analysed_at  BIGINT      NOT NULL
);
CREATE INDEX uploads_learner ON uploads (learner_id, analysed_at);

CREATE TABLE upload_issues (
  upload_id  VARCHAR(64) NOT NULL REFERENCES uploads (id),
  rule       VARCHAR(40) NOT NULL,
  shown      INTEGER     NOT NULL,
  PRIMARY KEY (upload_id, rule)
);
