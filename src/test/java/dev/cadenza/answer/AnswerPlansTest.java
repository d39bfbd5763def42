package dev.cadenza.answer;

import static dev.cadenza.answer.TestPassages.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.retrieve.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded composer's plan per question form, on small passages. */
class AnswerPlansTest {

  private final GroundedComposer composer = new GroundedComposer();

  private String answer(String question, Passage... passages) {
    Draft draft = composer.answer(new GenerationRequest(question, List.of(passages), List.of()));
    assertThat(draft.covered()).as(draft.text()).isTrue();
    return draft.text();
  }

  @Test
  void aDefinitionLeadsWithTheSentenceWhoseSubjectIsTheTermThenItsParagraphThenAnExample() {
    String text = answer("What is sonata form?",
        passage(1, "Sonata Form", "Development", "The development of sonata form takes material from the exposition."),
        passage(2, "Sonata Form", "", "Sonata form is the usual design of Classical first movements. Its core is a"
            + " drama of two keys. The three main parts are the exposition, the development and the recapitulation.\n\n"
            + "A glossary of terms follows."),
        passage(3, "Form", "", "For example, the first movement of Mozart's K. 545 is in sonata form."));
    assertThat(text).startsWith("Sonata form is the usual design of Classical first movements. [2] Its core is a drama"
        + " of two keys. [2] The three main parts are the exposition, the development and the recapitulation. [2]");
    assertThat(text).contains("For example, the first movement of Mozart's K. 545 is in sonata form. [3]")
        .doesNotContain("glossary");
  }

  @Test
  void aListOfTestsThatAskStaysWholeWithTheirQuestions() {
    String text = answer("how do i tell ternary from rounded binary",
        passage(1, "Ternary Form", "Ternary Versus Rounded Binary", "Students often confuse ternary form with rounded"
            + " binary, because both bring back opening material. Two tests help:\n\n1. Is the first A section"
            + " harmonically closed? If yes, ternary is likely.\n2. How are the repeats arranged? In rounded binary, the"
            + " B section and the return are repeated together."));
    assertThat(text).contains("Two tests help: [1]\n- Is the first A section harmonically closed? [1] If yes, ternary"
        + " is likely. [1]\n- How are the repeats arranged? [1] In rounded binary, the B section and the return are"
        + " repeated together. [1]");
  }

  @Test
  void aShortSentenceOpeningItsParagraphIsReadOnThroughWhatItAnnounces() {
    String text = answer("how does the ending of a first species exercise work",
        passage(1, "First-Species Counterpoint", "The Cadence", "The ending follows a fixed pattern. The cantus firmus"
            + " descends by step to the final. The counterpoint approaches the final from the other side, using the"
            + " raised leading tone. Above, a major sixth expands to an octave.\n\nA worked example follows."));
    assertThat(text).startsWith("The ending follows a fixed pattern. [1] The cantus firmus descends by step to the final."
        + " [1] The counterpoint approaches the final from the other side, using the raised leading tone. [1] Above, a"
        + " major sixth expands to an octave. [1]").doesNotContain("worked example");
  }

  @Test
  void whatThePageGoesOnToCoverIsLeftOutOfTheRun() {
    String text = answer("what is a phrase",
        passage(1, "Phrase and Cadence", "", "A phrase is a musical thought that ends with a cadence. This page defines"
            + " the phrase and describes the standard cadence types. Most phrases last four bars."));
    assertThat(text).startsWith("A phrase is a musical thought that ends with a cadence. [1] Most phrases last four"
        + " bars. [1]").doesNotContain("This page");
  }

  @Test
  void aSectionTitledWithTheWholeSubjectAnchorsTheAnswerThoughItsSentencesDoNotRepeatTheTitle() {
    String text = answer("what is functional harmony",
        passage(1, "Functional Harmony", "", "Chords fall into three families: tonic, predominant and dominant."
            + " Each family has a typical place in a phrase."));
    assertThat(text).startsWith("Chords fall into three families: tonic, predominant and dominant. [1]");
  }

