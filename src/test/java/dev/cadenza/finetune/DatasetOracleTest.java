package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.oracle.Oracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset builder's answers against the hand-written oracle tables rather than the engine that wrote
 * them: wherever an answer states a fact a table row covers (a chord's spelling, a scale, a signature, a
 * relative or parallel key, a numeral's notes, an interval), the two must agree. A minimum number of
 * matched facts per table is asserted, so the check cannot pass by matching nothing.
 */
class DatasetOracleTest {
  private static final String NOTE = "[A-G](?:##|#|bb|b)?(?![\\w#])";
  private static final String PITCH = "[A-G](?:##|#|bb|b)?\\d?(?![\\w#])";
  private static final String NOTES = "(" + NOTE + "(?:, " + NOTE + ")*)";
  private static final String KEY = "([A-G](?:##|#|bb|b)? (?:major|minor))";
  private static final Pattern CHORD = Pattern.compile("\\(([^()\\s]+)\\) is spelled " + NOTES + ":");
  private static final Pattern SCALE = Pattern.compile("(?i:the) (\\S+ [a-z0-9 #-]+?) scale is (?:spelled )?" + NOTES);
  private static final Pattern SIGNATURE =
      Pattern.compile(KEY + " has (?:(no) sharps or flats|(\\w+) (sharps?|flats?): " + NOTES + ")");
  private static final Pattern RELATIVE = Pattern.compile("(?:The relative (?:major|minor) of " + KEY + " is " + KEY
      + ")|(?:" + KEY + " has [^.]*\\. Its relative (?:major|minor), " + KEY + ",)");
  private static final Pattern PARALLEL = Pattern.compile("The parallel (?:major|minor) of " + KEY + " is " + KEY);
  private static final Pattern REALISED =
      Pattern.compile("^(\\S+) in " + KEY + " is (?:(\\S+), .*?, )?spelled " + NOTES + " from the bass up");
  private static final Pattern ANALYSED =
      Pattern.compile("^In " + KEY + ", (?:\\S+ \\()?" + NOTES + "\\)? is (\\S+), with");
  private static final Pattern INTERVAL =
      Pattern.compile("(?<![\\w#])(" + PITCH + ") up to (" + PITCH + ") is an? [a-z ]+ \\((\\w+)\\)(?:, (\\d+) semitones?)?");
  private static final List<String> COUNTS =
      List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  /** Records in the larger build: enough for every table to meet many of its rows. */
  private static final int LARGE_SIZE = 8_000;

  @TempDir
  Path temp;

  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, Integer> matched = new HashMap<>();

  @Test
  void everyFactInTheVerifiedBuildThatAnOracleRowCoversAgreesWithIt() {
    List<String> answers = Stream.of(Split.values())
        .flatMap(split -> BuiltDataset.records(split).stream())
        .map(BuiltDataset::assistant)
        .toList();
    checkAll(answers);
    assertThat(mismatches).isEmpty();
    assertThat(matched.values().stream().mapToInt(Integer::intValue).sum()).as("facts matched " + matched)
        .isGreaterThanOrEqualTo(200);
  }

  @Test
  void everyFactInALargeUnverifiedBuildThatAnOracleRowCoversAgreesWithIt() {
    // No verifier here: the oracle alone judges what the generators wrote.
    Dataset dataset = new DatasetBuilder(answer -> ClaimCounts.NONE)
        .build(BuiltDataset.options(temp, 11, LARGE_SIZE));
    List<String> answers = Stream.of(Split.values())
        .flatMap(split -> dataset.split(split).stream())
        .map(example -> example.pair().answer())
        .toList();
    checkAll(answers);
    assertThat(mismatches).isEmpty();
    for (String table : List.of("chord", "scale", "signature", "relative", "parallel", "numeral", "interval")) {
      assertThat(matched.getOrDefault(table, 0)).as("%s facts matched %s", table, matched).isGreaterThanOrEqualTo(20);
    }
  }

  private void checkAll(List<String> answers) {
    matchAll(answers);
    System.out.println("DatasetOracleTest: " + answers.size() + " answers, oracle facts matched " + matched);
  }

  private void matchAll(List<String> answers) {
    Map<String, Oracle.ChordRow> chords = index(Oracle.chords(), Oracle.ChordRow::symbol);
    Map<String, Oracle.ScaleRow> scales = index(Oracle.scales(), Oracle.ScaleRow::scale);
    Map<String, Oracle.KeyRow> keys = index(Oracle.keys(), Oracle.KeyRow::key);
    Map<String, Oracle.NumeralRow> numerals = index(Oracle.numerals(), r -> r.numeral() + " in " + r.key());
    Map<String, Oracle.IntervalRow> intervals = index(Oracle.intervals(), r -> r.lower() + " " + r.upper());
    for (String answer : answers) {
      each(CHORD, answer, m -> chord(chords.get(m.group(1)), notes(m.group(2)), answer));
      each(SCALE, answer, m -> compare("scale", scales.get(m.group(1)), Oracle.ScaleRow::notes, notes(m.group(2)), answer));
      each(SIGNATURE, answer, m -> signature(keys.get(m.group(1)), m, answer));
      each(RELATIVE, answer, m -> relative(keys, m, answer));
      each(PARALLEL, answer, m -> compare("parallel", keys.get(m.group(1)), Oracle.KeyRow::parallel, m.group(2), answer));
      each(REALISED, answer, m -> numeral(numerals.get(m.group(1) + " in " + m.group(2)), m.group(3), notes(m.group(4)), answer));
      each(ANALYSED, answer, m -> numeral(numerals.get(m.group(3) + " in " + m.group(1)), null, notes(m.group(2)), answer));
      each(INTERVAL, answer, m -> interval(intervals.get(m.group(1) + " " + m.group(2)), m, answer));
    }
  }

  /** A record lists the full stack; the oracle row leaves out what textbooks omit, and names it. */
  private void chord(Oracle.ChordRow row, List<String> stated, String answer) {
    if (row != null) {
      List<String> kept = new ArrayList<>(stated);
      kept.removeAll(row.omitted());
      compare("chord", row, Oracle.ChordRow::notes, kept, answer);
      compare("chord", row, r -> true, stated.containsAll(row.omitted()), answer);
    }
  }

  private void signature(Oracle.KeyRow row, Matcher m, String answer) {
    if (row == null) {
      return;
    }
    if (m.group(2) != null) {
      compare("signature", row, Oracle.KeyRow::count, 0, answer);
      return;
    }
    compare("signature", row, r -> COUNTS.get(r.count()) + (r.sharps() ? " sharp" : " flat") + (r.count() == 1 ? "" : "s")
        + ": " + r.signature(), m.group(3) + " " + m.group(4) + ": " + notes(m.group(5)), answer);
  }

  private void relative(Map<String, Oracle.KeyRow> keys, Matcher m, String answer) {
    boolean phrased = m.group(1) != null;
    compare("relative", keys.get(phrased ? m.group(1) : m.group(3)), Oracle.KeyRow::relative,
        phrased ? m.group(2) : m.group(4), answer);
  }

  private void numeral(Oracle.NumeralRow row, String symbol, List<String> stated, String answer) {
    compare("numeral", row, Oracle.NumeralRow::notes, stated, answer);
    if (row != null && symbol != null && !row.symbol().isEmpty()) {
      compare("numeral", row, Oracle.NumeralRow::symbol, symbol, answer);
    }
  }

  private void interval(Oracle.IntervalRow row, Matcher m, String answer) {
    compare("interval", row, Oracle.IntervalRow::interval, m.group(3), answer);
    if (row != null && m.group(4) != null) {
      compare("interval", row, Oracle.IntervalRow::semitones, Integer.parseInt(m.group(4)), answer);
    }
  }

  private <R> void compare(String table, R row, Function<R, Object> fact, Object stated, String answer) {
    if (row == null) {
      return;
    }
    matched.merge(table, 1, Integer::sum);
    if (!fact.apply(row).equals(stated)) {
      mismatches.add(table + ": oracle " + fact.apply(row) + ", record " + stated + " in: " + answer);
    }
  }

  private static void each(Pattern pattern, String answer, Consumer<Matcher> check) {
    Matcher m = pattern.matcher(answer);
    while (m.find()) {
      check.accept(m);
    }
  }

  private static List<String> notes(String list) {
    return Arrays.asList(list.split(", "));
  }

  private static <R> Map<String, R> index(List<R> rows, Function<R, String> key) {
    Map<String, R> index = new HashMap<>();
    rows.forEach(row -> index.put(key.apply(row), row));
    return index;
  }
}
