package dev.cadenza.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinedTermsTest {

  private static final StoredChunk GLOSSARY = chunk("glossary-pitch#1", "Glossary of Pitch Terms", "Glossary > D to F",
      "Diminished fifth. A fifth a semitone narrower than perfect, such as B up to F.\n\n"
          + "- Enharmonic equivalents (EE): two spellings of one pitch, such as F# and Gb.\n\n"
          + "In C major, B up to F is the only diminished fifth between scale tones.");
  private static final StoredChunk TITLED = chunk("hemiola#0", "The Hemiola", "", "Three bars of two beats...");
  private static final StoredChunk HEADED = chunk("meter#2", "Meter", "Meter > Compound meters", "Each beat divides...");
  private static final StoredChunk MENTION = chunk("rhythm#0", "Rhythm Basics", "", "A hemiola regroups beats.");

  private static StoredChunk chunk(String id, String title, String heading, String text) {
    String doc = id.substring(0, id.indexOf('#'));
    return new StoredChunk(id, doc, title, heading, text, "beginner", "pitch", Integer.parseInt(id.substring(id.indexOf('#') + 1)));
  }

  private final DefinedTerms terms = DefinedTerms.of(List.of(GLOSSARY, TITLED, HEADED, MENTION));

  private static List<StoredChunk> chunks(DefinedTerms table, String term) {
    return table.definersOf(term).stream().map(DefinedTerms.Definer::chunk).toList();
  }

  @Test
  void aDocumentAboutTheTermComesBeforeAGlossaryEntryForIt() {
    StoredChunk entry = chunk("glossary-rhythm#0", "Rhythm Glossary", "", "Hemiola. Two bars of three heard as three of two.");
    assertThat(DefinedTerms.of(List.of(entry, TITLED)).definersOf("hemiola"))
        .containsExactly(new DefinedTerms.Definer(TITLED, DefinedTerms.Kind.TITLE),
            new DefinedTerms.Definer(entry, DefinedTerms.Kind.GLOSSARY));
  }

  @Test
  void aGlossaryHeadwordIsFoundWhateverItsCaseArticleOrNumber() {
    assertThat(chunks(terms, "diminished fifth")).containsExactly(GLOSSARY);
    assertThat(chunks(terms, "The Diminished-Fifths")).containsExactly(GLOSSARY);
    assertThat(chunks(terms, "an enharmonic equivalent")).containsExactly(GLOSSARY);
  }

  @Test
  void anAbbreviationCountsOnlyWhenTheHeadwordGivesIt() {
    assertThat(chunks(terms, "EE")).containsExactly(GLOSSARY);
    assertThat(chunks(terms, "d5")).isEmpty();
  }

  @Test
  void theLongestTermAQuestionNamesIsFoundAsWritten() {
    assertThat(terms.longestIn("why do teachers say The Diminished-Fifths are unstable?")).isEqualTo("The Diminished-Fifths");
    assertThat(terms.longestIn("are hemiolas and compound meter related")).isEqualTo("compound meter");
    assertThat(terms.longestIn("what is a scale tone")).isEmpty();
  }

  @Test
  void aTitleOrHeadingThatIsTheTermDefinesIt() {
    assertThat(chunks(terms, "hemiolas")).containsExactly(TITLED);
    assertThat(chunks(terms, "compound meter")).containsExactly(HEADED);
  }

  @Test
  void aPassageThatOnlyUsesTheWordDefinesNothing() {
    assertThat(chunks(terms, "scale tone")).isEmpty();
    assertThat(chunks(terms, "rhythm")).isEmpty();
    assertThat(chunks(terms, "")).isEmpty();
  }

  @Test
  void aSentenceOpeningAGlossaryParagraphIsNoHeadword() {
    assertThat(chunks(terms, "in c major")).isEmpty();
  }

  @Test
  void aSectionHeadingIsAPartOfTheTermItsDocumentIsTitledWith() {
    assertThat(terms.isPartOf("compound meters", "meter")).isTrue();
    assertThat(terms.isPartOf("compound meter", "hemiola")).as("headed in another document").isFalse();
    assertThat(terms.isPartOf("meter", "compound meter")).as("the whole is no part of its part").isFalse();
  }

  @Test
  void aHeadingManyDocumentsShareIsNoTerm() {
    List<StoredChunk> summaries = List.of(chunk("a#1", "A", "A > Summary", "x"), chunk("b#1", "B", "B > Summary", "x"),
        chunk("c#1", "C", "C > Summary", "x"));
    assertThat(chunks(DefinedTerms.of(summaries), "summary")).isEmpty();
  }

  @Test
  void keysAreSingularLowerCaseAndWithoutPunctuation() {
    assertThat(DefinedTerms.key("The Church Modes (Ecclesiastical)")).isEqualTo("church mode");
    assertThat(DefinedTerms.key("Neighbor-tones")).isEqualTo("neighbor tone");
    assertThat(DefinedTerms.key("first species")).isEqualTo("first species");
    assertThat(DefinedTerms.key("Bass")).isEqualTo("bass");
    assertThat(DefinedTerms.key("melodies")).isEqualTo("melody");
  }
}