  @Test
  void underATitleNamingTheWholeSubjectADefinitionMayLeaveOutAWordAfterTheFirst() {
    String text = answer("what is a neapolitan 6th chord",
        passage(1, "The Neapolitan Sixth Chord", "", "The Neapolitan chord is a major triad built on the lowered second"
            + " degree. It usually appears in first inversion, so it is called the Neapolitan sixth."),
        passage(2, "The Neapolitan Sixth Chord", "Root position", "In C minor, Ab, C, Eb, Gb (V7/N) leads to Db, F, Ab."
            + " The Neapolitan sixth chord also appears in root position."));
    assertThat(text).startsWith("The Neapolitan chord is a major triad built on the lowered second degree. [1]");
  }

  @Test
  void withinAPassageTitledByTheTopicTheSentenceSayingTheRestOfTheQuestionOpens() {
    String text = answer("which diatonic chord in a major key gets used the least",
        passage(1, "Diatonic Chords in Major Keys", "", "A diatonic chord uses only the notes of the key. Each one has a"
            + " fixed quality. The iii chord is the least used of the diatonic chords."));
    assertThat(text).startsWith("The iii chord is the least used of the diatonic chords. [1]");
  }

  @Test
  void aPartOfAWholeIsAnsweredFromTheSectionHeadedByThePartWithTheListItsParagraphAnnounces() {
    String text = answer("what is the development in sonata form",
        passage(1, "Sonata Form", "", "Sonata form is a form in three parts: exposition, development and"
            + " recapitulation. Sonata form shapes most first movements. Many finales are in sonata form too."),
        passage(2, "Sonata Form", "Development", "The development takes material from the exposition and puts it"
            + " through unstable treatment. Typical techniques:\n\n- Modulation through several keys.\n- Fragmentation"
            + " of themes into motives."));
    assertThat(text).startsWith("The development takes material from the exposition and puts it through unstable"
        + " treatment. [2] Typical techniques: [2]\n- Modulation through several keys. [2]\n- Fragmentation of themes"
        + " into motives. [2]");
  }

  @Test
  void aGlossaryEntryForThePartDefinesItThoughItsLabelCarriesAnAbbreviation() {
    String text = answer("whats a medial caesura in sonata form",
        passage(1, "Sonata Form", "Analysing a Sonata Movement", "In the exposition, locate the medial caesura and the"
            + " first cadence in the new key. Then compare the recapitulation."),
        passage(2, "Glossary of Form", "", "Medial caesura (MC): the break that ends the transition and precedes the"
            + " secondary theme."));
    assertThat(text).startsWith("Medial caesura (MC): the break that ends the transition and precedes the secondary"
        + " theme. [2]").doesNotContain("locate");
  }

  @Test
  void anOpeningThatLeadsOnlyIntoATableGivesWayToTheNextBestSentence() {
    String text = answer("how do i make the jazz turnaround more chromatic",
        passage(1, "Turnarounds", "", "In F, the chromatic jazz turnaround plan is:\n\n| Bar | Chord |\n| 1 | Fmaj7 |"),
        passage(2, "Turnarounds", "Passing diminished", "A passing diminished chord makes the turnaround chromatic:"
            + " Cmaj7, C#dim7, Dm7, G7."));
    assertThat(text).startsWith("A passing diminished chord makes the turnaround chromatic: Cmaj7, C#dim7, Dm7, G7. [2]");
  }

  @Test
  void aDefinitionReadsOnThroughItsParagraphThenStopsAtTheNext() {
    String text = answer("tritone substitution explain",
        passage(1, "Tritone Substitution", "", "Tritone substitution replaces a dominant seventh with the dominant a"
            + " tritone away. The best known case swaps G7 for Db7 before C. The bass then falls by half step.\n\n"
            + "Players learn it early."));
    assertThat(text).isEqualTo("Tritone substitution replaces a dominant seventh with the dominant a tritone away. [1]"
        + " The best known case swaps G7 for Db7 before C. [1] The bass then falls by half step. [1]");
  }

  @Test
  void aLeadInWhoseListSaysNothingOfTheQuestionDoesNotOpenTheAnswer() {
    String text = answer("how do i make a jazz turnaround chromatic",
        passage(1, "The Blues Form", "", "In F, a common jazz key, the turnaround plan is:\n\n| Bars 1-4 | F7 | Bb7 |\n"
            + "| Bars 5-8 | C7 | F7 |"),
        passage(2, "Turnarounds", "", "A passing diminished chord makes a turnaround chromatic: Cmaj7, C#dim7, Dm7."));
    assertThat(text).startsWith("A passing diminished chord makes a turnaround chromatic: Cmaj7, C#dim7, Dm7. [2]");
  }

