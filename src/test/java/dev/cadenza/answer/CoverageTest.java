package dev.cadenza.answer;

import static dev.cadenza.answer.TestPassages.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.DefinitionRetriever;
import dev.cadenza.retrieve.LibraryWords;
import dev.cadenza.retrieve.TestLibraryWords;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.RankEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final List<Passage> CADENCES = List.of(
      passage(1, "Cadences", "", "A plagal cadence moves from IV to I. Capital letters mark major chords."),
      passage(2, "Rondo Form", "", "Beethoven's \"Für Elise\" is a five-part rondo."));
  private final GroundedComposer composer = new GroundedComposer();

  private Draft ask(String question, List<Passage> passages) {
    return composer.answer(new GenerationRequest(question, passages, List.of()));
  }

  @Test
  void aQuestionWhoseKeyWordsTheSourcesLackIsRefusedNamingTheNearestTopics() {
    Draft draft = ask("what is the capital of France?", CADENCES);
    assertThat(draft.covered()).isFalse();
    assertThat(draft.text()).startsWith(GroundedComposer.NOT_COVERED)
        .endsWith("The nearest topics I do cover are Cadences; Rondo Form.");
  }

  @Test
  void whoIsAskedAndHowTheAnswerIsArrangedCarryNoTopic() {
    List<Passage> modes = List.of(passage(1, "The Seven Diatonic Modes", "",
        "Ordered from brightest to darkest, the modes are Lydian, Ionian, Mixolydian, Dorian, Aeolian, Phrygian, Locrian."));
    assertThat(ask("can someone rank the modes from brightest to darkest", modes).covered()).isTrue();
    assertThat(ask("can anyone rank the guitar brands", modes).covered()).isFalse();
  }

  @Test
  void whatAStudentWantsOfATopicAndHowItStrikesThemCarryNoTopic() {
    List<Passage> turnarounds = List.of(passage(1, "Turnarounds", "The Tadd Dameron turnaround",
        "The Tadd Dameron turnaround replaces the chords A7, D7 and G7 with their tritone substitutes."));
    assertThat(ask("where do the weird chords in the tadd dameron turnaround come from", turnarounds).covered()).isTrue();
    assertThat(ask("whats the single biggest clue in the tadd dameron turnaround", turnarounds).covered()).isTrue();
    assertThat(ask("where do the weird chords in the coltrane matrix come from", turnarounds).covered()).isFalse();
    List<Passage> modes = List.of(passage(1, "The Seven Diatonic Modes", "Lydian",
        "The Lydian mode has a raised fourth degree, which makes it the brightest mode."));
    assertThat(ask("what makes lydian sound dreamy", modes).covered()).isTrue();
  }

  @Test
  void aMadeUpTermIsRefused() {
    assertThat(ask("what is a Zorblatt cadence", CADENCES).covered()).isFalse();
  }

  @Test
  void aMisspeltTermStillMeetsItsPassage() {
    Draft draft = ask("plagal cadance??", CADENCES);
    assertThat(draft.covered()).isTrue();
    assertThat(draft.text()).startsWith("A plagal cadence moves from IV to I. [1]");
  }

  @Test
  void aWhyQuestionNeedsMostOfItsWordsNotEveryWordOfItsClause() {
    List<Passage> dominant = List.of(passage(1, "Why the Dominant Resolves to the Tonic", "",
        "The dominant chord pulls to the tonic: its leading tone rises and its seventh falls."));
    assertThat(ask("Why does the dominant chord lead back to the tonic?", dominant).covered()).isTrue();
    assertThat(ask("what is a Zorblatt dominant chord", dominant).covered()).isFalse();
  }

  @Test
  void aLongSubjectIsAClauseThatNeedsMostOfItsWordsWhileANameNeedsAll() {
    List<Passage> neapolitan = List.of(passage(1, "The Neapolitan Sixth", "",
        "In four voices the Neapolitan sixth chord doubles its bass, the fourth degree of the key."));
    assertThat(ask("which note gets doubled when you write the neapolitan sixth chord for four voices", neapolitan)
        .covered()).as("'gets' and 'write' are missing, the rest is there").isTrue();
    assertThat(ask("what is the Zorblatt neapolitan chord", neapolitan).covered()).isFalse();
  }

  @Test
  void twoWordsThePassagesWriteAsOneMeetTheirWord() {
    List<Passage> meter = List.of(passage(1, "Hypermeter", "",
        "Hypermeter is the grouping of whole bars into larger strong and weak units, usually four bars."));
    Coverage coverage = new Coverage(meter, LibraryWords.NONE);
    assertThat(coverage.aligned(Terms.of("whats hyper meter in a phrase"))).contains("hypermeter").doesNotContain("hyper");
    assertThat(ask("whats hyper meter", meter).covered()).isTrue();
  }

  @Test
  void ordinalsInDigitsMeetTheirWordsInThePassages() {
    List<Passage> fifths = List.of(passage(1, "Parallel Fifths and Octaves", "",
        "Parallel fifths between two voices are avoided in chorales; move one voice by contrary motion instead."));
    assertThat(ask("how do i stop parallel 5ths in my chorale", fifths).covered()).isTrue();
  }

  @Test
  void aWhoQuestionNeedsOneSentenceWithAllItsKeyWords() {
    assertThat(ask("who wrote Für Elise", CADENCES).covered()).isFalse();
    assertThat(ask("what form is Für Elise in", CADENCES).covered()).isTrue();
    assertThat(ask("how many rondos did Beethoven write", CADENCES).covered()).as("a count of what someone did").isFalse();
    assertThat(ask("how many parts does Für Elise have", CADENCES).covered()).isTrue();
    List<Passage> dots = List.of(passage(1, "Dots and Ties", "", "A dot after a note adds half of the note's own value."));
    assertThat(ask("how much does a dot add to a note", dots).covered()).as("an amount, not a fact about a person").isTrue();
    List<Passage> circle = List.of(passage(1, "The Circle of Fifths", "",
        "Inner labels show each major key's relative minor, which shares its signature."));
    assertThat(ask("where do the relative minors go on the circle of fifths", circle).covered())
        .as("a place in a figure, not in the world").isTrue();
    assertThat(ask("where was the circle of fifths invented", circle).covered()).isFalse();
    List<SourceSentence> hemiola = SourceSentence.of(List.of(passage(1, "Compound Meter", "", "Overlaying the two"
        + " groupings creates hemiola, a favourite effect in Baroque cadences."))).getFirst();
    for (String inMusic : List.of("where do hemiolas turn up", "where do hemiolas show up", "where do hemiolas occur",
        "where do the half steps land in a major scale", "where do the half steps fall")) {
      assertThat(Coverage.unanswered(inMusic, Terms.of(inMusic), hemiola)).as("a place in music: " + inMusic).isFalse();
    }
    assertThat(Coverage.unanswered("where was hemiola invented", Terms.of("where was hemiola invented"), hemiola))
        .isTrue();
    List<Passage> applied = List.of(passage(1, "Secondary Leading-Tone Chords", "",
        "The half-diminished viiø7/x is normally used only before major targets."));
    assertThat(ask("when is it ok to use a half-diminished viiø7 as an applied chord", applied).covered())
        .as("conditions, not a fact").isTrue();
    assertThat(ask("when was the half-diminished chord first used", applied).covered()).isFalse();
    List<Passage> voicings = List.of(passage(1, "Jazz Voicings", "",
        "In a rootless voicing the bass player plays the root, so the piano adds a ninth or a thirteenth instead."));
    assertThat(ask("who plays the root in a rootless voicing", voicings).covered()).as("a part in a band, not a person")
        .isTrue();
  }

  @Test
  void whoSaysSoIsNoTopic() {
    List<Passage> rhythm = List.of(passage(1, "Harmonic Rhythm", "",
        "Many textbooks advise students to change harmony across the bar line, at the start of a phrase especially."));
    assertThat(ask("why do teachers say change harmony across the bar line", rhythm).covered()).isTrue();
  }

  @Test
  void passagesFarFromTheQuestionInMeaningAreNoAnswer() {
    Passage far = new Passage(new StoredChunk("d#0", "d", "Cadences", "", "A plagal cadence moves from IV to I.", "beginner",
        "harmony", 0), 1, 0.01, TestPassages.evidence(1, 1f, 1, 0.55f));
    assertThat(ask("plagal cadence", List.of(far)).covered()).isFalse();
  }

  @Test
  void aPassageDefiningTheSubjectAnswersItHoweverFarTheEmbeddings() {
    List<RankEvidence> evidence = new java.util.ArrayList<>(TestPassages.evidence(1, 1f, 1, 0.55f));
    evidence.add(new RankEvidence(DefinitionRetriever.NAME, 1, 0.55f));
    Passage entry = new Passage(new StoredChunk("g#0", "g", "Glossary of Rhythm", "", "Hemiola: two bars of 3/4 heard as three of 2/4.",
        "beginner", "rhythm", 0), 1, 0.05, evidence);
    assertThat(ask("whats hemiola", List.of(entry)).covered()).isTrue();
  }

  @Test
  void wordsCommonAcrossTheLibraryAreNotKeyWordsButRareOnesAre() {
    List<Passage> clefs = List.of(passage(1, "The Staff and Clefs", "",
        "The tenor clef is a C clef on the fourth line; cellos and bassoons read it for high passages."));
    GroundedComposer knowing = new GroundedComposer(GroundedComposer.Options.DEFAULT,
        TestLibraryWords.of(library("uses", "even", "real")));
    assertThat(ask("tenor clef who uses it, is it even real", clefs).covered()).as("without a library's words").isFalse();
    assertThat(knowing.answer(new GenerationRequest("tenor clef who uses it, is it even real", clefs, List.of())).covered())
        .isTrue();
    assertThat(knowing.answer(new GenerationRequest("what tenor clef does a steinway use", clefs, List.of())).covered())
        .as("'steinway' is in no document").isFalse();
  }

  /** Thirty documents, each holding the common words, and one about clefs. */
  private static List<StoredChunk> library(String... commonWords) {
    List<StoredChunk> chunks = new java.util.ArrayList<>();
    for (int d = 0; d < 30; d++) {
      chunks.add(new StoredChunk("doc" + d + "#0", "doc" + d, "Doc " + d, "", String.join(" ", commonWords) + " cadence",
          "beginner", "harmony", 0));
    }
    return chunks;
  }

  @Test
  void wordsOneEditApart() {
    assertThat(Coverage.oneEditApart("cadanc", "cadenc")).isTrue();
    assertThat(Coverage.oneEditApart("phrygian", "phrigian")).isTrue();
    assertThat(Coverage.oneEditApart("brand", "grand")).as("five letters are too few to correct").isFalse();
    assertThat(Coverage.oneEditApart("fifth", "sixth")).isFalse();
  }
}
