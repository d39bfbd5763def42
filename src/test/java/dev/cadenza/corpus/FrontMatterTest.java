package dev.cadenza.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void readsScalarsFlowListsAndBlockLists() {
    FrontMatter fm = FrontMatter.parse("""
        ---
        title: "Secondary Dominants: V/V and More"
        level: intermediate
        tags: [secondary dominant, tonicization]
        sources:
          - Kostka, Tonal Harmony, ch. 15
          - 'Aldwell: Harmony and Voice Leading'
        ---
        # Body
        text
        """);
    assertThat(fm.string("title")).isEqualTo("Secondary Dominants: V/V and More");
    assertThat(fm.string("level")).isEqualTo("intermediate");
    assertThat(fm.list("tags")).containsExactly("secondary dominant", "tonicization");
    assertThat(fm.list("sources")).containsExactly("Kostka, Tonal Harmony, ch. 15", "Aldwell: Harmony and Voice Leading");
    assertThat(fm.body()).isEqualTo("# Body\ntext\n");
  }

  @Test
  void textWithoutFenceIsAllBody() {
    FrontMatter fm = FrontMatter.parse("Just text\nmore");
    assertThat(fm.fields()).isEmpty();
    assertThat(fm.body()).isEqualTo("Just text\nmore");
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nno end"))
        .isInstanceOf(CorpusException.class).hasMessageContaining("not closed");
  }

  @Test
  void lineWithoutColonNamesTheLine() {
    assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nthis is wrong\n---\nbody"))
        .isInstanceOf(CorpusException.class).hasMessageContaining("line 2");
  }

  @Test
  void listWhereScalarExpectedIsAnError() {
    FrontMatter fm = FrontMatter.parse("---\ntitle: [a, b]\n---\nbody");
    assertThatThrownBy(() -> fm.string("title")).isInstanceOf(CorpusException.class);
  }

  @Test
  void windowsLineEndingsAreAccepted() {
    FrontMatter fm = FrontMatter.parse("---\r\ntitle: Modes\r\n---\r\nbody\r\n");
    assertThat(fm.string("title")).isEqualTo("Modes");
    assertThat(fm.body()).isEqualTo("body\n");
  }

  @Test
  void readsWhatCuratorsRealFilesContain() {
    FrontMatter fm = FrontMatter.parse("""
        ---
        # written by hand in an editor
        title: 'Cadences: "Where Phrases End"'
        level: beginner   # first-year course
        date: 2024-05-01
        summary: >
          A folded value
          over two lines.
        tags: ["cadence, authentic", half cadence]
        sources:
          - Kostka: Tonal Harmony
          - "Aldwell, Schachter: Harmony and Voice Leading"
        ---
        body
        """);
    assertThat(fm.string("title")).isEqualTo("Cadences: \"Where Phrases End\"");
    assertThat(fm.string("level")).isEqualTo("beginner");
    assertThat(fm.string("date")).isEqualTo("2024-05-01");
    assertThat(fm.string("summary")).isEqualTo("A folded value over two lines.");
    assertThat(fm.list("tags")).containsExactly("cadence, authentic", "half cadence");
    assertThat(fm.list("sources")).containsExactly("Kostka: Tonal Harmony", "Aldwell, Schachter: Harmony and Voice Leading");
  }

  @Test
  void anUnquotedTitleWithAColonStillReadsAsWritten() {
    assertThat(FrontMatter.parse("---\ntitle: Secondary Dominants: V/V\n---\nbody").string("title"))
        .isEqualTo("Secondary Dominants: V/V");
  }

  @Test
  void aNestedMapIsRefusedByName() {
    assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nauthor:\n  name: A\n  year: 1990\n---\nbody"))
        .isInstanceOf(CorpusException.class).hasMessageContaining("'author' must be a value or a list of values");
  }

  @Test
  void aYamlSyntaxErrorNamesTheDocumentLine() {
    assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\ntags: [a, b\n---\nbody"))
        .isInstanceOf(CorpusException.class).hasMessageMatching("front matter line [34]: .*");
  }

  @Test
  void renderedValuesReadBackExactly() {
    String title = "Modes: 'Dorian' & \"Phrygian\" #2";
    List<String> tags = List.of("- leading dash", "[bracketed]", "colon: inside", "yes");
    String markdown = FrontMatter.render(title, "modes", "beginner", tags, List.of("Kostka: Tonal Harmony"), "# Body");
    FrontMatter fm = FrontMatter.parse(markdown);
    assertThat(fm.string("title")).isEqualTo(title);
    assertThat(fm.list("tags")).containsExactlyElementsOf(tags);
    assertThat(fm.list("sources")).containsExactly("Kostka: Tonal Harmony");
    assertThat(fm.body()).isEqualTo("# Body\n");
  }
}