  @Test
  void aLaterSentenceOfAListItemComesWithTheWholeItem() {
    String text = answer("what is the andalusian cadence",
        passage(1, "Common Pop Progressions", "Other patterns", "Other frequent patterns:\n\n- The lament, i-bVII-bVI-V,"
            + " walks the bass down by step. In A minor it is Am, G, F, E. The last chord is major. This pattern is also"
            + " known as the Andalusian cadence.\n- The doo-wop loop is I-vi-IV-V."));
    assertThat(text).startsWith("The lament, i-bVII-bVI-V, walks the bass down by step. [1] In A minor it is Am, G, F, E."
        + " [1] The last chord is major. [1] This pattern is also known as the Andalusian cadence. [1]");
  }

  @Test
  void aListItemOpeningTheAnswerIsQuotedWhole() {
    String text = answer("unequal fifths allowed?",
        passage(1, "Parallel Fifths", "Exceptions", "Some cases are allowed:\n\n- Unequal fifths: a perfect fifth moving to"
            + " a diminished fifth is accepted. A diminished fifth moving to a perfect fifth is avoided.\n- Octaves by"
            + " contrary motion are another matter."));
    assertThat(text).startsWith("Unequal fifths: a perfect fifth moving to a diminished fifth is accepted. [1] A"
        + " diminished fifth moving to a perfect fifth is avoided. [1]");
  }

  @Test
  void askingWhetherSomethingIsEverAllowedIsAnsweredByTheRuleAndItsWholeListOfConditions() {
    Passage hidden = passage(1, "Hidden Fifths and Octaves", "", "Hidden fifths occur when two voices move in the same"
        + " direction into a perfect fifth.\n\nTeachers differ; a compact version follows:\n\n- Hidden fifths matter"
        + " only between the outer voices.\n- They are allowed if the soprano moves by step.\n- They are objectionable"
        + " if the soprano leaps.");
    assertThat(answer("are hidden fifths ever allowed?", hidden)).contains("- Hidden fifths matter only between the outer"
        + " voices. [1]\n- They are allowed if the soprano moves by step. [1]\n- They are objectionable if the soprano"
        + " leaps. [1]");
  }

  @Test
  void aRuleAskedAboutGetsItsConditionsFromAnotherPassageWhenTheAnswerStatesNone() {
    Passage why = passage(1, "Hidden Fifths and Octaves", "", "Hidden octaves occur when two voices move in the same"
        + " direction into a perfect octave. They are a milder fault, and in four-part writing most textbooks restrict the"
        + " rule to one situation.\n\nStudents moving from counterpoint to chorale-style harmony should note that the"
        + " four-part rule is more relaxed, not that the counterpoint rule was wrong.");
    Passage rule = passage(2, "Hidden Fifths and Octaves", "The Rule in Four-Part Writing", "Most classes follow a"
        + " compact version:\n\n- Hidden octaves matter only between the outer voices.\n- They are acceptable if the"
        + " soprano moves by step.\n- They are objectionable if the soprano leaps.");
    String text = answer("are hidden octaves always wrong in part writing", why, rule);
    assertThat(text).contains("- Hidden octaves matter only between the outer voices. [2]\n"
        + "- They are acceptable if the soprano moves by step. [2]\n- They are objectionable if the soprano leaps. [2]");
    // Asking for exceptions asks for the conditions too.
    assertThat(answer("are there any exceptions to hidden octaves in part writing", why, rule))
        .contains("- They are acceptable if the soprano moves by step. [2]");
  }

  @Test
  void aWordThatSortsIntoKindsDoesNotPickTheOpeningSentence() {
    String text = answer("what are rootless voicings, A and B type?", passage(1, "Jazz Piano Voicings",
        "Rootless A and B voicings", "The standard rootless voicings have four notes and come in two inversions. A"
            + " voicings have the third on the bottom and B voicings have the seventh on the bottom.\n\nAlternate the two"
            + " types through a progression and the voice leading becomes almost effortless."));
    assertThat(text).startsWith("The standard rootless voicings have four notes and come in two inversions. [1] A"
        + " voicings have the third on the bottom and B voicings have the seventh on the bottom. [1]");
  }

