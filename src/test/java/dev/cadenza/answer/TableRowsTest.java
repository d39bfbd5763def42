package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {

  @Test
  void aBodyRowNamesEachCellByItsColumnHeading() {
    assertThat(TableRows.readable(List.of("Scales:", "| Chord type | First choice |", "| --- | --- |", "| m7b5 | Locrian |")))
        .containsExactly("Scales:", "- Chord type: m7b5; First choice: Locrian.");
  }

  @Test
  void aChordChartWithoutHeadingsHasItsFirstCellLabelTheRest() {
    assertThat(TableRows.readable(List.of("| Bars 1-4 | F7 | Bb7 | F7 | F7 |", "| Bars 5-8 | Bb7 | | F7 | F7 |")))
        .containsExactly("- Bars 1-4: F7, Bb7, F7, F7.", "- Bars 5-8: Bb7, F7, F7.");
  }

  @Test
  void linesOutsideATableAreLeftAsTheyAre() {
    assertThat(TableRows.readable(List.of("A blues has twelve bars.", "It repeats."))).containsExactly(
        "A blues has twelve bars.", "It repeats.");
  }
}
