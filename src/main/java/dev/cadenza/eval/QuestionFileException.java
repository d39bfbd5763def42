package dev.cadenza.eval;

import java.nio.file.Path;

/** A question file that cannot be read as any known format; the message names the file and the line or element. */
public final class QuestionFileException extends RuntimeException {

  QuestionFileException(Path file, String where, String problem) {
    super(file + (where == null ? "" : ": " + where) + ": " + problem);
  }

  QuestionFileException(Path file, String where, String problem, Throwable cause) {
    super(file + (where == null ? "" : ": " + where) + ": " + problem, cause);
  }
}