  @Test
  void aComparisonSideWithAWordNoPassageUsesIsSoughtWithoutIt() {
    String text = answer("fully diminished seventh vs half diminished seventh",
        passage(1, "Seventh Chords", "", "A diminished seventh chord is built of three minor thirds."
            + " A half-diminished seventh chord is a diminished triad plus a minor seventh."));
    assertThat(text).contains("A diminished seventh chord is built of three minor thirds. [1]")
        .contains("A half-diminished seventh chord is a diminished triad plus a minor seventh. [1]");
  }

  @Test
  void aMinorSixthChordDoesNotDefineAFrenchSixthChord() {
    String text = answer("what is a french sixth chord",
        passage(1, "Augmented Sixth Chords", "", "A minor sixth chord is a minor triad with an added major sixth."
            + " It is common in jazz."),
        passage(2, "Augmented Sixth Chords", "The French sixth", "The French sixth adds the second degree to the Italian"
            + " sixth. Its four notes hold two major thirds."));
    assertThat(text).startsWith("The French sixth adds the second degree to the Italian sixth. [2]");
  }

  @Test
  void aGlossaryEntryDefinesItsHeadword() {
    String text = answer("whats figured bass",
        passage(1, "Figured Bass", "", "To realize a figured bass means to write out the upper voices."),
        passage(2, "Glossary", "", "Figured bass. Numbers below a bass line that give the intervals above the bass."));
    assertThat(text).startsWith("Figured bass: Numbers below a bass line that give the intervals above the bass. [2]");
  }

  @Test
  void aComparisonGivesEachSideThenTheContrast() {
    String text = answer("difference between a half cadence and an authentic cadence",
        passage(1, "Cadences", "", "An authentic cadence is a close from V to I. Composers like it."),
        passage(2, "Cadences", "", "A half cadence is a phrase ending on V."),
        passage(3, "Phrases", "", "A half cadence sounds open, while an authentic cadence sounds closed."));
    assertThat(text).isEqualTo("A half cadence is a phrase ending on V. [2] An authentic cadence is a close from V to I. [1]"
        + " Composers like it. [1] A half cadence sounds open, while an authentic cadence sounds closed. [3]");
  }

  @Test
  void aComparisonSideIsLedByTheSentenceAboutItNotOneOpeningOnTheOtherSide() {
    String text = answer("voice crossing vs voice overlap",
        passage(1, "Errors", "", "Voice crossing happens inside a single chord, when a lower voice is written above a"
            + " higher one. Voice overlap happens between two chords, when a voice moves past its neighbour's old note."),
        passage(2, "Why", "", "Overlaps damage voice independence in much the same way voice crossings do."));
    assertThat(text).startsWith("Voice crossing happens inside a single chord, when a lower voice is written above a"
        + " higher one. [1] Voice overlap happens between two chords");
  }

  @Test
  void aClauseSayingWhenSomethingHappensDefinesNothing() {
    String text = answer("tie vs slur",
        passage(1, "Ties", "", "When a tie occurs across a barline, the second note is not struck again."
            + " A tie is a curve joining two notes of the same pitch."),
        passage(2, "Slurs", "", "A slur is a curve over notes of different pitch."));
    assertThat(text).startsWith("A tie is a curve joining two notes of the same pitch. [1]");
  }

  @Test
  void aShortComparisonGoesOnWithWhatElseThePassagesSayOfItsSides() {
    String text = answer("movable do vs fixed do",
        passage(1, "Solfege", "", "In movable do, do is always the tonic of the current key."),
        passage(2, "Solfege", "", "Fixed do ties each syllable to a pitch letter, so do is always C."),
        passage(3, "Sight singing", "", "Movable do lets a singer hear every key's scale degrees the same way."));
    assertThat(text).contains("the tonic of the current key", "do is always C", "every key's scale degrees");
  }

  @Test
  void comparisonSidesThatLeanOnOneLeadInComeWithItOnce() {
    String text = answer("open position vs close position",
        passage(1, "Spacing", "", "A major chord's upper voices can be spaced two ways. Its close position keeps them"
            + " within an octave. Its open position spreads them over more than an octave. Pianists favour the first."));
    assertThat(text).isEqualTo("A major chord's upper voices can be spaced two ways. [1] Its close position keeps them within"
        + " an octave. [1] Its open position spreads them over more than an octave. [1]");
  }

