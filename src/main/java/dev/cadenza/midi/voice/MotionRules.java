package dev.cadenza.midi.voice;

import static dev.cadenza.midi.voice.VoiceLeadingChecker.VOICE_NAMES;

import dev.cadenza.midi.harmony.Harmony;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.Tonality;
import dev.cadenza.midi.voice.VoiceExtractor.Slice;

/** The rules about moving from one four-part chord to the next, for {@link VoiceLeadingChecker}. */
final class MotionRules {

  private static final int FIFTH = 7;
  private static final int OCTAVE = 12;
  private static final int SOPRANO = 0;
  private static final int BASS = 3;

  private final VoiceLeadingChecker checker;
  private final Slice from;
  private final Slice to;

  MotionRules(VoiceLeadingChecker checker, Slice from, Slice to) {
    this.checker = checker;
    this.from = from;
    this.to = to;
  }

  void check() {
    for (int upper = 0; upper < VoiceExtractor.VOICES; upper++) {
      if (sounds(upper)) {
        checkLeap(upper);
        for (int lower = upper + 1; lower < VoiceExtractor.VOICES; lower++) {
          if (sounds(lower)) {
            checkPair(upper, lower);
          }
        }
      }
    }
    checkResolutions();
  }

  private void checkPair(int upper, int lower) {
    int before = from.pitch(upper) - from.pitch(lower);
    int after = to.pitch(upper) - to.pitch(lower);
    boolean bothMove = moves(upper) && moves(lower);
    int upperMotion = Integer.signum(to.pitch(upper) - from.pitch(upper));
    int lowerMotion = Integer.signum(to.pitch(lower) - from.pitch(lower));
    String pair = VOICE_NAMES[upper] + " and " + VOICE_NAMES[lower];
    String motion = upperMotion == lowerMotion ? "" : " by contrary motion";
    if (bothMove && isPerfect(before, FIFTH) && isPerfect(after, FIFTH)) {
      checker.add(Rule.PARALLEL_FIFTHS, "Parallel fifths" + motion + " between " + pair + ": " + sonority(from, upper, lower)
          + " moves to " + sonority(to, upper, lower) + ".");
    } else if (bothMove && isPerfect(before, 0) && isPerfect(after, 0)) {
      checker.add(Rule.PARALLEL_OCTAVES, "Parallel octaves" + motion + " between " + pair + ": "
          + sonority(from, upper, lower) + " moves to " + sonority(to, upper, lower) + ".");
    } else if (upper == SOPRANO && lower == BASS && bothMove && upperMotion == lowerMotion
        && Math.abs(to.pitch(upper) - from.pitch(upper)) > 2) {
      if (isPerfect(after, FIFTH) && !isPerfect(before, FIFTH)) {
        checker.add(Rule.HIDDEN_FIFTHS, "Hidden fifths between soprano and bass: both move " + direction(upperMotion)
            + " into a fifth (" + sonority(to, upper, lower) + ") with a leap in the soprano.");
      } else if (isPerfect(after, 0) && !isPerfect(before, 0)) {
        checker.add(Rule.HIDDEN_OCTAVES, "Hidden octaves between soprano and bass: both move " + direction(upperMotion)
            + " into an octave (" + sonority(to, upper, lower) + ") with a leap in the soprano.");
      }
    }
    if (lower == upper + 1 && to.pitch(lower) > from.pitch(upper) && moves(lower)) {
      checker.add(Rule.VOICE_OVERLAP, "The " + VOICE_NAMES[lower] + " moves up to " + checker.note(to.pitch(lower))
          + ", above the " + VOICE_NAMES[upper] + "'s previous note " + checker.note(from.pitch(upper)) + ".");
    } else if (lower == upper + 1 && to.pitch(upper) < from.pitch(lower) && moves(upper)) {
      checker.add(Rule.VOICE_OVERLAP, "The " + VOICE_NAMES[upper] + " moves down to " + checker.note(to.pitch(upper))
          + ", below the " + VOICE_NAMES[lower] + "'s previous note " + checker.note(from.pitch(lower)) + ".");
    }
  }

  private void checkLeap(int voice) {
    int leap = Math.abs(to.pitch(voice) - from.pitch(voice));
    if (leap > OCTAVE) {
      int low = Math.min(from.pitch(voice), to.pitch(voice));
      checker.add(Rule.LARGE_LEAP, "The " + VOICE_NAMES[voice] + " leaps a " + checker.interval(low, low + leap) + " from "
          + checker.note(from.pitch(voice)) + " to " + checker.note(to.pitch(voice)) + ".");
    }
  }

  private void checkResolutions() {
    ChordSpan before = checker.chordAt(from.time());
    ChordSpan after = checker.chordAt(to.time());
    if (before == null || after == null || before.chord().sameHarmony(after.chord())) {
      return;
    }
    Tonality key = before.key();
    boolean resolvesToTonic = Harmony.isTonic(after.chord(), key) || Harmony.isSubmediant(after.chord(), key);
    boolean dominant = Harmony.isDominant(before.chord(), key) || Harmony.isLeadingToneChord(before.chord(), key);
    for (int voice = 0; voice < VoiceExtractor.VOICES; voice++) {
      int pitch = from.pitch(voice);
      if (pitch < 0 || to.pitch(voice) < 0) {
        continue;
      }
      int step = to.pitch(voice) - pitch;
      boolean outer = voice == SOPRANO || voice == BASS;
      if (dominant && resolvesToTonic && pitch % 12 == key.leadingTone() && step != 1 && (outer || step != -4)) {
        checker.add(Rule.UNRESOLVED_LEADING_TONE, "The leading tone " + checker.note(pitch) + " in the " + VOICE_NAMES[voice]
            + " moves to " + checker.note(to.pitch(voice)) + " instead of rising to " + checker.note(pitch + 1) + ".");
      }
      if (pitch % 12 == before.chord().seventh() && step != -1 && step != -2) {
        checker.add(Rule.UNRESOLVED_SEVENTH, "The seventh of " + checker.chordSymbol(before) + ", "
            + checker.note(pitch) + " in the " + VOICE_NAMES[voice] + ", moves to " + checker.note(to.pitch(voice))
            + " instead of falling by step.");
      }
    }
  }

  private boolean sounds(int voice) {
    return from.pitch(voice) >= 0 && to.pitch(voice) >= 0;
  }

  private boolean moves(int voice) {
    return from.pitch(voice) != to.pitch(voice);
  }

  private String sonority(Slice slice, int upper, int lower) {
    return checker.note(slice.pitch(upper)) + " over " + checker.note(slice.pitch(lower));
  }

  private static boolean isPerfect(int semitones, int kind) {
    return semitones >= 0 && semitones % OCTAVE == kind;
  }

  private static String direction(int motion) {
    return motion > 0 ? "up" : "down";
  }
}
