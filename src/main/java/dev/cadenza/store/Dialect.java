package dev.cadenza.store;

/** The SQL databases Cadenza stores state in; repositories branch on this where the two differ. */
public enum Dialect {
  /** A file under the data folder: the embedded default, one Cadenza process. */
  SQLITE,
  /** A server that several Cadenza instances can share. */
  POSTGRESQL
}