  @Test
  void aComparisonOfThreeGivesEachOfThem() {
    String text = answer("dorian vs phrygian vs lydian mode",
        passage(1, "Modes", "", "The Dorian mode is minor with a raised sixth degree."),
        passage(2, "Modes", "", "The Phrygian mode is minor with a lowered second degree."),
        passage(3, "Modes", "", "The Lydian mode is major with a raised fourth degree."));
    assertThat(text).contains("raised sixth", "lowered second", "raised fourth");
  }

  @Test
  void aSideNamedWithTheOtherSidesNounIsFoundWithoutIt() {
    String text = answer("how is a fugue different from a canon form",
        passage(1, "Imitation", "", "A fugue develops one subject through entries in every voice."),
        passage(2, "Imitation", "", "A canon form repeats the whole leading line strictly in a following voice."));
    assertThat(text).contains("A fugue develops", "A canon form repeats");
  }

  @Test
  void aListQuestionGetsTheWholeList() {
    String text = answer("what are the types of motion between two voices",
        passage(1, "Motion", "", "Two voices can move in four types of motion:\n- Parallel motion: both move the same way"
            + " by the same interval.\n- Similar motion: both move the same way by different intervals.\n"
            + "- Contrary motion: they move in opposite directions.\n- Oblique motion: one voice holds while the other moves."));
    assertThat(text).contains("- Parallel motion", "- Similar motion", "- Contrary motion", "- Oblique motion");
    assertThat(text.indexOf("Parallel")).isLessThan(text.indexOf("Oblique"));
  }

  @Test
  void aListOfGlossaryEntriesIsKeptWholeFromItsFirstEntry() {
    String text = answer("types of motion between 2 voices", passage(1, "Glossary of Voice-Leading Terms", "Types of Motion",
        "Contrary motion: Two voices move in opposite directions.\n\nSimilar motion: Two voices move in the same direction"
            + " by different intervals.\n\nParallel motion: Two voices move in the same direction and keep the same interval."
            + "\n\nOblique motion: One voice holds or repeats a note while the other moves."));
    assertThat(text).contains("Contrary motion", "Similar motion", "Parallel motion", "Oblique motion");
    assertThat(text.indexOf("Contrary")).isLessThan(text.indexOf("Similar"));
  }

  @Test
  void aListGivenAsATableIsQuotedRowByRowUnderItsHeadings() {
    String text = answer("what are the note values and their beats in 4/4",
        passage(1, "Note values", "", "In 4/4 the note values last these numbers of beats:\n\n| Note value | Beats |\n"
            + "|---|---|\n| whole note | 4 |\n| half note | 2 |\n| quarter note | 1 |"));
    assertThat(text).isEqualTo("In 4/4 the note values last these numbers of beats: [1]\n- Note value: whole note; Beats: 4. [1]"
        + "\n- Note value: half note; Beats: 2. [1]\n- Note value: quarter note; Beats: 1. [1]");
  }

  @Test
  void aParagraphEndingWithoutAColonStillBringsTheListAfterIt() {
    String text = answer("which clefs are c clefs",
        passage(1, "Clefs", "", "Some clefs are C clefs, which place middle C on a line of the staff.\n\n"
            + "- The alto clef puts middle C on the third line.\n- The tenor clef puts middle C on the fourth line."));
    assertThat(text).isEqualTo("Some clefs are C clefs, which place middle C on a line of the staff. [1]\n"
        + "- The alto clef puts middle C on the third line. [1]\n- The tenor clef puts middle C on the fourth line. [1]");
  }

  @Test
  void aParagraphOfSixRelevantSentencesIsQuotedWholeAndTheSeventhIsLeftOut() {
    String text = answer("what is a pedal point",
        passage(1, "Pedal point", "", "A pedal point is a note held in the bass while the harmony above it changes."
            + " A pedal point on the tonic often ends a piece. A pedal point on the dominant often prepares a return."
            + " A pedal point in an upper voice is called an inverted pedal point. A pedal point may also repeat instead"
            + " of being held. A pedal point is common in organ music. A pedal point is rare in early jazz."));
    assertThat(text).contains("organ music").doesNotContain("early jazz");
  }

