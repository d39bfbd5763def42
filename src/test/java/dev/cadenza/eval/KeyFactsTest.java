package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFactsTest {

  @Test
  void aGroupIsCoveredWhenAnyAlternativeOccursAsWholeWords() {
    String answer = "Mixolydian is a major scale with a lowered seventh [1].";
    assertThat(KeyFacts.missed(answer, List.of(List.of("flat seventh", "lowered seventh"), List.of("major"))))
        .isEmpty();
    // "seven" is not a whole word of the answer, so its group is missed
    assertThat(KeyFacts.missed(answer, List.of(List.of("seven"), List.of("major"))))
        .containsExactly(List.of("seven"));
  }

  @Test
  void normalisationKeepsSharpsAndTheNoteNameAButDropsOtherPunctuationAndCase() {
    assertThat(KeyFacts.normalize("F♯, A-flat; (A minor) [2]")).isEqualTo(" f# a flat a minor ");
    // "F#" does not match "F", and "A minor" keeps its A
    assertThat(KeyFacts.missed("It spells Ab, C, Eb, F#.", List.of(List.of("F#"), List.of("Ab C Eb")))).isEmpty();
    assertThat(KeyFacts.missed("It spells Ab, C, Eb, F.", List.of(List.of("F#")))).hasSize(1);
    assertThat(KeyFacts.missed("the relative minor", List.of(List.of("A minor")))).hasSize(1);
  }

  @Test
  void longerWordsMatchWhateverTheirInflection() {
    assertThat(KeyFacts.missed("The leading tone wants to rise to the tonic.", List.of(List.of("rises")))).isEmpty();
    assertThat(KeyFacts.missed("It steps away from a chord tone.", List.of(List.of("step")))).isEmpty();
    assertThat(KeyFacts.missed("Harmonic minor raised the seventh.", List.of(List.of("raises the seventh")))).isEmpty();
    // Short words keep their form: "is" is not "i", "iii" is not "ii", "note" is not "not"
    assertThat(KeyFacts.missed("It is iii, a note.", List.of(List.of("i"), List.of("ii"), List.of("not")))).hasSize(3);
    // An inflection does not make another word: "rising" is not "risk"
    assertThat(KeyFacts.missed("a rising line", List.of(List.of("risk")))).hasSize(1);
  }

  @Test
  void coverageIsCoveredGroupsOverGroupsAndNullWithoutKeyFacts() {
    EvalQuestion question = new EvalQuestion("q", "form", "whats sonata form", "ref", List.of(), "line 1",
        QuestionKind.OPEN, List.of(List.of("exposition"), List.of("development"), List.of("recapitulation")), null);
    AnswerChecks checks = AnswerChecks.of(question, "Sonata form has an exposition and a development.");
    assertThat(checks.keyFactCoverage()).isEqualTo(2.0 / 3);
    assertThat(checks.missedKeyFacts()).containsExactly(List.of("recapitulation"));
    EvalQuestion plain = new EvalQuestion("p", null, "q?", "ref", List.of(), "line 2");
    assertThat(AnswerChecks.of(plain, "anything").keyFactCoverage()).isNull();
  }

  @Test
  void thePassagesHandedToTheAnswererAreCheckedForTheKeyFactsTheyHold() {
    EvalQuestion question = new EvalQuestion("q", "form", "whats sonata form", "ref", List.of(), "line 1",
        QuestionKind.OPEN, List.of(List.of("exposition"), List.of("development"), List.of("recapitulation")), null);
    AnswerChecks checks = AnswerChecks.of(question, "Sonata form has an exposition.",
        "Sonata form has an exposition and a development.\n\nThe recapitulation returns to the tonic.");
    assertThat(checks.keyFactCoverage()).isEqualTo(1.0 / 3);
    assertThat(checks.sourceKeyFacts()).isEqualTo(3);
    assertThat(checks.sourceKeyFactCoverage()).isEqualTo(1.0);
    // Unreported passages say nothing either way.
    assertThat(AnswerChecks.of(question, "Sonata form has an exposition.").sourceKeyFactCoverage()).isNull();
  }

  @Test
  void aFalsePremiseMustBeCorrectedInTheFirstSentence() {
    EvalQuestion question = new EvalQuestion("fp", "pitch", "why does C major have 2 sharps", "ref", List.of(),
        "line 1", QuestionKind.FALSE_PREMISE, List.of(List.of("no sharps")), null);
    assertThat(AnswerChecks.of(question, "C major has no sharps or flats. D major has two.").allKeyFactsCovered())
        .isTrue();
    assertThat(AnswerChecks.of(question, "The C major scale is C D E F G A B. It has no sharps.").allKeyFactsCovered())
        .isFalse();
  }
}
