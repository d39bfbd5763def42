-- Curator uploads shared by every instance on one PostgreSQL database (CADENZA_DB_URL). Each instance keeps its
-- Lucene index as derived state and follows document_changes. The embedded default keeps uploads as files and
-- leaves these tables empty. Portable SQL; originals are base64 text (PDFs are binary); times are epoch ms.

-- The published version of each upload: its original as sent and the hash of its parsed text.
CREATE TABLE curated_documents (
  id            VARCHAR(300) PRIMARY KEY,
  file_name     VARCHAR(300) NOT NULL,
  original      TEXT         NOT NULL,
  content_hash  VARCHAR(64)  NOT NULL,
  version       BIGINT       NOT NULL,
  changed_at    BIGINT       NOT NULL
);

-- One row per published or deleted version, numbered in commit order: writers hold one lock until they commit.
CREATE TABLE document_changes (
  seq         BIGINT       PRIMARY KEY,
  doc_id      VARCHAR(300) NOT NULL,
  version     BIGINT       NOT NULL,
  deleted     INTEGER      NOT NULL,
  changed_at  BIGINT       NOT NULL
);
CREATE INDEX document_changes_doc ON document_changes (doc_id, version);

-- Uploads held back for a wrong fact, until published or discarded.
CREATE TABLE curated_drafts (
  id         VARCHAR(300) PRIMARY KEY,
  file_name  VARCHAR(300) NOT NULL,
  original   TEXT         NOT NULL,
  saved_at   BIGINT       NOT NULL
);

-- The last turn of each conversation, so a follow-up can be resolved by any instance. Pruned after a day.
CREATE TABLE conversation_turns (
  conversation_id  VARCHAR(200)  PRIMARY KEY,
  question         TEXT          NOT NULL,
  subject          TEXT          NOT NULL,
  updated_at       BIGINT        NOT NULL
);
CREATE INDEX conversation_turns_updated ON conversation_turns (updated_at);