  @Test
  void aProcedureKeepsItsStepsInOrder() {
    String text = answer("how do I find the relative minor of a major key",
        passage(1, "Relative keys", "", "To find the relative minor of a major key, follow these steps:\n"
            + "1. Find the sixth degree of the major scale.\n2. Build a minor key on that degree.\n"
            + "3. Check that the relative minor shares the key signature."));
    assertThat(text.indexOf("sixth degree")).isLessThan(text.indexOf("Build a minor key"));
    assertThat(text.indexOf("Build a minor key")).isLessThan(text.indexOf("shares the key signature"));
  }

  @Test
  void aSentenceThatLeansComesWithItsAntecedentOrNotAtAll() {
    String text = answer("what are the outer voices",
        passage(1, "Voices", "", "The soprano and the bass are the outer voices. They are the most audible voices."),
        passage(2, "Ranges", "", "They are the outer voices in any texture with four parts and more."));
    assertThat(text).startsWith("The soprano and the bass are the outer voices. [1] They are the most audible voices. [1]")
        .doesNotContain("[2]");
  }

  @Test
  void extractionStopsWhenRelevanceDrops() {
    String text = answer("what is a fermata",
        passage(1, "Notation", "", "A fermata is a sign that holds a note longer than its value.\n\nBar lines divide the"
            + " staff into measures. Clefs fix the pitch of the lines."));
    assertThat(text).isEqualTo("A fermata is a sign that holds a note longer than its value. [1]");
  }

  @Test
  void anAnswerReadsOnInItsParagraphToThreeSentencesWhateverTheirWords() {
    String text = answer("what is a fermata",
        passage(1, "Notation", "", "A fermata is a sign that holds a note longer than its value. The performer decides how"
            + " long. Conductors show the release with a gesture. Singers often breathe there.\n\nBar lines divide the"
            + " staff into measures."));
    assertThat(text).contains("The performer decides how long. [1]", "Conductors show the release with a gesture. [1]")
        .doesNotContain("Singers", "Bar lines");
  }

  @Test
  void whatThePageCoversDoesNotOpenTheAnswer() {
    String text = answer("how do i play from a lead sheet",
        passage(1, "Lead sheets", "", "The good news is that a few textures let you play any lead sheet. This page builds"
            + " those textures for a lead sheet step by step."),
        passage(2, "Lead sheets", "Roots first", "Begin by playing only the roots of a lead sheet's chords while you sing its melody."));
    assertThat(text).startsWith("Begin by playing only the roots");
  }

  @Test
  void aDefinitionUnderAnotherNameDefinesAndARemarkDoesNot() {
    String text = answer("whats a pedal six four chord",
        passage(1, "Other six-four chords", "", "Pedal six-fours are also common over tonic pedals at the ends of"
            + " pieces.\n\nA neighbor six-four, also called a pedal six-four, is a six-four chord over a held bass."));
    assertThat(text).startsWith("A neighbor six-four, also called a pedal six-four, is a six-four chord over a held bass.");
  }

  @Test
  void aQuestionNamingSeveralTermsGetsTheEntryOfEach() {
    String text = answer("ritardando accelerando a tempo meaning",
        passage(1, "Tempo markings", "", "Changing the tempo:\n\n- Accelerando (accel.): gradually faster.\n"
            + "- Ritardando (rit.) or rallentando (rall.): gradually slower.\n- Rubato: flexible tempo, given and taken.\n"
            + "- A tempo: return to the previous tempo after a change."),
        passage(2, "Glossary", "", "Accelerando: getting gradually faster."));
    assertThat(text).contains("gradually faster", "gradually slower", "return to the previous tempo")
        .doesNotContain("Rubato", "getting gradually faster");
  }

  @Test
  void aFunctionQuestionPrefersWhatTheThingDoes() {
    String text = answer("what does a pivot chord do",
        passage(1, "Modulation", "", "Pivot chords appear in many chorales. A pivot chord belongs to both keys, so it leads"
            + " smoothly from the old key into the new one."));
    assertThat(text).startsWith("A pivot chord belongs to both keys");
  }

