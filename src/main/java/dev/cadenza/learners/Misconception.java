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
      EnumSet.of(Topic.INTERVAL, Topic.CHORD_SPELLING, Topic.CHORD_IDENTIFICATION)),
  /** The right sharps or flats in the wrong order, or sharps where flats belong. */
  SIGNATURE_ORDER("writes key-signature accidentals in the wrong order", EnumSet.of(Topic.KEY_SIGNATURE)),
  /** Upper case where the chord is minor or lower case where it is major, typically in minor keys. */
  NUMERAL_CASE("uses the wrong numeral case for the chord's quality", EnumSet.of(Topic.ROMAN_NUMERAL)),
  /** The right chord in the wrong inversion, or a triad figure for a seventh chord. */
  INVERSION_MIXUP("mixes up inversions and their figures", EnumSet.of(Topic.INVERSION)),
  /** The parallel key given for the relative one (C minor for the relative minor of C major). */
  PARALLEL_FOR_RELATIVE("gives the parallel key for the relative one", EnumSet.of(Topic.RELATIVE_KEY));

  private final String description;
  private final Set<Topic> topics;

  Misconception(String description, Set<Topic> topics) {
    this.description = description;
    this.topics = topics;
  }

  /** "letter-name": the name in the API and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String description() {
    return description;
  }

  /** The topics whose items can reveal (and so train away) this misconception. */
  public Set<Topic> topics() {
    return topics;
  }

  public static Misconception ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
