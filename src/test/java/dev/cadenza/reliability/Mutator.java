package dev.cadenza.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded byte-level mutations for fuzzing parsers: flips, inserts, deletions, duplicated and swapped
 * ranges, truncation, and insertion of tokens the format gives meaning to.
 */
final class Mutator {

  private final Random random;
  private final List<byte[]> tokens;

  /** {@code tokens} are the format's meaningful fragments, e.g. "---\n" and ": " for front matter. */
  Mutator(long seed, List<String> tokens) {
    this.random = new Random(seed);
    this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  Random random() {
    return random;
  }

  /** {@code input} with one to {@code maxEdits} random edits applied. */
  byte[] mutate(byte[] input, int maxEdits) {
    byte[] out = input;
    int edits = 1 + random.nextInt(maxEdits);
    for (int e = 0; e < edits; e++) {
      out = edit(out);
    }
    return out;
  }

  private byte[] edit(byte[] in) {
    if (in.length == 0) return pick(tokens);
    int at = random.nextInt(in.length);
    return switch (random.nextInt(8)) {
      case 0 -> set(in, at, (byte) (in[at] ^ (1 << random.nextInt(8))));                  // flip one bit
      case 1 -> set(in, at, (byte) random.nextInt(256));                                    // random byte
      case 2 -> splice(in, at, at, new byte[] {(byte) random.nextInt(256)});                // insert a byte
      case 3 -> splice(in, at, Math.min(in.length, at + 1 + random.nextInt(16)), new byte[0]); // delete a range
      case 4 -> splice(in, at, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + 1 + random.nextInt(64)))); // duplicate
      case 5 -> Arrays.copyOf(in, at);                                                      // truncate
      case 6 -> splice(in, at, at, pick(tokens));                                           // insert a token
      default -> {                                                                           // replace a digit run by a large number
        int digit = indexOfDigit(in, at);
        yield digit < 0 ? splice(in, at, at, pick(tokens))
            : splice(in, digit, digitEnd(in, digit), String.valueOf(random.nextInt(4) == 0 ? -1 : random.nextInt()).getBytes(StandardCharsets.US_ASCII));
      }
    };
  }

  private byte[] pick(List<byte[]> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static byte[] set(byte[] in, int at, byte value) {
    byte[] out = in.clone();
    out[at] = value;
    return out;
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }

  private static int indexOfDigit(byte[] in, int from) {
    for (int i = from; i < in.length; i++) if (in[i] >= '0' && in[i] <= '9') return i;
    return -1;
  }

  private static int digitEnd(byte[] in, int from) {
    int i = from;
    while (i < in.length && in[i] >= '0' && in[i] <= '9') i++;
    return i;
  }
}