  @Test
  void aDefinitionQuotesNoGlossaryEntryForAnotherTerm() {
    String text = answer("whats a pivot chord",
        passage(1, "Glossary", "", "Pivot chord. A chord diatonic to both the old and new keys, used to connect them in a"
            + " modulation.\n\nPicardy third. A major tonic chord ending a minor-key piece."));
    assertThat(text).isEqualTo("Pivot chord: A chord diatonic to both the old and new keys, used to connect them in a"
        + " modulation. [1]");
  }

  @Test
  void aListItemsLaterSentenceBelongsToItsLabelsSubject() {
    String text = answer("what is a plagal cadence",
        passage(1, "Cadence patterns", "", "Play each of these cadences:\n- Authentic cadence: V to I. The ending is"
            + " strongest when both chords are in root position.\n- Plagal cadence: IV to I, the amen ending."));
    assertThat(text).isEqualTo("Plagal cadence: IV to I, the amen ending. [1]");
  }

  @Test
  void aListItemsLaterSentenceStaysOnItsLine() {
    String text = answer("what are the types of cadences",
        passage(1, "Cadences", "", "There are two types of cadences:\n- Authentic cadence: V to I. The ending is"
            + " strongest when both chords are in root position.\n- Plagal cadence: IV to I, the amen ending."));
    assertThat(text).isEqualTo("There are two types of cadences: [1]\n- Authentic cadence: V to I. [1] The ending is"
        + " strongest when both chords are in root position. [1]\n- Plagal cadence: IV to I, the amen ending. [1]");
  }

  @Test
  void exercisePromptsAndQuestionsAreNeverQuoted() {
    String text = answer("whats enharmonic",
        passage(1, "Glossary", "", "Enharmonic. Spelled differently but sounding the same, such as F# and Gb."),
        passage(2, "Enharmonic spelling", "", "Example 1: Give two enharmonic spellings of the pitch a half step above"
            + " E. Which enharmonic spelling is right in F major?"));
    assertThat(text).isEqualTo("Enharmonic: Spelled differently but sounding the same, such as F# and Gb. [1]");
  }

  @Test
  void aParagraphGoesOnWhileItsSentencesLeanOnTheOneBefore() {
    String text = answer("why does the dominant chord lead to the tonic",
        passage(1, "Dominant", "", "Keys are defined by cadences. The progression from the dominant to the tonic is the"
            + " central event of tonal harmony. It defines keys and ends phrases. Several forces combine to make it so"
            + " strong: the pull of the leading tone and the falling fifth in the bass."));
    assertThat(text).isEqualTo("The progression from the dominant to the tonic is the central event of tonal harmony. [1]"
        + " It defines keys and ends phrases. [1] Several forces combine to make it so strong: the pull of the leading"
        + " tone and the falling fifth in the bass. [1]");
  }

  @Test
  void aThreeWordNameSaidWithAnotherModifierInPlaceOfItsFirstWordNamesAnotherThing() {
    String text = answer("what is a french sixth chord",
        passage(1, "Glossary", "", "French sixth. A French sixth is the augmented sixth chord with the supertonic added."
            + "\n\nGerman sixth. A German sixth is the augmented sixth chord with the lowered third added."),
        passage(2, "Chord symbols", "", "Note that the minor sixth chord still uses the major sixth."));
    assertThat(text).isEqualTo("French sixth: A French sixth is the augmented sixth chord with the supertonic added. [1]");
  }

  @Test
  void aThreeWordSubjectMayGoWithoutAnotherOfItsWords() {
    String text = answer("neapolitan 6th chord what is it",
        passage(1, "Inversions", "", "A triad in first inversion is also called a sixth chord."),
        passage(2, "Chromatic chords", "", "The Neapolitan chord is a major triad on the lowered second degree."));
    assertThat(text).startsWith("The Neapolitan chord is a major triad on the lowered second degree. [2]");
  }

  @Test
  void aSentenceThatLeansDefinesNothing() {
    String text = answer("what is a tritone",
        passage(1, "Dominant sevenths", "", "Chords to spell:\n- Db7 contains Db, F, Ab, Cb. Its tritone is F and Cb."),
        passage(2, "Glossary", "", "Tritone. An interval of three whole steps."));
    assertThat(text).startsWith("Tritone: An interval of three whole steps. [2]");
  }

