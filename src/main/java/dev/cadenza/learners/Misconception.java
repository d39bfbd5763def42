package dev.cadenza.learners;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a wrong answer reveals, beyond its being wrong; practice is steered toward the topics where it shows. */
public enum Misconception {
  /** A note named by the sound with the wrong letter: F for E#, G for F##, C for B#. */
  LETTER_NAME("spells by sound rather than by letter (F for E#)",
      EnumSet.of(Topic.CHORD_SPELLING, Topic.SCALE_SPELLING, Topic.ROMAN_NUMERAL, Topic.INTERVAL)),
  /** The right sound written as another accidental spelling: Gb for F#, augmented fourth for diminished fifth. */
  ENHARMONIC("confuses enharmonic spellings (Gb for F#, A4 for d5)",
      EnumSet.of(Topic.INTERVAL, Topic.CHORD_SPELLING, Topic.SCALE_SPELLING, Topic.RELATIVE_KEY)),
  /** Major for minor or minor for major: a third, sixth, chord quality or mode off by a semitone. */
  THIRD_QUALITY("mixes up major and minor thirds",
      EnumSet.of(Topic.INTERVAL, Topic.CHORD_SPELLING, Topic.CHORD_IDENTIFICATION, Topic.EAR_INTERVAL, Topic.EAR_CHORD)),
  /** The right sharps or flats in the wrong order, or sharps where flats belong. */
  SIGNATURE_ORDER("writes key-signature accidentals in the wrong order", EnumSet.of(Topic.KEY_SIGNATURE)),
  /** Upper case where the chord is minor or lower case where it is major, typically in minor keys. */
  NUMERAL_CASE("uses the wrong numeral case for the chord's quality", EnumSet.of(Topic.ROMAN_NUMERAL)),
  /** The right chord in the wrong inversion, or a triad figure for a seventh chord. */
  INVERSION_MIXUP("mixes up inversions and their figures", EnumSet.of(Topic.INVERSION)),
  /** The parallel key given for the relative one (C minor for the relative minor of C major). */
  PARALLEL_FOR_RELATIVE("gives the parallel key for the relative one", EnumSet.of(Topic.RELATIVE_KEY)),

  // Part-writing habits the MIDI analyser finds in a learner's uploads (PartWriting maps its rules to these). Where
  // no exercise topic trains the habit, the set is empty: the misconception is shown in progress but steers nothing.
  /** Parallel fifths or octaves: no exercise topic practises two-voice motion. */
  PARALLEL_PERFECTS("writes parallel fifths or octaves between two voices", Set.of(), true),
  /** Hidden fifths or octaves in the outer voices: no exercise topic. */
  HIDDEN_PERFECTS("reaches a fifth or octave in the outer voices by similar motion with a leap", Set.of(), true),
  /** Voices crossing or overlapping: no exercise topic. */
  CROSSED_VOICES("lets voices cross or overlap", Set.of(), true),
  /** Upper voices more than an octave apart: no exercise topic. */
  WIDE_SPACING("spaces upper voices more than an octave apart", Set.of(), true),
  /** A voice outside its singable range: no exercise topic. */
  VOICE_RANGE("writes voices outside their singable range", Set.of(), true),
  /** Leaps wider than an octave: no exercise topic. */
  LARGE_LEAPS("writes melodic leaps wider than an octave", Set.of(), true),
  /** The leading tone not rising to the tonic: cadences are where V resolves to I, so cadence practice trains it. */
  UNRESOLVED_LEADING_TONE("leaves the leading tone unresolved", EnumSet.of(Topic.CADENCE, Topic.EAR_CADENCE), true),
  /** A chordal seventh not falling by step: spelling seventh chords and their inversions shows which note it is. */
  UNRESOLVED_SEVENTH("leaves a chordal seventh unresolved", EnumSet.of(Topic.CHORD_SPELLING, Topic.INVERSION), true),
  /** A piece that does not close on the tonic: cadence practice, by eye and by ear. */
  NO_TONIC_ENDING("ends a piece away from the tonic", EnumSet.of(Topic.CADENCE, Topic.EAR_CADENCE), true);

  private final String description;
  private final Set<Topic> topics;
  private final boolean partWriting;

  Misconception(String description, Set<Topic> topics) {
    this(description, topics, false);
  }

  Misconception(String description, Set<Topic> topics, boolean partWriting) {
    this.description = description;
    this.topics = topics;
    this.partWriting = partWriting;
  }

  /** Whether uploads show it (a part-writing habit) rather than practice answers. */
  public boolean partWriting() {
    return partWriting;
  }

  /** "letter-name": the name in the API and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String description() {
    return description;
  }

  /** The topics whose items can reveal (and so train away) this misconception; empty where none can. */
  public Set<Topic> topics() {
    return topics;
  }

  public static Misconception ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
