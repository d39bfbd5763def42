package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

  private static final Predicate<String> NOTHING_ALONE = q -> false;

  private final FollowUps followUps = new FollowUps();

  private int conversations;

  /** The second question as resolved after the first, in a conversation of their own. */
  private String after(String first, String second) {
    String id = "c" + ++conversations;
    followUps.resolve(id, first, NOTHING_ALONE);
    return followUps.resolve(id, second, NOTHING_ALONE);
  }

  @Test
  void aPronounBeforeAnotherOneIsTheLastSubject() {
    assertThat(after("what is a plagal cadence", "how is it different from an authentic one"))
        .isEqualTo("how is the plagal cadence different from an authentic cadence");
    assertThat(after("what is the dorian mode", "how's it different from the aeolian one?"))
        .isEqualTo("how's the dorian mode different from the aeolian mode?");
  }

  @Test
  void aPronounTakesTheLastSubject() {
    assertThat(after("spell a German sixth in A minor", "where does it resolve?"))
        .isEqualTo("where does the German sixth in A minor resolve?");
    assertThat(after("what are parallel fifths", "how do i avoid them?")).isEqualTo("how do i avoid the parallel fifths?");
  }

  @Test
  void theOppositeIsTheCounterpartOfTheLastSubject() {
    assertThat(after("what is a minore variation", "whats the opposite called"))
        .isEqualTo("what is the opposite of the minore variation called?");
    assertThat(after("what is contrary motion", "and the opposite?"))
        .isEqualTo("what is the opposite of the contrary motion called?");
  }

  @Test
  void oneTakesTheNounOfTheLastSubject() {
    assertThat(after("whats a plagal cadence", "and a deceptive one?")).isEqualTo("whats a deceptive cadence");
    assertThat(after("what is a suspension", "whats a 4-3 one?")).isEqualTo("whats a 4-3 suspension?");
    assertThat(after("what is a secondary dominant", "how do i spot one?")).as("'spot' is a verb here, no modifier")
        .isEqualTo("how do i spot the secondary dominant?");
  }

  @Test
  void thereAtTheEndIsInTheLastSubject() {
    assertThat(after("what is invertible counterpoint at the tenth", "why are parallel thirds a problem there?"))
        .isEqualTo("why are parallel thirds a problem in the invertible counterpoint at the tenth?");
    assertThat(after("what is a fugue", "is there a rule for the answer?")).doesNotContain("in the fugue a rule");
  }

  @Test
  void askingWhatAnExampleIsAsksForOneOfTheLastSubject() {
    assertThat(after("what is compound meter", "whats an example?")).isEqualTo("give an example of the compound meter?");
  }

  @Test
  void anEllipticalQuestionTakesTheLastQuestionsFrame() {
    assertThat(after("what is dorian mode", "and phrygian?")).isEqualTo("what is phrygian mode");
    assertThat(after("whats a triplet", "and a duplet?")).isEqualTo("whats a duplet");
    assertThat(after("explain the ii V I", "what about in minor?")).isEqualTo("explain the ii V I in minor");
  }

  @Test
  void forAnotherThingOfTheKindAsksTheLastQuestionAboutIt() {
    assertThat(after("how do u label a triad in 2nd inversion", "and for a seventh chord?"))
        .isEqualTo("how do u label a seventh chord in 2nd inversion");
    assertThat(after("how do i spell a major scale", "and for the harmonic minor?"))
        .isEqualTo("how do i spell the harmonic minor");
    assertThat(after("explain the ii V I", "and for a minor key?")).as("a key is a setting, kept from the rule for keys")
        .isEqualTo("explain the ii V I for a minor key");
  }

  @Test
  void whyAfterAQuestionOfWhereOrHowAsksTheReasonForIt() {
    assertThat(after("where does V4/2 resolve", "why?")).isEqualTo("why does V4/2 resolve?");
    assertThat(after("what is a pivot chord", "why?")).isEqualTo("why is the pivot chord used?");
  }

  @Test
  void thatBeforeAPrepositionStandsForTheLastSubject() {
    assertThat(after("whats the minor pentatonic", "how do i turn that into the blues scale"))
        .isEqualTo("how do i turn the minor pentatonic into the blues scale");
  }

  @Test
  void anEllipticalQuestionNamingAPartOfTheLastSubjectAsksAboutThatPart() {
    FollowUps.Library sonataParts = (part, whole) -> whole.equals("sonata form") && part.equals("development");
    FollowUps parts = new FollowUps(10, sonataParts);
    parts.resolve("c", "what is sonata form", NOTHING_ALONE);
    assertThat(parts.resolve("c", "what about the development?", NOTHING_ALONE))
        .isEqualTo("what is the development in sonata form");
    parts.resolve("d", "what is dorian mode", NOTHING_ALONE);
    assertThat(parts.resolve("d", "and phrygian?", NOTHING_ALONE)).as("no part: renamed").isEqualTo("what is phrygian mode");
  }

  @Test
  void thatAfterAVerbTakesTheLastSubject() {
    assertThat(after("whats a half diminished seventh chord", "and how's that different from fully diminished"))
        .isEqualTo("how's the half diminished seventh chord different from fully diminished");
    assertThat(after("what is a hemiola", "why is that chord so common?")).as("a demonstrative before a noun")
        .isEqualTo("why is the hemiola so common?");
    assertThat(after("whats the tadd dameron turnaround", "where do those weird chords come from"))
        .as("words describing the noun keep it: some of the subject's chords")
        .isEqualTo("where do the weird chords in the tadd dameron turnaround come from");
  }

  @Test
  void thatAfterAPrepositionAtTheEndIsWhatTheLastQuestionAsked() {
    assertThat(after("where does the seventh of a dominant seventh chord go", "are there any exceptions to that"))
        .isEqualTo("are there any exceptions to where does the seventh of a dominant seventh chord go?");
    assertThat(after("why do hidden octaves matter", "whats the reason for this?"))
        .isEqualTo("whats the reason for why do hidden octaves matter?");
  }

  @Test
  void aShortQuestionNamingAMeterOrAChordStandsAlone() {
    assertThat(after("whats the relative major of c# minor", "is 3/4 simple or compound")).isEqualTo("is 3/4 simple or compound");
    assertThat(after("what is the development", "whats the coda")).isEqualTo("whats the coda");
    assertThat(after("what is rounded binary form", "is the B part new")).as("a letter labelling a section")
        .isEqualTo("is the B part new in rounded binary form?");
    assertThat(after("what is a first inversion seventh chord", "what does 6/5 mean?")).as("a figure, not a meter")
        .isEqualTo("what does 6/5 mean in first inversion seventh chord?");
  }

  @Test
  void okButGoesOnFromTheLastTurn() {
    assertThat(after("how do u tell a tonicization from a modulation", "ok but whats the single biggest clue"))
        .isEqualTo(after("how do u tell a tonicization from a modulation", "so whats the single biggest clue"))
        .contains("modulation");
  }

  @Test
  void aKindNamedInSeveralWordsModifiesTheLastSubject() {
    assertThat(after("what is a turnaround", "whats the tadd dameron one")).isEqualTo("whats the tadd dameron turnaround");
    assertThat(after("what is a turnaround", "give me the most common one")).isEqualTo("give me the most common turnaround");
    assertThat(after("what are rootless voicings", "diff between the A and B kind"))
        .isEqualTo("diff between the A and B rootless voicings");
    assertThat(after("what happens in the recapitulation", "whats weird about mozart k 545's one"))
        .isEqualTo("whats weird about mozart k 545's recapitulation");
  }

  @Test
  void aQuestionWhoseSubjectIsAClauseIsRememberedByTheLibrarysTermInIt() {
    FollowUps.Library library = new FollowUps.Library() {
      @Override
      public boolean isPartOf(String part, String whole) {
        return false;
      }

      @Override
      public String termIn(String text) {
        for (String term : java.util.List.of("augmented sixth chord", "leading tone", "movable do", "tritone", "chord")) {
          if (text.toLowerCase(java.util.Locale.ROOT).contains(term)) return term;
        }
        return "";
      }
    };
    FollowUps terms = new FollowUps(10, library);
    terms.resolve("a", "where does the leading tone go in V to I", NOTHING_ALONE);
    assertThat(terms.resolve("a", "is it ever allowed to go down", NOTHING_ALONE))
        .isEqualTo("is the leading tone ever allowed to go down");
    terms.resolve("b", "what interval is a tritone", NOTHING_ALONE);
    assertThat(terms.resolve("b", "why is it called that", NOTHING_ALONE)).isEqualTo("why is the tritone called that");
    terms.resolve("c", "what is movable do", NOTHING_ALONE);
    assertThat(terms.resolve("c", "how do minor keys work with it", NOTHING_ALONE))
        .isEqualTo("how do minor keys work with the movable do");
    terms.resolve("d", "what notes are in an italian augmented sixth chord", NOTHING_ALONE);
    assertThat(terms.resolve("d", "where does it go", NOTHING_ALONE))
        .isEqualTo("where does the italian augmented sixth chord go");
    terms.resolve("e", "which notes can u leave out of a 13th chord", NOTHING_ALONE);
    assertThat(terms.resolve("e", "why?", NOTHING_ALONE)).as("one generic word is no name for it")
        .isEqualTo("why is the notes can u leave out of a 13th chord used?");
  }

  @Test
  void misspeltWordsStillPointBack() {
    assertThat(after("whats a chromatic mediant", "exampel?")).isEqualTo("give an example of the chromatic mediant?");
    assertThat(after("whats a whole tone scale", "how many diffrent ones r there"))
        .isEqualTo("how many diffrent whole tone scales r there");
    assertThat(after("what r borrowed chords", "does it work in a minor key"))
        .isEqualTo("does the borrowed chords work in a minor key");
  }

  @Test
  void oneWordOfALongerSubjectDoesNotNameIt() {
    assertThat(after("how does a 12 bar blues go", "what happens in the last 4 bars"))
        .isEqualTo("what happens in the last 4 bars in 12 bar blues?");
  }

  @Test
  void aComparisonWithOneSideSaidIsWithTheLastSubject() {
    assertThat(after("whats an italian sixth chord", "how is the german one diffrent"))
        .isEqualTo("how is the german sixth chord diffrent from the italian sixth chord");
    assertThat(after("whats voice crossing", "how is that different from overlap"))
        .isEqualTo("how is the voice crossing different from overlap");
  }

  @Test
  void aFragmentWithAVerbGoesOnTheLastQuestion() {
    assertThat(after("how does a fugue start", "and after everybody has come in?"))
        .isEqualTo("how does a fugue start after everybody has come in");
  }

  @Test
  void aFragmentThatCannotRenameTheSubjectIsASettingForIt() {
    assertThat(after("whats movable do", "what about minor keys tho")).isEqualTo("whats movable do in minor keys");
    assertThat(after("what does the sustain pedal do", "and the una corda?")).isEqualTo("what does the una corda do");
    assertThat(after("what is first species counterpoint", "and second species?"))
        .isEqualTo("what is second species counterpoint");
  }

  @Test
  void aLongerQuestionNamingAPartOfTheLastSubjectIsAboutItsPart() {
    FollowUps.Library rondoParts = (part, whole) -> whole.equals("rondo form") && part.equals("episodes");
    FollowUps parts = new FollowUps(10, rondoParts);
    parts.resolve("c", "whats rondo form", NOTHING_ALONE);
    assertThat(parts.resolve("c", "what keys do the episodes usually go to", NOTHING_ALONE))
        .isEqualTo("what keys do the episodes usually go to in rondo form?");
  }

  @Test
  void theOtherWayRoundSwapsTheEndsOfTheLastMove() {
    assertThat(after("is it ok to go from a perfect fifth to a diminished fifth in part writing",
        "what about the other way round?"))
        .isEqualTo("is it ok to go from a diminished fifth to a perfect fifth in part writing");
    assertThat(after("why does V go to I", "and vice versa?")).isEqualTo("why does I go to V");
  }

  @Test
  void askingWhatTheCommonPatternsOrRulesAreAsksAboutTheLastSubject() {
    assertThat(after("what is part writing", "and what r the main principles"))
        .isEqualTo("what r the main principles in part writing?");
    assertThat(after("what is rondo form", "what are the common patterns?"))
        .isEqualTo("what are the common patterns in rondo form?");
    assertThat(after("what is first species counterpoint", "what are the rules"))
        .isEqualTo("what are the rules in first species counterpoint?");
    assertThat(after("what is rondo form", "what are the church modes?")).as("a subject of its own")
        .isEqualTo("what are the church modes?");
  }

  @Test
  void aNumberInAShortQuestionDoesNotMakeItAQuestionOfItsOwn() {
    assertThat(after("what is a cadential six four", "in 4 parts what note do i double"))
        .isEqualTo("in 4 parts what note do i double in cadential six four?");
  }

  @Test
  void aShortQuestionWithoutASubjectIsAskedAboutTheLastOne() {
    assertThat(after("what's sonata form", "what happens in the development?"))
        .isEqualTo("what happens in the development in sonata form?");
  }

  @Test
  void aShortQuestionAboutOnePartOfAnUnnamedWholeTakesTheLastSubjectAsTheWhole() {
    assertThat(after("what is the lydian mode", "which degree is raised?")).isEqualTo("which degree of the lydian mode is raised?");
    assertThat(after("what's a power chord", "what interval is left out?"))
        .isEqualTo("what interval of the power chord is left out?");
    // no part named before the verb: the question is still asked in the last subject
    assertThat(after("what's a rondo", "what happens after the episode?"))
        .isEqualTo("what happens after the episode in rondo?");
  }

  @Test
  void onesCountsTheLastSubjectAsSeveral() {
    assertThat(after("what is the octatonic scale", "how many different ones can you build?"))
        .isEqualTo("how many different octatonic scales can you build?");
    assertThat(after("what is a lead sheet", "where can i find other ones?")).isEqualTo("where can i find other lead sheets?");
    assertThat(after("what are the tendency tones", "which ones are strongest?")).isEqualTo("which tendency tones are strongest?");
    assertThat(after("what is the circle of fifths", "which ones do you learn first?"))
        .isEqualTo("which circle of fifths do you learn first?");
  }

  @Test
  void aQuestionAnsweredExactlyAsItStandsIsLeftAlone() {
    followUps.resolve("c2", "what is a secondary dominant", NOTHING_ALONE);
    assertThat(followUps.resolve("c2", "whats V/V in D major?", q -> true)).isEqualTo("whats V/V in D major?");
  }

  @Test
  void aFirstWordThatGoesOnFromTheLastTurnMakesAWholeQuestionAFollowUp() {
    followUps.resolve("m", "what is a tritone substitution", NOTHING_ALONE);
    // answered alone it would only spell D7; "so" says it is about the substitution
    assertThat(followUps.resolve("m", "so what replaces D7?", q -> true)).isEqualTo("what replaces D7 in tritone substitution?");
  }

  @Test
  void aLongQuestionOpeningOnAndGoesOnWithTheLastSubject() {
    assertThat(after("what happens in a sonata form exposition", "and in a minor key where does the second theme go"))
        .isEqualTo("in a minor key where does the second theme go in sonata form exposition?");
    assertThat(after("what are the normal SATB ranges", "and how far apart are the voices allowed to be"))
        .isEqualTo("how far apart are the voices allowed to be in normal SATB ranges?");
    // one naming a subject of its own keeps it
    assertThat(after("what is sonata form", "and what is a fugue")).isEqualTo("what is a fugue");
  }

  @Test
  void aSuppositionOrAChallengeIsAboutTheLastSubject() {
    assertThat(after("how does a 4-3 suspension work", "and what if the held note goes up instead of down"))
        .isEqualTo("what if the held note goes up instead of down in 4-3 suspension?");
    assertThat(after("what is a period in music", "what if both phrases end with the same kind of cadence"))
        .isEqualTo("what if both phrases end with the same kind of cadence in period?");
    assertThat(after("what is sight singing", "what do i do if i mess up halfway"))
        .isEqualTo("what do i do if i mess up halfway in sight singing?");
  }

  @Test
  void anAbbreviationWithDotsStaysOneName() {
    assertThat(after("what does D.C. al fine mean", "and D.S.?")).isEqualTo("what is D.S al fine?");
  }

  @Test
  void aCounterpartTakesThePlaceOfItsPartnerInTheLastQuestion() {
    assertThat(after("trick for finding the major key from the sharps", "and with flats?"))
        .isEqualTo("trick for finding the major key from the flats");
    assertThat(after("which fingers for a C major scale in the right hand", "and in the left hand?"))
        .isEqualTo("which fingers for a C major scale in the left hand");
    assertThat(after("Bb clarinet part if the band is in concert Eb major, what key", "and the alto sax?"))
        .isEqualTo("alto sax part if the band is in concert Eb major, what key");
    assertThat(after("how do i finger a C major scale", "and the left hand?"))
        .as("no hand to swap: the hand is added").isEqualTo("how do i finger a C major scale with the left hand");
    assertThat(after("which fingers for a c major chord in the left hand", "what about second inversion?"))
        .isEqualTo("which fingers for a c major chord in the left hand in second inversion");
    assertThat(after("which chord tone is doubled in first inversion", "what about second inversion?"))
        .isEqualTo("which chord tone is doubled in second inversion");
  }

  @Test
  void aKeyOrRootReplacesTheLastOnesInTheLastQuestion() {
    assertThat(after("spell a C major seventh chord", "and in Eb?")).isEqualTo("spell an Eb major seventh chord");
    assertThat(after("whats V/V in D major?", "what about in F?")).isEqualTo("whats V/V in F");
    assertThat(after("what is the major pentatonic scale", "in G?")).isEqualTo("what is the major pentatonic scale in G?");
  }

  @Test
  void aModeAloneChangesTheModeOfTheLastKeyAndKeepsEverythingElse() {
    assertThat(after("spell the ii chord in D major", "what about in minor?")).isEqualTo("spell the ii chord in D minor");
    assertThat(after("which chords are diatonic in Bb", "and in minor?")).isEqualTo("which chords are diatonic in Bb minor");
    assertThat(after("what are the notes of the G major scale", "in minor?")).isEqualTo("what are the notes of the G minor scale");
    // a mode named without a tonic is the one changed
    assertThat(after("what seventh chords do you get on each degree of a major key", "and in minor?"))
        .isEqualTo("what seventh chords do you get on each degree of a minor key");
    assertThat(after("what is the deceptive cadence in major", "and in minor?")).isEqualTo("what is the deceptive cadence in minor");
    // a chord quality is not a key: the mode is asked about the chord, which stays as it is
    assertThat(after("spell a C major seventh chord", "and in minor?")).isEqualTo("spell a C major seventh chord in minor");
    followUps.resolve("mode", "spell the ii chord in D major", NOTHING_ALONE);
    followUps.resolve("mode", "and in minor?", NOTHING_ALONE);
    assertThat(followUps.resolve("mode", "why is it diminished?", NOTHING_ALONE)).contains("in D minor");
  }

  @Test
  void aThingNamedThenAskedAboutIsWhatThePointerStandsFor() {
    // within the last subject, another of its kind, or compared with it
    assertThat(after("what are transposing instruments", "and the alto sax? how does that one work"))
        .isEqualTo("how does the alto sax work in transposing instruments?");
    assertThat(after("what is dorian mode", "and phrygian? what makes it dark")).isEqualTo("what makes the phrygian mode dark?");
    assertThat(after("what is a plagal cadence", "and the deceptive one? where does it go"))
        .isEqualTo("where does the deceptive cadence go?");
    assertThat(after("diff between relative and parallel keys?", "give me a real example of the parallel one being used"))
        .isEqualTo("give me a real example of the parallel keys being used");
    assertThat(after("what does ritenuto mean", "and rallentando? is that the same thing"))
        .isEqualTo("is rallentando the same as ritenuto?");
  }

  @Test
  void aChordQualityReplacesTheLastQuality() {
    assertThat(after("spell a D minor triad", "what about diminished?")).isEqualTo("spell a D diminished triad");
    assertThat(after("whats the harmonic minor scale", "and the melodic one?")).isEqualTo("whats the melodic minor scale");
  }

  @Test
  void anIntervalReplacesTheLastInterval() {
    assertThat(after("what is a perfect fifth above Eb", "and a major third?")).isEqualTo("what is a major third above Eb");
    assertThat(after("whats a minor 7th below D", "what about a perfect fourth?")).isEqualTo("whats a perfect fourth below D");
  }

  @Test
  void aPhraseEndingInTheSubjectsNounKeepsWhatFollowsTheNoun() {
    assertThat(after("whats the relative minor of G major", "and the parallel minor?"))
        .isEqualTo("whats the parallel minor of G major");
  }

  @Test
  void aBareRequestForAnExampleOrAReasonIsAboutTheLastSubject() {
    assertThat(after("what is modal mixture", "give me an example")).isEqualTo("give an example of the modal mixture?");
    assertThat(after("what is a secondary dominant", "an example in G major?"))
        .isEqualTo("give an example of the secondary dominant in G major?");
    assertThat(after("what is a hemiola", "why?")).isEqualTo("why is the hemiola used?");
    assertThat(after("what is a pedal point", "how?")).isEqualTo("how does the pedal point work?");
  }

  @Test
  void aRenamedSubjectIsTheOneTheNextTurnPointsBackTo() {
    followUps.resolve("r", "what is dorian mode", NOTHING_ALONE);
    followUps.resolve("r", "and locrian?", NOTHING_ALONE);
    assertThat(followUps.resolve("r", "where is it used?", NOTHING_ALONE)).isEqualTo("where is the locrian mode used?");
  }

  @Test
  void withoutAConversationOrAPreviousTurnNothingChanges() {
    assertThat(followUps.resolve(null, "where does it resolve?", NOTHING_ALONE)).isEqualTo("where does it resolve?");
    assertThat(followUps.resolve("fresh", "where does it resolve?", NOTHING_ALONE)).isEqualTo("where does it resolve?");
  }

  @Test
  void conversationsDoNotShareSubjects() {
    followUps.resolve("a", "what is the Neapolitan chord", NOTHING_ALONE);
    followUps.resolve("b", "what is the leading tone", NOTHING_ALONE);
    assertThat(followUps.resolve("a", "where does it go?", NOTHING_ALONE)).isEqualTo("where does the Neapolitan chord go?");
  }

  @Test
  void theLeastRecentlyUsedConversationIsForgottenFirst() {
    FollowUps two = new FollowUps(2);
    two.resolve("a", "what is the Neapolitan chord", NOTHING_ALONE);
    two.resolve("b", "what is the leading tone", NOTHING_ALONE);
    two.resolve("c", "what is a fermata", NOTHING_ALONE);
    assertThat(two.resolve("a", "where does it go?", NOTHING_ALONE)).isEqualTo("where does it go?");
    assertThat(two.resolve("c", "what does it do?", NOTHING_ALONE)).isEqualTo("what does the fermata do?");
  }

  @Test
  void rejectsAnEmptyMemory() {
    assertThatThrownBy(() -> new FollowUps(0)).hasMessageContaining("maxConversations");
  }
}
