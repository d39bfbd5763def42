package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionFormTest {

  @ParameterizedTest(name = "{0} -> {1} about {2}")
  @CsvSource(delimiter = '|', textBlock = """
      whats a deceptive cadence                | DEFINITION | deceptive cadence
      plagal cadance??                         | DEFINITION | plagal cadance
      What is the Mixolydian mode?             | DEFINITION | Mixolydian mode
      what does a fermata do                   | FUNCTION   | fermata
      why does the leading tone rise           | FUNCTION   | leading tone rise
      is V going to IV allowed                 | FUNCTION   | is V going to IV allowed
      can the 7th of a chord ever go up        | FUNCTION   | can the 7th of a chord ever go up
      what are the church modes                | LIST       | church modes
      types of seventh chords                  | LIST       | seventh chords
      how do I find the relative minor         | PROCEDURE  | relative minor
      give me an example of a secondary dominant | EXAMPLE  | secondary dominant
      why the leading tone goes up             | FUNCTION   | leading tone goes up
      can you explain what a cadential six-four is | DEFINITION | cadential six-four
      could u tell me what modal mixture means | DEFINITION | modal mixture
      i want to know why parallel fifths are avoided | FUNCTION | parallel fifths are avoided
      idk what a contrafact is                 | DEFINITION | contrafact
      can someone explain the circle of fifths | DEFINITION | circle of fifths
      i dont know what heterophony is          | DEFINITION | heterophony
      im confused about what a pivot chord is  | DEFINITION | pivot chord
      not sure why the seventh falls           | FUNCTION   | seventh falls
      which note is different from major in the lydian mode | DEFINITION | note is different from major in the lydian mode
      modulation how                           | PROCEDURE  | modulation
      harmonic dictation tips                  | PROCEDURE  | harmonic dictation
      tips for sight singing                   | PROCEDURE  | sight singing
      sight singing how to start               | PROCEDURE  | sight singing
      what am i supposed to do on the first playing in melodic dictation | PROCEDURE | first playing in melodic dictation
      what should i do with a leap in the melody | PROCEDURE | leap in the melody
      church modes?                            | LIST       | church modes
      chord qualities in a major key           | LIST       | chord qualities in a major key
      perfect intervals which ones             | LIST       | perfect intervals
      parallel fifths                          | DEFINITION | parallel fifths
      hidden octaves, are they always wrong in 4 part writing? | FUNCTION | hidden octaves
      the neapolitan: where does it usually go | FUNCTION   | neapolitan
      so, what is a hemiola                    | DEFINITION | hemiola
      what notes are in the so what chord      | DEFINITION | so what chord
      how does a 12 bar blues go               | DEFINITION | 12 bar blues
      what r horn fifths and why arent they marked as errors | DEFINITION | horn fifths
      wats a sus4 chord n how do u spell one   | DEFINITION | sus4 chord
      rootless voicings - difference between an A and a B voicing? | COMPARISON | a voicing and b voicing
      which notes are in an italian augmented sixth chord | DEFINITION | italian augmented sixth chord
      what does dorian sound like              | DEFINITION | dorian
      what does it mean when two phrases are elided | DEFINITION | two phrases are elided
      what does it mean to tonicize a chord    | DEFINITION | tonicize a chord
      quick change blues                       | DEFINITION | quick change blues
      guide tones?                             | DEFINITION | guide tones
      whats a sentence (music form)            | DEFINITION | sentence
      how many different whole tone scales are there | DEFINITION | whole tone scales
      how many diffrent octatonic scales r there | DEFINITION | octatonic scales
      how long is a double dotted half note    | DEFINITION | double dotted half note
      bVII chord in a major key?? where does that come from | FUNCTION | bVII chord in a major key
      backdoor ii V ?? what is it              | DEFINITION | backdoor ii V
      accidental in a bar how long does it last | DEFINITION | accidental in a bar
      sus chords what are they for             | FUNCTION   | sus chords
      where does the hemiola usually show up   | FUNCTION   | hemiola
      where do you find pedal points           | FUNCTION   | pedal points
      when do you use a neapolitan             | DEFINITION | neapolitan
      figured bass question: what does a sharp mean when theres no number with it | DEFINITION | figured bass
      """)
  void readsTheFormAndSubject(String question, QuestionForm form, String subject) {
    QuestionForm.Reading reading = QuestionForm.read(question);
    assertThat(reading.form()).isEqualTo(form);
    assertThat(reading.subject()).isEqualTo(subject);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      what is the difference between a half cadence and an authentic cadence | half cadence      | authentic cadence
      diff between PAC and IAC                                              | pac               | iac
      tie vs slur                                                           | tie               | slur
      how does binary form differ from ternary form                          | binary form       | ternary form
      how is a rondo different from a ternary form                           | rondo form        | ternary form
      major vs minor sixth                                                   | major sixth       | minor sixth
      augmented vs diminished triad whats the difference                     | augmented triad   | diminished triad
      how is modal jazz different from bebop, like what actually makes a tune modal | modal jazz | bebop
      2/4 vs 4/4 whats the actual difference if you can rebar one into the other | 2/4 | 4/4
      escape tone vs appoggiatura i always mix them up                       | escape tone       | appoggiatura
      tie vs slur? they look the same to me                                  | tie               | slur
      7 part rondo vs sonata rondo, they have the same letters so whats different | 7 part rondo | sonata rondo
      how can i hear the difference between a dominant 7th and a major 7th by ear | dominant 7th | major 7th
      maj7 vs dominant 7 by ear how do u tell                                | maj7              | dominant 7
      sonata rondo how is it different from normal rondo                     | sonata rondo      | normal rondo
      is riten the same as rit                                               | riten             | rit
      is 6/8 basically the same thing as 3/4                                 | 6/8               | 3/4
      """)
  void comparisonsNameBothSides(String question, String first, String second) {
    QuestionForm.Reading reading = QuestionForm.read(question);
    assertThat(reading.form()).isEqualTo(QuestionForm.COMPARISON);
    assertThat(reading.sides()).isEqualTo(List.of(first, second));
  }

  @Test
  void threeSidesSharingOneNounEachGetIt() {
    QuestionForm.Reading reading = QuestionForm.read("dorian vs phrygian vs lydian mode?");
    assertThat(reading.form()).isEqualTo(QuestionForm.COMPARISON);
    assertThat(reading.sides()).isEqualTo(List.of("dorian mode", "phrygian mode", "lydian mode"));
  }
}
