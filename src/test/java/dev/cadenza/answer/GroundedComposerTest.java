package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundedComposerTest {

  private static Passage passage(int rank, String title, String text) {
    return new Passage(new StoredChunk("d" + rank + "#0", "d" + rank, title, "", text, "beginner", "harmony", 0),
        rank, 1.0 / (60 + rank), TestPassages.evidence(rank, 1f, rank, 1f));
  }

  private final GroundedComposer composer = new GroundedComposer();

  @Test
  void answersFromMatchingSentencesWithCitations() {
    Draft draft = composer.answer(new GenerationRequest("What is a deceptive cadence?", List.of(
        passage(1, "Cadences", "A deceptive cadence moves from V to vi. It surprises the listener because the tonic is expected."),
        passage(2, "Intervals", "A major third spans four semitones.")), List.of()));
    assertThat(draft.covered()).isTrue();
    assertThat(draft.text()).startsWith("A deceptive cadence moves from V to vi. [1]");
    assertThat(draft.text()).doesNotContain("[2]");
  }

  @Test
  void theSentenceOpeningTheAnswersParagraphComesWithIt() {
    Draft draft = composer.answer(new GenerationRequest("why is the 7th note of natural minor called subtonic not leading tone",
        List.of(passage(1, "Minor Scales", "Minor keys have three scale forms.\n\nIn natural minor, the seventh degree lies a"
            + " whole step below the tonic. A seventh degree in that position is called the subtonic, and it lacks the"
            + " strong upward pull of a leading tone.\n\nThe sixth degree in minor is called the submediant.")), List.of()));
    assertThat(draft.text()).startsWith("In natural minor, the seventh degree lies a whole step below the tonic. [1] A"
        + " seventh degree in that position is called the subtonic");
  }

  @Test
  void aDefinitionStillLeadsItsAnswer() {
    Draft draft = composer.answer(new GenerationRequest("what is harmonic rhythm", List.of(passage(1, "Harmony",
        "Every style has a harmonic rhythm of its own. Harmonic rhythm is the rhythm of the chord changes. It is separate from the"
            + " rhythm of the melody.")), List.of()));
    assertThat(draft.text()).startsWith("Harmonic rhythm is the rhythm of the chord changes. [1]");
  }

  @Test
  void aHowToQuestionIsAnsweredFromTheSectionThatSaysHowToDoIt() {
    Passage definition = passage(1, "Secondary Dominants",
        "A secondary dominant is a major triad or dominant seventh chord that acts as the dominant of a chord other than"
            + " the tonic. Secondary dominants are the most common chromatic chords.");
    Passage steps = TestPassages.passage(2, "Secondary Dominants", "How to spell a secondary dominant",
        "1. Find the root of the target chord.\n2. Go up a perfect fifth from that root. This is the root of the"
            + " secondary dominant.\n3. Build a major triad on that root.\n\nThe accidentals that appear are the clue.");
    Draft draft = composer.answer(new GenerationRequest("how do i spell a secondary dominant", List.of(definition, steps),
        List.of()));
    assertThat(draft.text()).startsWith("- Find the root of the target chord. [2]")
        .contains("- Go up a perfect fifth from that root. [2]");
  }

  @Test
  void aQuestionAboutHearingIsAnsweredFromTheEarTrainingPassages() {
    Passage theory = passage(1, "Triads", "A major triad is a major third with a minor third above it, as in C, E, G.");
    Passage ear = TestPassages.passage(2, "Chord Quality Recognition", "The four triad qualities",
        "A major triad sounds bright and stable. Listen for the third: it is the note that tells major from minor.",
        "ear-training");
    assertThat(composer.answer(new GenerationRequest("how do i hear a major triad", List.of(theory, ear), List.of())).text())
        .startsWith("A major triad sounds bright and stable. [2]").doesNotContain("[1]");
    assertThat(composer.answer(new GenerationRequest("what is a major triad", List.of(theory, ear), List.of())).text())
        .startsWith("A major triad is a major third with a minor third above it, as in C, E, G. [1]");
  }

  @Test
  void saysSourcesDoNotCoverAnOffTopicQuestion() {
    Draft draft = composer.answer(new GenerationRequest("How do I bake sourdough bread?", List.of(
        passage(1, "Cadences", "A deceptive cadence moves from V to vi.")), List.of()));
    assertThat(draft.covered()).isFalse();
    assertThat(draft.text()).startsWith(GroundedComposer.NOT_COVERED).contains("nearest topics I do cover are Cadences");
  }

  @Test
  void factsTheQuestionOnlyNamesComeBeforeTheAnswerToWhatItAsks() {
    List<Passage> passages = List.of(passage(1, "Reharmonization", "A passing diminished seventh chord fills the whole step"
        + " between two chords a step apart. Between Cmaj7 and Dm7, insert C#dim7."));
    List<String> spellings = List.of("Cmaj7 is spelled C, E, G, B. Dm7 is spelled D, F, A, C.");
    Draft draft = composer.answer(new GenerationRequest("passing diminished chord between Cmaj7 and Dm7", passages, spellings));
    assertThat(draft.text()).startsWith(spellings.getFirst()).contains("insert C#dim7");
    assertThat(composer.answer(new GenerationRequest("spell Cmaj7 and Dm7", passages, spellings)).text())
        .as("asked for the spellings only").doesNotContain("C#dim7");
  }

  @Test
  void aSizeOrDegreeInWordsIsNoOpenPartBeyondFactsStatingItInDigits() {
    List<Passage> passages = List.of(passage(1, "Augmented sixth chords", "Augmented sixth chords are built around an"
        + " augmented sixth between the lowered sixth degree and the raised fourth degree."));
    List<String> mode = List.of("The mode on degree 6 of C major is A natural minor: A, B, C, D, E, F, G.");
    assertThat(composer.answer(new GenerationRequest("what mode is built on the 6th degree of C major", passages, mode))
        .text()).doesNotContain("Augmented sixth");
    assertThat(composer.answer(new GenerationRequest("which mode starts on the sixth degree of C major", passages, mode))
        .text()).doesNotContain("Augmented sixth");
  }

  @Test
  void exactFactsComeFirst() {
    Draft draft = composer.answer(new GenerationRequest("Spell the G dominant seventh chord", List.of(
        passage(1, "Seventh chords", "A dominant seventh chord stacks a major triad and a minor seventh above the root.")),
        List.of("G7 is spelled G, B, D, F.")));
    assertThat(draft.text()).startsWith("G7 is spelled G, B, D, F. A dominant seventh chord");
  }

  @Test
  void noPassagesMeansNotCovered() {
    assertThat(composer.answer(new GenerationRequest("What is a cadence?", List.of(), List.of())).covered()).isFalse();
  }

  @Test
  void sentenceThatLeansOnAnEarlierOneDoesNotLead() {
    Draft draft = composer.answer(new GenerationRequest("Why does the leading tone pull to the tonic?", List.of(
        passage(1, "Leading tone", "Because it lies a half step below the tonic, the leading tone pulls upward."
            + " The leading tone pulls to the tonic because the half step is the smallest step in the scale.")), List.of()));
    assertThat(draft.text()).startsWith("The leading tone pulls to the tonic because");
  }

  @Test
  void afterAnExactAnswerOneSentenceOfContextAboutTheConceptNotTheNotes() {
    Draft draft = composer.answer(new GenerationRequest("Spell a D# major 13th chord", List.of(
        passage(1, "Augmented sixths", "Some theorists spell the chord with D# in C major so that D# can rise to E."),
        passage(2, "Extended chords", "On D#, the major thirteenth chord is spelled D#, F##, A#, C##, E#, G#, B#."
            + " A thirteenth chord stacks every letter of the scale in thirds."
            + " The eleventh of a major thirteenth chord is usually left out.")),
        List.of("A D# major 13th chord (D#maj13) is spelled D#, F##, A#, C##, E#, G#, B#.")));

    String context = draft.text().substring("A D# major 13th chord (D#maj13) is spelled D#, F##, A#, C##, E#, G#, B#. ".length());
    assertThat(context).as("one sentence about thirteenth chords, not the repeated spelling nor the D# of another topic")
        .isIn("A thirteenth chord stacks every letter of the scale in thirds. [2]",
            "The eleventh of a major thirteenth chord is usually left out. [2]");
  }

  @Test
  void exercisePromptsAndListAnnouncementsDoNotLead() {
    Draft draft = composer.answer(new GenerationRequest("How is the relative minor of a major key found?", List.of(
        passage(1, "Relative keys", "Find the relative minor of Ab major."
            + " Three ways of finding the relative minor key exist."
            + " The relative minor of a major key starts on its sixth degree, a minor third below.")), List.of()));

    assertThat(draft.text()).startsWith("The relative minor of a major key starts on its sixth degree");
  }

  @Test
  void aSectionLeadInIsNeverTheAnswerOnItsOwn() {
    Draft draft = composer.answer(new GenerationRequest("What is a Picardy third?", List.of(
        passage(1, "Modal mixture", "Mixture in minor: the Picardy third. In a minor key, the most common use of mixture"
            + " is the reverse: ending on a major tonic. This raised third in the final chord is the Picardy third.")),
        List.of()));

    assertThat(draft.text()).startsWith("In a minor key, the most common use of mixture is the reverse")
        .contains("This raised third in the final chord is the Picardy third.")
        .doesNotContain("Mixture in minor: the Picardy third. [1]");
  }

  @Test
  void aSentenceFromAnotherDocumentJoinsOnlyWhenItNamesTheWholeSubject() {
    Draft draft = composer.answer(new GenerationRequest("What is a Picardy third?", List.of(
        passage(1, "Modal mixture", "A Picardy third is a major tonic chord ending a minor-key piece."),
        passage(2, "Third species", "In third species the counterpoint moves in quarter notes against the cantus."),
        passage(3, "Chorales", "Bach often closes a minor chorale with a Picardy third.")), List.of()));

    assertThat(draft.text()).startsWith("A Picardy third is a major tonic chord")
        .contains("Bach often closes a minor chorale with a Picardy third.").doesNotContain("third species");
  }

  @Test
  void sentencesFromOneSourceStayTogetherInTheOrderChosen() {
    List<List<SourceSentence>> sentences = SourceSentence.of(List.of(
        passage(1, "Voicings", "Rootless voicings have four notes. A voicings put the third at the bottom."),
        passage(2, "Shells", "A shell voicing plays the root with the third or seventh.")));
    SourceSentence first = sentences.get(0).get(0);
    SourceSentence second = sentences.get(0).get(1);
    SourceSentence other = sentences.get(1).get(0);
    assertThat(GroundedComposer.bySource(List.of(second, other, first))).containsExactly(second, first, other);
  }
}
