-- Documents published over the verifier's objection, when uploads live in the shared database (replicas): one
-- row per override, never updated. The embedded default keeps them in data/published-anyway.jsonl instead.
CREATE TABLE publish_overrides (
  id            VARCHAR(36)  PRIMARY KEY,
  doc_id        VARCHAR(300) NOT NULL,
  content_hash  VARCHAR(64)  NOT NULL,
  incorrect     INTEGER      NOT NULL,
  disputed      TEXT         NOT NULL,
  published_at  VARCHAR(40)  NOT NULL,
  recorded_at   BIGINT       NOT NULL
);
CREATE INDEX publish_overrides_doc ON publish_overrides (doc_id, recorded_at);
