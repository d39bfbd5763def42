package dev.cadenza.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
