package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.oracle.Oracle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine against the hand-written oracle tables: every row must come out exactly as the textbook
 * spells it. Mismatches are collected so that one run lists them all; the count of rows checked is
 * asserted so a table that failed to load cannot pass.
 */
class EngineOracleTest {
  private final List<String> mismatches = new ArrayList<>();

  @Test
  void spellsEveryOracleChord() {
    List<Oracle.ChordRow> rows = Oracle.chords();
    for (Oracle.ChordRow row : rows) {
      List<String> tones = strings(Chord.parse(row.symbol()).tones());
      List<String> kept = new ArrayList<>(tones);
      kept.removeAll(row.omitted());
      expect(row.symbol(), kept, row.notes());
      expect(row.symbol() + " omitted tones", tones.containsAll(row.omitted()), true);
    }
    assertChecked(rows.size(), 100);
  }

  @Test
  void spellsEveryOracleScale() {
    List<Oracle.ScaleRow> rows = Oracle.scales();
    for (Oracle.ScaleRow row : rows) {
      expect(row.scale(), strings(Scale.parse(row.scale()).notes()), row.notes());
    }
    assertChecked(rows.size(), 80);
  }

  @Test
  void givesEveryOracleKeyItsSignatureAndRelatedKeys() {
    List<Oracle.KeyRow> rows = Oracle.keys();
    for (Oracle.KeyRow row : rows) {
      Key key = Key.parse(row.key());
      expect(row.key() + " sharps", key.sharps(), row.sharps() ? row.count() : 0);
      expect(row.key() + " flats", key.flats(), row.sharps() ? 0 : row.count());
      expect(row.key() + " signature", strings(key.signature()), row.signature());
      expect(row.key() + " relative", key.relative().name(), row.relative());
      expect(row.key() + " parallel", key.parallel().name(), row.parallel());
    }
    assertChecked(rows.size(), 34);
  }

  @Test
  void realisesEveryOracleNumeral() {
    List<Oracle.NumeralRow> rows = Oracle.numerals();
    for (Oracle.NumeralRow row : rows) {
      RomanChord chord = RomanNumerals.realise(row.numeral(), Key.parse(row.key()));
      String where = row.numeral() + " in " + row.key();
      expect(where, strings(chord.notes()), row.notes());
      if (!row.symbol().isEmpty()) {
        expect(where + " symbol", chord.symbol(), row.symbol());
      }
    }
    assertChecked(rows.size(), 110);
  }

  @Test
  void namesEveryOracleIntervalAndItsSemitones() {
    List<Oracle.IntervalRow> rows = Oracle.intervals();
    for (Oracle.IntervalRow row : rows) {
      Interval interval = Interval.between(Note.parse(row.lower()), Note.parse(row.upper()));
      String where = row.lower() + " to " + row.upper();
      expect(where, interval.shortName(), row.interval());
      expect(where + " semitones", interval.semitones(), row.semitones());
      expect(where + " parsed name", Interval.parse(row.interval()).semitones(), row.semitones());
    }
    assertChecked(rows.size(), 90);
  }

  private void expect(String what, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      mismatches.add(what + ": engine " + actual + ", oracle " + expected);
    }
  }

  private void assertChecked(int rows, int minimum) {
    assertThat(mismatches).isEmpty();
    assertThat(rows).as("oracle rows checked").isGreaterThanOrEqualTo(minimum);
  }

  private static List<String> strings(List<Note> notes) {
    return notes.stream().map(Note::toString).toList();
  }
}
