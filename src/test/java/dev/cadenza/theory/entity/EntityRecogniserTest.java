package dev.cadenza.theory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecogniserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Name the interval between B4 and the G#5 above it. | note:B4 note:G#5 up", // octaves
      "How many notes are in the C-major seventh chord? | chord:Cmaj7", // hyphenated name
      "Eb-dominant seventh chord notes | chord:Eb7",
      "D# minor has how many sharps? | key:D# minor",
      "What chord do the notes B D F A form? | note:B note:D note:F note:A", // A is a note here
      "what is a major third above C | interval:M3 up note:C", // a is the article
      "whats the interval from a to c | note:A note:C", // lower-case a after from
      "In C minor, what Roman numeral does an A-flat major chord get? | key:C minor chord:Ab",
      "In G major, which chord is V7/V? Spell it. | key:G major numeral:V7/V",
      "Fm Db Eb Ab what key is this in | chord:Fm note:Db note:Eb note:Ab",
      "vii chord in Bb minor | numeral:vii key:Bb minor",
      "what is the V7 of V in D major? | numeral:V7/V key:D major",
      "spell a German sixth in A minor | numeral:Ger+6 key:A minor",
      "I have the notes E, G and B | note:E note:G note:B", // I is a pronoun
      "i iv V i in A minor | numeral:i numeral:iv numeral:V numeral:i key:A minor",
      "how many sharps in the key of Eb | key:Eb major",
      "notes of B lydian | scale:B lydian",
      "A harmonic minor scale | scale:A harmonic minor",
      "which minor key has three flats | count:3",
      "Which major key has no sharps or flats? | count:0",
      "c#m and Cm(maj7) | chord:C#m chord:CmMaj7",
      "transpose G7 down a minor third | chord:G7 down interval:m3",
      "E flat to G double sharp | note:Eb note:G##",
      "I am arranging a tune | ",
      "what is the Neapolitan chord in E minor? | numeral:N6 key:E minor",
      "a whole step above B | interval:M2 up note:B",
      "why does a minor chord sound sad | ", // the article before a quality and a general noun
      "why does a major chord sound happy | ",
      "how can i hear the difference between a dominant 7th and a major 7th by ear | interval:M7", // no note is dominant
      "spell a dominant 7th on A | chord:A7", // the chord word unsaid after "dominant"
      "which tensions work on a maj7 chord | ",
      "which mode is a natural minor scale with a raised sixth degree | ",
      "what scale goes over a m7b5 chord | ",
      "what makes a diminished chord unstable | ",
      "is a minor seventh chord darker than a dominant seventh chord | ",
      "how does a major key differ from a minor key | ",
      "how can i hear the diff between a maj7 and a dom7 chord | ", // the noun closes both sides of the pair
      "the difference between a dominant 7th and a major 7th chord | ",
      "when can i use a half dim viiø7 as an applied chord | numeral:viiø7",
      "is a diminished vii°7 stronger | numeral:vii°7",
      "can the 7th of a V4/3 ever go up | up", // no note A before a Roman numeral
      "I, vi, IV, V in C major | numeral:I numeral:vi numeral:IV numeral:V key:C major",
      "I think V7 resolves in C major | numeral:V7 key:C major", // the pronoun, a word away from the numeral
      "is a 4th a perfect interval or a major interval | ",
      "is a 4th a perfect interval or a major one | count:1", // "one" counts; "a major" is no key
      "a minor and a major key signature | key:A minor key:A major",
      "what is the relative minor of a major scale | ",
      "a minor key signature | key:A minor", // the key's own signature: a note, not an article
      "a minor pentatonic scale notes | scale:A minor pentatonic",
      "what is the relative major of a minor | key:A minor",
      "what's a mixolydian scale | ", // the article after an opener, before a kind of scale
      "whats a harmonic minor scale | ",
      "is there a lydian dominant scale | ",
      "what's an A mixolydian scale | scale:A mixolydian", // the tonic named after the article
      "what is A dorian | scale:A dorian",
      "notes of a dorian | scale:A dorian", // no opener: the note
      "the A section returns | ", // letters as labels
      "part B modulates | ",
      "A B A form | ",
      "rootless voicings A and B | ",
      "B D F A form a chord | note:B note:D note:F note:A", // "form" the verb after notes
      "A minor chord notes | chord:Am", // a capital A is the note
      "notes in an A minor chord | chord:Am",
      "which tones are in a e flat diminished seventh chord | chord:Ebdim7", // article before a lower-case root
      "what pitches are in a a min7 | chord:Am7",
      "what notes are in a A seventh | chord:A7",
      "a Dorian mode notes | scale:A dorian", // a mode name is no chord root
      "give me the a minor scale | key:A minor", // after "the", the letter
      "transposed g#11/a up a major 7th | chord:G#11/A up interval:M7", // a lower-case slash bass
      "name the distance D# - b | note:D# note:B",
      "which pitches make up the a-flat ionian mode | up scale:Ab major", // "up" is a direction word wherever it stands
      "spell the A major pentatonic scales | scale:A major pentatonic",
      "tones of d7 | chord:D7", // a lower-case chord, not the diminished seventh
      "how come b6 is the most common borrowed note | ", // a lowered degree, not the chord B6
      "what does b9 mean on a chord | ",
      "why is the b7 in mixolydian | ",
      "what notes are in a b7 chord | chord:B7", // the chord word makes it a chord
      "spell b7 | chord:B7",
      "notes of b9 | chord:B9",
      "the difference between Am7 and C6 | chord:Am7 chord:C6", // beside a chord symbol, a sixth chord
      "the interval between C4 and C6 | note:C4 note:C6",
      "what is a p4 above g | interval:P4 up note:G",
      "what is the five of five chord of C major | numeral:V/V key:C major",
      "what are the notes of n6 in b minor | numeral:N6 key:B minor",
      "what is the difference between a motive and a phrase | ", // the article after "between"
      "what are the chords of a 12 bar blues | count:12", // the article before a number
      "resolve a 4-3 suspension | count:4 count:3",
      "the interval between a and c | note:A note:C",
  })
  void recognisesTypedSpans(String sentence, String expected) {
    assertThat(describe(EntityRecogniser.recognise(Tokens.of(sentence)))).isEqualTo(expected == null ? "" : expected);
  }

  static String describe(List<MusicEntity> entities) {
    return entities.stream().map(e -> switch (e) {
      case MusicEntity.NoteName n -> "note:" + n.note();
      case MusicEntity.ChordName c -> "chord:" + c.chord().symbol();
      case MusicEntity.KeyName k -> "key:" + k.key();
      case MusicEntity.ScaleName s -> "scale:" + s.scale().tonic() + " " + s.scale().type().displayName();
      case MusicEntity.IntervalName i -> "interval:" + i.interval().shortName();
      case MusicEntity.Numeral n -> "numeral:" + n.numeral();
      case MusicEntity.Count c -> "count:" + c.value();
      case MusicEntity.Direction d -> d.up() ? "up" : "down";
    }).collect(Collectors.joining(" "));
  }
}
