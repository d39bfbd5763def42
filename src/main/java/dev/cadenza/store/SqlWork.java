package dev.cadenza.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run on one connection, inside a transaction that {@link Database} opens and closes. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
