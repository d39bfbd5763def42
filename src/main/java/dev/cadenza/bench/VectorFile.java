package dev.cadenza.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A cache file of float vectors: a header (magic, format version, dimension, count, fingerprint
 * of the texts they embed) and then the floats row by row. The fingerprint covers exactly the
 * {@code count} texts stored, so a cache made from other texts is never mistaken for this one.
 */
public final class VectorFile {

  private static final int MAGIC = 0x43445A56; // "CDZV"
  private static final int FORMAT = 1;

  /** Vectors read from a cache, with the fingerprint of the texts they were made from. */
  public record Contents(float[][] vectors, long fingerprint) {}

  private VectorFile() {}

  public static void write(Path file, float[][] vectors, long fingerprint) {
    int dimension = vectors.length == 0 ? 0 : vectors[0].length;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".vectors", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(dimension);
        out.writeInt(vectors.length);
        out.writeLong(fingerprint);
        for (float[] vector : vectors) {
          if (vector.length != dimension) {
            throw new IllegalArgumentException("vector of dimension " + vector.length + " in a file of dimension " + dimension);
          }
          for (float value : vector) {
            out.writeFloat(value);
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write vector cache " + file, e);
    }
  }

  /** Reads a cache; a missing file, another format or a truncated file gives null, so the caller recomputes. */
  public static Contents read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return null;
      }
      int dimension = in.readInt();
      int count = in.readInt();
      long fingerprint = in.readLong();
      if (dimension <= 0 || count < 0 || Files.size(file) != 24L + 4L * dimension * count) {
        return null;
      }
      float[][] vectors = new float[count][dimension];
      for (float[] vector : vectors) {
        for (int d = 0; d < dimension; d++) {
          vector[d] = in.readFloat();
        }
      }
      return new Contents(vectors, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vector cache " + file, e);
    }
  }

  /** A fingerprint of texts in order (64-bit FNV-1a over their UTF-16 code units and lengths). */
  public static long fingerprint(java.util.List<String> texts) {
    long hash = 0xcbf29ce484222325L;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
      }
      hash = (hash ^ text.length()) * 0x100000001b3L;
    }
    return hash;
  }
}
