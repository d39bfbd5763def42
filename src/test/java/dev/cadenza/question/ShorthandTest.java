package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShorthandTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # the everyday abbreviations, one row each
      tritone sub explain                     | tritone substitution explain
      what happens in the recap               | what happens in the recapitulation
      rit accel a tempo meaning               | ritardando accelerando a tempo meaning
      what does cresc. mean                   | what does crescendo. mean
      expo of sonata form                     | exposition of sonata form
      RH fingering for E major                | right hand fingering for E major
      LH pattern                              | left hand pattern
      what is R.H. and L.H.?                  | what is R.H. and L.H.?
      common jazz progs                       | common jazz progressions
      a ii V prog                             | a ii V progression
      dom chord                               | dominant chord
      whats the diff between maj and min 7th chords | whats the difference between major and minor seventh chords
      where does the 7th go and why is the 3rd doubled | where does the seventh go and why is the third doubled
      dim and aug triads                      | diminished and augmented triads
      1st species below the cantus            | first species below the cantus
      roman numerals upper case vs lower case | roman numerals uppercase vs lowercase
      explain pls                             | explain please
      can u explain                           | can you explain
      when r hidden octaves a problem         | when are hidden octaves a problem
      how come the leading tone goes up       | why the leading tone goes up
      messed up while sight singing what do i do | make a mistake while sight singing what do i do
      what if i mess up a note                | what if i make a mistake a note
      alto sax reads what                     | alto saxophone reads what
      maj7 vs dom7 by ear                     | maj7 vs dominant seventh by ear
      min7 chord                              | minor seventh chord
      sounds like a dom 7 chord               | sounds like a dominant seventh chord
      maj 7 chord or min 7 chord              | major seventh chord or minor seventh chord
      how is the german one diffrent          | how is the german one different
      who wrote Für Elise                     | who wrote Für Elise
      how do u count 7/8                      | how do you count 7/8 (asymmetric meter)
      what notes are in the so what chord     | what notes are in the So What voicing (quartal voicing)
      diff between major and minor 3rd        | difference between major and minor third (interval)
      minor seventh chord                     | minor seventh chord
      # a root or a chord kind before the quality names a chord, not an interval
      what is a German augmented sixth        | what is a German augmented sixth
      gb major seventh notes                  | gb major seventh notes
      what notes are in C minor major seventh | what notes are in C minor major seventh
      A major third above D                   | A major third (interval) above D
      # a size after a or an alone is an interval; a noun after it, or a move up or down, makes it something else
      why is a 4th dissonant in species counterpoint | why is a fourth (interval) dissonant in species counterpoint
      why cant i start on a fifth             | why cant i start on a fifth (interval)
      is a fourth species suspension a dissonance | is a fourth species suspension a dissonance
      does the sharp count for an F an octave higher | does the sharp count (accidental) for an F an octave higher
      bring in a second voice                 | bring in a second voice
      why does a 7th resolve down             | why does a seventh resolve down
      where does the 7th of a chord go        | where does the seventh of a chord (chordal seventh) go
      double sharp symbol what does it do     | double sharp (accidental) symbol what does it do
      if i sharp an F does it count higher up | if i sharp an F (accidental) does it count higher up
      a flat on the B in bar 2                | a flat on the B (accidental) in bar 2
      if a flat is on the B in bar 3          | if a flat is on the B (accidental) in bar 3
      a sharp key                             | a sharp key
      does the sharp also count an octave up  | does the sharp also count (accidental) an octave up
      fully diminished 7th vs half diminished 7th | fully diminished seventh vs half diminished seventh
      is 6/8 compound                         | is 6/8 compound
      whats the diffrence between them        | whats the difference between them
      whats a 2 5 1 in minor                  | whats a ii V I in minor
      and 2 dots?                             | and double dot?
      Cmaj7 and Cdom7                         | Cmaj7 and Cdom7
      change chords across the barline        | change chords across the barline (bar line)
      # an ending is a cadence, but a repeat's first and second endings are not
      how does the ending work                | how does the ending cadence work
      first and second endings                | first and second endings
      what is a second ending                 | what is a second ending
      why do i keep ending up with no fifth   | why do i keep ending up with no fifth
      # bare figures after a chord word or before a chord noun
      can u explain what a cadential 64 is    | can you explain what a cadential six-four is
      passing 6-4 chord                       | passing six-four chord
      V 65 resolution                         | V 6/5 resolution
      ii 43 vs ii 42                          | ii 4/3 vs ii 4/2
      # a slashed 6/4 is the six-four only where the question speaks of chords or figures
      6/4 and 6 in figured bass meaning       | 6/4 (six-four) and 6 in figured bass meaning
      the 6/4 chord                           | the 6/4 (six-four) chord
      # a lowered degree as lead sheets write it, the altered dominant, roots a step apart
      how come b6 is the most common borrowed note | why b6 (lowered sixth) is the most common borrowed note
      why is the b7 in mixolydian             | why is the b7 (lowered seventh) in mixolydian
      what does alt mean on a chart           | what does alt (altered) mean on a chart
      connect 2 chords a step apart           | connect 2 chords a step apart (a second apart)
      why leave the 3rd out of 11 chords      | why leave the third out of eleventh chords
      why does melodic minor change on the way down | why does melodic minor change on the way down (descending)
      # a meter's name is its signature, as the counting passages write it
      how do you count cut time               | how do you count cut time (2/2)
      is alla breve fast                      | is alla breve (2/2) fast
      common time vs cut time                 | common time (4/4) vs cut time (2/2)
      """)
  void writesShorthandOut(String question, String expanded) {
    assertThat(Shorthand.expand(question)).isEqualTo(expanded);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # chord symbols and numerals belong to the computable readers and stay as written
      spell C6/9
      what is V6/5 in C major
      V65 in G
      spell Cmaj7 and Dm7b5
      what is a Cdim7
      # numbers that are not figures, and meters
      is 6/4 a compound meter
      what does 6/5 mean?
      songs in 6/4 time
      count to 64
      the subdominant and the sub dominant
      a submediant chord
      # a chord on B, and tensions the pages write as they are
      notes of a b6 chord
      what is B6
      the b9 of G7
      """)
  void leavesSymbolsNumbersAndMetersAlone(String question) {
    assertThat(Shorthand.expand(question)).isEqualTo(question);
  }
}
