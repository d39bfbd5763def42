package dev.cadenza.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a Lucene HNSW index is built, written on the command line as {@code key=value} pairs joined by
 * commas, e.g. {@code m=16,beam=100,ram=1024,threads=2,merge=one,workers=2,quant=int7}; several
 * settings are separated by {@code ;}, and {@code none} means no HNSW index at all. Unnamed keys keep
 * the defaults, which are ChunkIndex's.
 *
 * @param maxConn HNSW M, neighbours per node ({@code m}, default 16)
 * @param beamWidth candidates tracked while inserting ({@code beam}, default 100)
 * @param ramBufferMb IndexWriter RAM buffer before a segment is flushed ({@code ram}, default 64)
 * @param indexThreads threads adding documents; each builds its own segment's graph ({@code threads}, default 1)
 * @param forceMerge whether the index is merged to one segment after the last add ({@code merge=one|none}, default none)
 * @param mergeWorkers threads that build one merged graph together ({@code workers}, default 1)
 * @param quantization vector encoding in the index ({@code quant=none|int8|int7|int4}, default none)
 */
public record HnswSettings(int maxConn, int beamWidth, int ramBufferMb, int indexThreads, boolean forceMerge,
    int mergeWorkers, Quantization quantization) {

  /** How vectors are stored and compared in the graph. */
  public enum Quantization { NONE, INT8, INT7, INT4 }

  public static final HnswSettings DEFAULT = new HnswSettings(16, 100, 64, 1, false, 1, Quantization.NONE);

  public HnswSettings {
    if (maxConn < 2 || maxConn > 512) throw new IllegalArgumentException("illegal m: " + maxConn + ", must be in [2, 512]");
    if (beamWidth < 1 || beamWidth > 3200) throw new IllegalArgumentException("illegal beam: " + beamWidth + ", must be in [1, 3200]");
    if (ramBufferMb < 1 || ramBufferMb > 2047) throw new IllegalArgumentException("illegal ram: " + ramBufferMb + ", must be in [1, 2047] MB");
    if (indexThreads < 1) throw new IllegalArgumentException("illegal threads: " + indexThreads + ", must be >= 1");
    if (mergeWorkers < 1) throw new IllegalArgumentException("illegal workers: " + mergeWorkers + ", must be >= 1");
    java.util.Objects.requireNonNull(quantization, "quantization");
  }

  /** Parses one setting, e.g. {@code m=32,beam=200}. */
  public static HnswSettings parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : text.strip().split("\\s*,\\s*")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("expected key=value in HNSW setting '" + text + "', found '" + pair + "'");
      values.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
    }
    HnswSettings d = DEFAULT;
    HnswSettings parsed = new HnswSettings(
        intValue(values, "m", d.maxConn), intValue(values, "beam", d.beamWidth), intValue(values, "ram", d.ramBufferMb),
        intValue(values, "threads", d.indexThreads), mergeValue(values.remove("merge")), intValue(values, "workers", d.mergeWorkers),
        quantValue(values.remove("quant")));
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown HNSW setting keys " + values.keySet() + " in '" + text
          + "'; known: m, beam, ram, threads, merge, workers, quant");
    }
    return parsed;
  }

  /** Parses settings separated by {@code ;}; {@code none} is the empty list (no HNSW index is built). */
  public static List<HnswSettings> parseList(String text) {
    if (text.strip().equalsIgnoreCase("none")) return List.of();
    List<HnswSettings> settings = new ArrayList<>();
    for (String part : text.split(";")) {
      if (!part.isBlank()) settings.add(parse(part));
    }
    if (settings.isEmpty()) throw new IllegalArgumentException("no HNSW settings in '" + text + "'");
    return settings;
  }

  /** The canonical text form, which {@link #parse} reads back. */
  public String label() {
    return String.format(Locale.ROOT, "m=%d,beam=%d,ram=%d,threads=%d,merge=%s,workers=%d,quant=%s", maxConn, beamWidth,
        ramBufferMb, indexThreads, forceMerge ? "one" : "none", mergeWorkers, quantization.name().toLowerCase(Locale.ROOT));
  }

  private static int intValue(Map<String, String> values, String key, int fallback) {
    String value = values.remove(key);
    if (value == null) return fallback;
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("HNSW setting " + key + " must be a whole number, not '" + value + "'");
    }
  }

  private static boolean mergeValue(String value) {
    if (value == null || value.equals("none")) return false;
    if (value.equals("one")) return true;
    throw new IllegalArgumentException("HNSW setting merge must be 'none' or 'one', not '" + value + "'");
  }

  private static Quantization quantValue(String value) {
    if (value == null) return Quantization.NONE;
    try {
      return Quantization.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("HNSW setting quant must be none, int8, int7 or int4, not '" + value + "'");
    }
  }
}
