package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cadenza.midi.ReadLimits;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Malformed ABC: each case names the exact line and column (1-based) and says what is wrong. */
class AbcErrorsTest {

  private static final String HEAD = "X:1\nK:C\n";

  static Stream<Arguments> malformed() {
    return Stream.of(
        // Music errors on line 3, after a two-line header.
        Arguments.of(HEAD + "A B ^ C", 3, 6, "accidental must be followed by a note letter"),
        Arguments.of(HEAD + "A \"Am B", 3, 3, "is not closed with '\"'"),
        Arguments.of(HEAD + "A [CEG B", 3, 3, "chord '[' opened here is not closed"),
        Arguments.of(HEAD + "A ] B", 3, 3, "closes no chord"),
        Arguments.of(HEAD + "A & B", 3, 3, "voice overlay"),
        Arguments.of(HEAD + "(1A", 3, 1, "tuplet"),
        Arguments.of(HEAD + "A>>>>B", 3, 2, "at most three"),
        Arguments.of(HEAD + ">A", 3, 1, "between two notes"),
        Arguments.of(HEAD + "A |9 B", 3, 4, "endings are numbered 1 to 8"),
        Arguments.of(HEAD + "A0", 3, 2, "cannot be zero"),
        Arguments.of(HEAD + "A12345", 3, 2, "too large"),
        Arguments.of(HEAD + "c'''''''", 3, 1, "outside the MIDI range"),
        Arguments.of(HEAD + "-A", 3, 1, "tie"),
        Arguments.of(HEAD + "A !trill B", 3, 3, "decoration"),
        Arguments.of(HEAD + "A {g B", 3, 3, "grace-note group"),
        Arguments.of(HEAD + "A : B", 3, 3, "not a bar line"),
        Arguments.of(HEAD + "A $ B", 3, 3, "unexpected character '$'"),
        Arguments.of(HEAD + "A [K:Qq] B", 3, 6, "not a mode, an accidental"),
        Arguments.of(HEAD + "A\nB\nc [M:7/5] d", 5, 6, "not a meter"),
        Arguments.of(HEAD + "A [K:G d B |] c", 3, 3, "not closed with ']' before the next bar line"),
        Arguments.of("X:1\nK:G M:3/4\nA", 2, 5, "followed by 'M:3/4' on the same line"),
        Arguments.of("X:1\nM:3/4 L:1/8\nK:G\nA", 2, 7, "in ABC each field has a line of its own"),
        // Header errors: the column is where the field's value starts.
        Arguments.of("X:1\nK:Xyz\nA", 2, 3, "not a mode, an accidental"),
        Arguments.of("X:1\nK:D foo\nA", 2, 5, "'foo'"),
        Arguments.of("X:1\nK:G#\nA", 2, 3, "would need 8 sharps"),
        Arguments.of("X:1\nM:5/7\nK:C\nA", 2, 3, "not a meter"),
        Arguments.of("X:1\nL: 0\nK:C\nA", 2, 4, "not a note length"),
        Arguments.of("X:1\nV:\nK:C\nA", 2, 3, "voice name"),
        Arguments.of("X:1\n%%propagate-accidentals sideways\nK:C\nA", 2, 1, "not, octave or pitch"),
        Arguments.of("X:1\nT:Empty\nK:C\n", 3, 1, "no music after its header"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedAbcIsRefusedAtItsLineAndColumn(String abc, int line, int column, String says) {
    AbcException e = catchThrowableOfType(AbcException.class, () -> AbcReader.read(abc));
    assertThat(e).as(abc).isNotNull();
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    assertThat(e.problem()).contains(says);
    assertThat(e.getMessage()).startsWith("line " + line + ", column " + column + ": ");
  }

  @Test
  void textOverTheSizeLimitIsRefusedBeforeReading() {
    ReadLimits small = ReadLimits.defaults().withMaxBytes(100);
    assertThatThrownBy(() -> AbcReader.read(HEAD + "A".repeat(200), small)).isInstanceOf(AbcException.class)
        .hasMessageContaining("more than the limit of 100");
  }

  @Test
  void writtenNotesOverTheLimitAreRefusedWhereTheyPassIt() {
    AbcException e = catchThrowableOfType(AbcException.class,
        () -> AbcReader.read(HEAD + "ABCDE", ReadLimits.defaults().withMaxNotes(3)));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
  }

  @Test
  void repeatsThatPlayMoreNotesThanTheLimitAreRefused() {
    assertThatThrownBy(() -> AbcReader.read(HEAD + "|: ABC :|", ReadLimits.defaults().withMaxNotes(4)))
        .isInstanceOf(AbcException.class).hasMessageContaining("played with its repeats");
  }

  @Test
  void moreVoicesThanTheTrackLimitAreRefused() {
    ReadLimits twoTracks = new ReadLimits(1 << 20, 2, 1000, 1000, 1000);
    assertThatThrownBy(() -> AbcReader.read(HEAD + "V:1\nA\nV:2\nB\nV:3\nc\n", twoTracks))
        .isInstanceOf(AbcException.class).hasMessageContaining("more than 2 voices");
  }
}
