package dev.cadenza.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bearer token curators use for write requests: {@code CADENZA_CURATOR_TOKEN} when set, else a
 * random token generated on first start and kept in {@code data/curator-token} readable by the owner only.
 * A teacher's token for the class view is kept the same way ({@code CADENZA_TEACHER_TOKEN}, {@code data/teacher-token}).
 */
public final class CuratorToken {

  public static final String ENV = "CADENZA_CURATOR_TOKEN";
  public static final String TEACHER_ENV = "CADENZA_TEACHER_TOKEN";
  private static final int TOKEN_BYTES = 24;

  private final byte[] token;
  private final boolean generated;

  private CuratorToken(String token, boolean generated) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.generated = generated;
  }

  /** The configured token, or the stored one, or a new one written to {@code dataDir/curator-token}. */
  public static CuratorToken load(Map<String, String> env, Path dataDir) {
    return load(env, dataDir, ENV, "curator-token");
  }

  /** The teacher's token: {@code CADENZA_TEACHER_TOKEN}, or the one stored in (or new to) {@code dataDir/teacher-token}. */
  public static CuratorToken loadTeacher(Map<String, String> env, Path dataDir) {
    return load(env, dataDir, TEACHER_ENV, "teacher-token");
  }

  private static CuratorToken load(Map<String, String> env, Path dataDir, String variable, String fileName) {
    String configured = env.get(variable);
    if (configured != null && !configured.isBlank()) {
      return new CuratorToken(configured.strip(), false);
    }
    Path file = dataDir.resolve(fileName);
    try {
      if (Files.exists(file)) {
        return new CuratorToken(Files.readString(file).strip(), false);
      }
      Files.createDirectories(dataDir);
      byte[] random = new byte[TOKEN_BYTES];
      new SecureRandom().nextBytes(random);
      String token = HexFormat.of().formatHex(random);
      Files.writeString(file, token + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): the file inherits the folder's permissions.
      }
      return new CuratorToken(token, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token in " + file, e);
    }
  }

  /** Whether this start created the token, so it should be shown once. */
  public boolean generated() {
    return generated;
  }

  public String value() {
    return new String(token, StandardCharsets.UTF_8);
  }

  /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
  public boolean matches(String candidate) {
    return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }
}
