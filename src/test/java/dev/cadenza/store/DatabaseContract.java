package dev.cadenza.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of every storage contract test: each test method runs once on SQLite and once on embedded PostgreSQL, on a
 * fresh migrated database in {@link #database}. Subclasses add the tests and build their repository from it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreBackend.class)
public abstract class DatabaseContract {

  @Parameter
  protected StoreBackend backend;

  @TempDir
  protected Path folder;

  protected Database database;

  @BeforeEach
  void openDatabase() {
    database = backend.open(folder);
  }

  /** Closes the pool before JUnit deletes the folder: an open SQLite file can make that deletion fail. */
  @AfterEach
  void closeDatabase() {
    database.close();
  }
}
