-- What students asked and what the library gave them, for curators. Portable SQL (SQLite and PostgreSQL); times are
-- epoch milliseconds. No learner id and no conversation id is stored anywhere here, by design.

-- Questions grouped by meaning: a new question joins the group whose mean embedding is nearest, if near enough.
CREATE TABLE question_groups (
  id          VARCHAR(36)  PRIMARY KEY,
  label       VARCHAR(300) NOT NULL,
  centroid    TEXT         NOT NULL,
  size        INTEGER      NOT NULL,
  gap_status  VARCHAR(16)  NOT NULL,
  covered_by  VARCHAR(300),
  changed_at  BIGINT       NOT NULL
);

-- Each question the library answered badly: not covered, or covered by a weak best passage.
CREATE TABLE gap_questions (
  id         VARCHAR(36)   PRIMARY KEY,
  group_id   VARCHAR(36)   NOT NULL REFERENCES question_groups (id),
  question   VARCHAR(300)  NOT NULL,
  reason     VARCHAR(16)   NOT NULL,
  nearest    VARCHAR(1000) NOT NULL,
  level      VARCHAR(40),
  topic      VARCHAR(100),
  asked_at   BIGINT        NOT NULL
);
CREATE INDEX gap_questions_group ON gap_questions (group_id, asked_at);
CREATE INDEX gap_questions_asked ON gap_questions (asked_at);

-- One row per document cited by one answer, and per citation a student opened.
CREATE TABLE citations (
  id         VARCHAR(36)  PRIMARY KEY,
  doc_id     VARCHAR(300) NOT NULL,
  group_id   VARCHAR(36)  NOT NULL REFERENCES question_groups (id),
  cited_at   BIGINT       NOT NULL
);
CREATE INDEX citations_doc ON citations (doc_id, group_id);
CREATE INDEX citations_cited ON citations (cited_at);

CREATE TABLE citation_clicks (
  id          VARCHAR(36)  PRIMARY KEY,
  doc_id      VARCHAR(300) NOT NULL,
  clicked_at  BIGINT       NOT NULL
);
CREATE INDEX citation_clicks_doc ON citation_clicks (doc_id);
CREATE INDEX citation_clicks_clicked ON citation_clicks (clicked_at);