  @Test
  void aWhyAnswerGoesOnWithTheAnchorsParagraphInItsOwnWords() {
    String text = answer("why is V major in minor keys",
        passage(1, "Diatonic chords in minor", "", "Chords in minor keys are less fixed than chords in major, because"
            + " the minor mode uses variable sixth and seventh degrees. Composers raise the seventh degree to create a"
            + " leading tone a half step below the tonic.\n\nCadences are heard at the ends of phrases."));
    assertThat(text).isEqualTo("Chords in minor keys are less fixed than chords in major, because the minor mode uses"
        + " variable sixth and seventh degrees. [1] Composers raise the seventh degree to create a leading tone a half"
        + " step below the tonic. [1]");
  }

  @Test
  void aWhyQuestionIsAnsweredFromTheSectionThatExplainsWhy() {
    String text = answer("why does V go to I",
        passage(1, "The ii-V-I progression", "", "Many tunes move from a major ii-V-I to a minor ii-V-i."),
        passage(2, "Why the Dominant Resolves to the Tonic", "", "The leading tone of V pulls up to the tonic of I."));
    assertThat(text).startsWith("The leading tone of V pulls up to the tonic of I. [2]");
  }

  @Test
  void aSectionExplainingWhyOutweighsTheDefinitionOfWhatTheQuestionNames() {
    String text = answer("why are parallel fifths bad",
        passage(1, "Parallel Fifths and Octaves", "", "Parallel fifths occur when two voices a perfect fifth apart both"
            + " move to another perfect fifth."),
        passage(2, "Parallel Fifths and Octaves", "Why parallel fifths are avoided", "Parallel fifths make two voices"
            + " sound like one, which weakens the independence of the parts."));
    assertThat(text).startsWith("Parallel fifths make two voices sound like one, which weakens the independence of the"
        + " parts. [2]");
  }

  @Test
  void aSectionExplainingWhySomethingElseIsNoExplanation() {
    String text = answer("why change the chord across the bar line",
        passage(1, "Harmonic Rhythm", "", "Many textbooks advise students to change harmony across the bar line, so that"
            + " new chords arrive on strong beats."),
        passage(2, "Why Study Harmony?", "", "Harmony explains why a phrase sounds finished, and which chord of a"
            + " melody is structural."));
    assertThat(text).startsWith("Many textbooks advise students to change harmony across the bar line");
  }

  @Test
  void aWhyAnswerFromAnExplainingSectionStartsWhereTheSectionsReasonsStart() {
    String text = answer("why does the leading tone go up",
        passage(1, "Why the Dominant Resolves to the Tonic", "The leading tone", "The third of V lies a half step below"
            + " the tonic. So close to the tonic, it is heard as pulling upward. Using V in minor restores the leading tone."));
    assertThat(text).startsWith("The third of V lies a half step below the tonic. [1]");
  }

  @Test
  void anAnswerFromOnePassageGoesOnWithTheBestRunOfAnotherThatNearlyOpenedIt() {
    String text = answer("why does a tritone sub work",
        passage(1, "Tritone substitution", "", "A tritone sub replaces a dominant seventh chord with the dominant"
            + " seventh a tritone away. The usual example swaps G7 for Db7 before C."),
        passage(2, "Tritones in seventh chords", "", "The sub works since both chords hold the same tritone, between the"
            + " third and the seventh. G7 and Db7 share that tritone, B and F, written Cb and F in Db7."),
        passage(3, "Compound meter", "", "Compound meters divide each beat into three equal parts."));
    assertThat(text).contains("A tritone sub replaces a dominant seventh chord with the dominant seventh a tritone away.")
        .contains("The sub works since both chords hold the same tritone, between the third and the seventh. [2]"
            + " G7 and Db7 share that tritone")
        .doesNotContain("Compound");
  }

  @Test
  void aSecondPassageFarBelowTheOpeningAddsNothing() {
    String text = answer("what is a deceptive cadence",
        passage(1, "Cadences", "Deceptive cadence", "A deceptive cadence is a cadence in which V moves to vi instead of"
            + " I. It delays the expected ending."),
        passage(2, "Phrases", "", "A phrase usually ends with some cadence."));
    assertThat(text).doesNotContain("[2]");
  }
}
