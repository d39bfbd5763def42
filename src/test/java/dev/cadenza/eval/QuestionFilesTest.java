package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFilesTest {

  @TempDir
  Path temp;

  private Path file(String name, String content) {
    try {
      return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertFails(Path file, String message) {
    assertThatThrownBy(() -> QuestionFiles.read(file)).isInstanceOf(QuestionFileException.class)
        .hasMessage(file + ": " + message);
  }

  @Test
  void readsJsonlWithOptionalFieldsAndBlankLines() {
    Path file = file("q.jsonl", """
        {"id": "cad-1", "question": "What is a deceptive cadence?", "answer": "V to vi.", "relevant": ["harmony/cadences"]}

        {"question": "How many beats in 6/8?", "answer": "Two.", "topic": "rhythm", "kind": "open"}
        """);
    QuestionSet set = QuestionFiles.read(file);
    assertThat(set.format()).isEqualTo(QuestionFormat.JSONL);
    assertThat(set.questions()).extracting(EvalQuestion::id).containsExactly("cad-1", "line-3");
    assertThat(set.questions()).extracting(EvalQuestion::topic).containsExactly("harmony", "rhythm");
    assertThat(set.questions().getFirst().relevant()).containsExactly("harmony/cadences");
    assertThat(set.questions().get(1).hasRelevant()).isFalse();
    assertThat(set.questions().get(1).reference()).isEqualTo("Two.");
  }

  @Test
  void readsAlpacaArraysWithInputJoinedToTheInstruction() {
    Path file = file("alpaca.json", """
        [
          {"instruction": "What is a tritone?", "input": "", "output": "Three whole steps."},
          {"instruction": "Spell this chord.", "input": "G7", "response": "G, B, D, F", "history": []}
        ]
        """);
    QuestionSet set = QuestionFiles.read(file);
    assertThat(set.format()).isEqualTo(QuestionFormat.ALPACA);
    assertThat(set.questions()).extracting(EvalQuestion::question)
        .containsExactly("What is a tritone?", "Spell this chord.\n\nG7");
    assertThat(set.questions()).extracting(EvalQuestion::reference).containsExactly("Three whole steps.", "G, B, D, F");
    assertThat(set.questions()).extracting(EvalQuestion::id).containsExactly("element-1", "element-2");
  }

  @Test
  void readsShareGptArraysUnderEitherKeySkippingSystemTurns() {
    Path file = file("sharegpt.json", """
        [
          {"conversations": [
            {"from": "system", "value": "You are a theory tutor."},
            {"from": "human", "value": "What is a plagal cadence?"},
            {"from": "gpt", "value": "IV to I."},
            {"from": "human", "value": "And in minor?"},
            {"from": "gpt", "value": "iv to i."}]},
          {"conversation": [{"from": "human", "value": "Name the leading tone of G major."}, {"from": "gpt", "value": "F#"}]}
        ]
        """);
    QuestionSet set = QuestionFiles.read(file);
    assertThat(set.format()).isEqualTo(QuestionFormat.SHAREGPT);
    assertThat(set.questions()).extracting(EvalQuestion::question)
        .containsExactly("What is a plagal cadence?", "Name the leading tone of G major.");
    assertThat(set.questions()).extracting(EvalQuestion::reference).containsExactly("IV to I.", "F#");
  }

  @Test
  void plainTextIsNotAQuestionFile() {
    Path file = file("q.csv", "\nquestion,answer\nWhat is a cadence?,A phrase ending\n");
    assertFails(file, "line 2: not a question file: expected JSONL ({\"question\", \"answer\"} objects, one per line)"
        + " or a JSON array in Alpaca or ShareGPT layout");
  }

  @Test
  void aJsonlTypoIsReportedWithItsLine() {
    Path file = file("q.jsonl", """
        {"question": "What is a cadence?", "answer": "A phrase ending."}
        {"question": "What is a half cadence?", "answer": "A pause on V.", "relevent": ["harmony/cadences"]}
        """);
    assertFails(file, "line 2: unknown key \"relevent\" (known: [answer, followup, id, key_facts, kind, question, relevant, topic])");
  }

  @Test
  void jsonlReadsKindsKeyFactsAndFollowUps() {
    Path file = file("q.jsonl", """
        {"id": "a", "kind": "open", "question": "whats a cadence", "answer": "A phrase ending.", "key_facts": [["phrase"], ["V", "dominant"]]}
        {"id": "b", "kind": "out-of-scope", "question": "capital of france", "answer": "Not covered."}
        {"id": "c", "kind": "follow-up", "question": "what is the neapolitan", "followup": "where does it go?", "answer": "To V."}
        """);
    List<EvalQuestion> questions = QuestionFiles.read(file).questions();
    assertThat(questions.get(0).keyFacts()).containsExactly(List.of("phrase"), List.of("V", "dominant"));
    assertThat(questions.get(1).kind()).isEqualTo(QuestionKind.OUT_OF_SCOPE);
    assertThat(questions.get(2).scoredQuestion()).isEqualTo("where does it go?");
    assertThat(questions.get(2).question()).isEqualTo("what is the neapolitan");
  }

  @Test
  void badKindsKeyFactsAndFollowUpsAreReportedWithTheirLine() {
    assertFails(file("k.jsonl", """
        {"question": "q", "answer": "a", "kind": "trick"}
        """), "line 1: unknown kind \"trick\" (known: [open, computed, follow-up, out-of-scope, false-premise])");
    assertFails(file("f.jsonl", """
        {"question": "q", "answer": "a", "key_facts": ["phrase"]}
        """), "line 1: \"key_facts\" must be an array of groups, each an array of accepted strings, found \"phrase\"");
    assertFails(file("u.jsonl", """
        {"question": "q", "answer": "a", "kind": "follow-up"}
        """), "line 1: a follow-up needs \"followup\", and only a follow-up has one");
  }

  @Test
  void combinedFilesKeepTheirOrderAndRejectARepeatedId() {
    QuestionSet first = QuestionFiles.read(file("one.jsonl", """
        {"id": "x", "question": "q1", "answer": "a"}
        """));
    QuestionSet second = QuestionFiles.read(file("two.jsonl", """
        {"id": "y", "question": "q2", "answer": "a"}
        """));
    QuestionSet both = QuestionSet.combine(List.of(first, second));
    assertThat(both.questions()).extracting(EvalQuestion::id).containsExactly("x", "y");
    assertThat(both.source()).endsWith("two.jsonl");
    assertThatThrownBy(() -> QuestionSet.combine(List.of(first, first)))
        .hasMessageEndingWith("duplicate id \"x\" (also in " + first.source() + ")");
  }

  @Test
  void aBrokenJsonlLineIsReportedWithItsLine() {
    Path file = file("q.jsonl", """
        {"question": "What is a cadence?", "answer": "A phrase ending."}
        {"question": "What is a half cadence?",
        """);
    assertThatThrownBy(() -> QuestionFiles.read(file)).isInstanceOf(QuestionFileException.class)
        .hasMessageStartingWith(file + ": line 2: not valid JSON (JSONL needs one complete object per line)");
  }

  @Test
  void aJsonlLineWithoutAnAnswerIsReported() {
    assertFails(file("q.jsonl", "{\"question\": \"What is a cadence?\"}\n"), "line 1: missing \"answer\"");
  }

  @Test
  void aRepeatedIdIsReportedWithItsFirstPlace() {
    Path file = file("q.jsonl", """
        {"id": "a", "question": "Q1?", "answer": "A1"}
        {"id": "a", "question": "Q2?", "answer": "A2"}
        """);
    assertFails(file, "line 2: duplicate id \"a\" (first at line 1)");
  }

  @Test
  void relevantMustBeAListOfDocumentIds() {
    assertFails(file("q.jsonl", "{\"question\": \"Q?\", \"answer\": \"A\", \"relevant\": \"harmony/cadences\"}\n"),
        "line 1: \"relevant\" must be an array of document ids, found string");
  }

  @Test
  void anArrayInNeitherLayoutNamesTheElementAndItsKeys() {
    Path file = file("q.json", "[\n  {\"prompt\": \"Q?\", \"completion\": \"A\"}\n]\n");
    assertFails(file, "element 1 (line 2): neither Alpaca (\"instruction\") nor ShareGPT (\"conversations\") layout;"
        + " keys found: [prompt, completion]");
  }

  @Test
  void anArrayOfNonObjectsIsReportedAtItsFirstElement() {
    assertFails(file("q.json", "[\"What is a cadence?\"]"),
        "element 1 (line 1): neither Alpaca (\"instruction\") nor ShareGPT (\"conversations\") layout;"
            + " found a JSON string instead of an object");
  }

  @Test
  void anAlpacaElementWithoutAnAnswerIsReported() {
    Path file = file("alpaca.json", """
        [
          {"instruction": "What is a tritone?", "output": "Three whole steps."},
          {"instruction": "What is a fifth?"}
        ]
        """);
    assertFails(file, "element 2 (line 3): missing \"response\" or \"output\"");
  }

  @Test
  void anArrayMixingLayoutsIsReportedAtTheOddElement() {
    Path file = file("mixed.json", """
        [{"instruction": "What is a tritone?", "output": "Three whole steps."},
         {"conversations": [{"from": "human", "value": "Q?"}, {"from": "gpt", "value": "A"}]}]
        """);
    assertFails(file, "element 2 (line 2): missing \"instruction\" (the file is in Alpaca layout)");
  }

  @Test
  void aShareGptConversationWithoutAModelTurnIsReported() {
    Path file = file("sharegpt.json", "[{\"conversations\": [{\"from\": \"human\", \"value\": \"Q?\"}]}]");
    assertFails(file, "element 1 (line 1): no gpt turn after the first human turn");
  }

  @Test
  void anUnknownShareGptRoleIsReportedWithItsTurn() {
    Path file = file("sharegpt.json", "[{\"conversations\": [{\"from\": \"bob\", \"value\": \"Q?\"}]}]");
    assertFails(file, "element 1 (line 1), turn 1: unknown \"from\": \"bob\" (expected human, gpt or system)");
  }

  @Test
  void anEmptyFileAndAnEmptyArrayHoldNoQuestions() {
    assertFails(file("empty.jsonl", "  \n"), "empty file, expected questions");
    assertFails(file("empty.json", "[ ]"), "empty JSON array, expected questions");
  }

  @Test
  void aMissingFileIsNamed() {
    assertFails(temp.resolve("nowhere.jsonl"), "no such file");
  }
}
