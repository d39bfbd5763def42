package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cadenza.testing.FuzzRun;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid files (flipped, inserted and deleted bytes, truncation, lying length fields) and
 * checks that analysis either succeeds or throws {@link MidiException}, and that every call ends
 * quickly. Each run draws a fresh seed, printed and replayable with {@code -Dcadenza.fuzz.seed=N};
 * {@code -Dcadenza.longTests=true} runs ten times longer.
 */
class MidiFuzzTest {

  /**
   * Far above what a small file takes (milliseconds; under a second for the first calls, which load
   * classes and name chords for the first time); a hang or runaway loop would exceed it.
   */
  private static final Duration PER_CALL = Duration.ofSeconds(5);
  /** The time box after which no new input starts; the whole run is stopped a minute later if a call hangs. */
  private static final Duration CI_TIME_BOX = Duration.ofSeconds(45);
  private static final Duration LONG_TIME_BOX = Duration.ofMinutes(8);

  private static List<byte[]> seeds() {
    return List.of(
        Pieces.cadence(0, false),
        Pieces.cadence(9, true),
        Pieces.scale(6, false),
        Pieces.melody(2, false, 3),
        Pieces.modulatingMelody(),
        MidiWriter.write(MidiSong.of("Drums", List.of(
            new MidiPart("Kit", Note.DRUM_CHANNEL, 0, List.of(MidiNote.of(36, 0, 1), MidiNote.of(42, 1, 1)))))),
        RawSmf.header(0, 1, 96).track(
            0x00, 0xFF, 0x58, 0x04, 0x03, 0x02, 0x18, 0x08, 0x00, 0xFF, 0x59, 0x02, 0xFE, 0x01,
            0x00, 0x90, 60, 100, 0x00, 64, 100, 0x60, 60, 0, 0x00, 64, 0, 0x00, 0xFF, 0x2F, 0x00).toBytes());
  }

  @Test
  void mutatedFilesEitherAnalyseOrThrowMidiExceptionQuickly() {
    FuzzRun run = FuzzRun.start("MIDI", 20_000, CI_TIME_BOX, 200_000, LONG_TIME_BOX);
    Assertions.assertTimeoutPreemptively(run.timeBox().plusMinutes(1), () -> fuzz(run), run::describe);
  }

  private static void fuzz(FuzzRun run) {
    Random random = new Random(run.seed());
    List<byte[]> seeds = seeds();
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
    FuzzRun.Budget budget = run.budget();
    int rejected = 0;
    long slowest = 0;
    while (budget.next()) {
      byte[] data = mutate(seeds.get(random.nextInt(seeds.size())), random);
      long start = System.nanoTime();
      try {
        analyzer.analyze(data);
      } catch (MidiException expected) {
        rejected++;
      } catch (RuntimeException | Error unexpected) {
        fail("input " + (budget.tried() - 1) + " of " + run.describe() + " threw " + unexpected, unexpected);
      }
      slowest = Math.max(slowest, System.nanoTime() - start);
    }
    System.out.println(budget.summary());
    System.out.println(String.format(Locale.ROOT, "rejected %d of %d; slowest call %.1f ms", rejected, budget.tried(),
        slowest / 1e6));
    assertThat(Duration.ofNanos(slowest)).as(run.describe()).isLessThan(PER_CALL);
    assertThat(budget.tried()).as(run.describe()).isGreaterThanOrEqualTo(200);
    assertThat(rejected).as(run.describe()).isPositive().isLessThan(budget.tried());
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] data = original.clone();
    return switch (random.nextInt(6)) {
      case 0 -> flip(data, random, 1 + random.nextInt(8));
      case 1 -> Arrays.copyOf(data, random.nextInt(data.length));
      case 2 -> insert(data, random);
      case 3 -> delete(data, random);
      case 4 -> lyingLength(data, random);
      default -> header(data, random);
    };
  }

  private static byte[] flip(byte[] data, Random random, int count) {
    for (int i = 0; i < count; i++) {
      data[random.nextInt(data.length)] = (byte) random.nextInt(256);
    }
    return data;
  }

  private static byte[] insert(byte[] data, Random random) {
    int at = random.nextInt(data.length);
    byte[] extra = new byte[1 + random.nextInt(16)];
    random.nextBytes(extra);
    byte[] result = new byte[data.length + extra.length];
    System.arraycopy(data, 0, result, 0, at);
    System.arraycopy(extra, 0, result, at, extra.length);
    System.arraycopy(data, at, result, at + extra.length, data.length - at);
    return result;
  }

  private static byte[] delete(byte[] data, Random random) {
    int at = random.nextInt(data.length);
    int length = Math.min(data.length - at, 1 + random.nextInt(16));
    byte[] result = new byte[data.length - length];
    System.arraycopy(data, 0, result, 0, at);
    System.arraycopy(data, at + length, result, at, data.length - at - length);
    return result;
  }

  /** Overwrites the format, track count or division of the header. */
  private static byte[] header(byte[] data, Random random) {
    data[8 + random.nextInt(6)] = (byte) random.nextInt(256);
    return data;
  }

  /** Overwrites one of the four-byte length fields (header or track) with a random value. */
  private static byte[] lyingLength(byte[] data, Random random) {
    int[] lengths = {4, 18};
    int at = lengths[random.nextInt(lengths.length)];
    if (at + 4 <= data.length) {
      int value = random.nextInt();
      data[at] = (byte) (value >>> 24);
      data[at + 1] = (byte) (value >>> 16);
      data[at + 2] = (byte) (value >>> 8);
      data[at + 3] = (byte) value;
    }
    return data;
  }
}
