package dev.cadenza.piano;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.ScaleType;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences that state how a fingering was chosen and where the hand moves, computed from it. A sentence
 * about one hand names only that hand, so that a one-hand answer can leave out the other's.
 */
final class Conventions {

  private Conventions() {}

  static List<String> forScale(Fingering.Position ascending, ScaleType type) {
    List<String> lines = new ArrayList<>();
    if (type == ScaleType.CHROMATIC) {
      lines.add("Chromatic scale: finger 3 on every black key and the thumb on the white keys, except where two white"
          + " keys meet (E-F, B-C).");
      lines.add("Going up, the right hand plays the upper of those two white keys with 2.");
      lines.add("Going up, the left hand plays the lower of those two white keys with 2.");
    } else {
      lines.add("The thumb never plays a black key; the fingers fall in one group of three (1-2-3) and one of four"
          + " (1-2-3-4), so the hand turns once in each octave.");
    }
    if (type != ScaleType.CHROMATIC) {
      lines.addAll(blackKeys(ascending));
      lines.addAll(crossings(ascending));
    }
    lines.add("Coming down, play the same fingers in reverse order. For more octaves the groups repeat.");
    lines.add("The right hand uses the little finger only on the top note.");
    lines.add("The left hand uses the little finger only on the bottom note.");
    return lines;
  }

  static List<String> forArpeggio(Fingering.Position ascending) {
    List<String> lines = new ArrayList<>(List.of("Arpeggios keep the thumb on a white key where the chord has one;"
        + " an all-black chord is fingered like a white-key one."));
    lines.addAll(crossings(ascending));
    return lines;
  }

  static List<String> forChord(Chord chord, boolean split) {
    List<String> lines = new ArrayList<>();
    if (split) {
      lines.add(chord.symbol() + " is wider than one hand: the left hand plays the bass and the right hand the"
          + " other tones in close position; with more than four of them, the tones commonly omitted in practice"
          + " are left out first.");
    } else {
      lines.add("Each hand can play the whole chord: the thumb and little finger take the outer notes; the finger"
          + " beside the little finger is 4 across a second, 3 across a third and 2 across a fourth.");
    }
    return lines;
  }

  /** Which finger each black key of the scale takes, per hand: the landmarks a player memorises. */
  private static List<String> blackKeys(Fingering.Position ascending) {
    List<String> lines = new ArrayList<>();
    for (Fingering.Hand hand : ascending.hands()) {
      List<String> keys = hand.notes().stream().filter(PianoKey::black)
          .map(k -> Note.parse(k.note()).withoutOctave() + " with " + k.finger()).distinct().toList();
      if (!keys.isEmpty()) {
        lines.add("Black keys, " + hand.hand() + " hand: " + String.join(", ", keys) + ".");
      }
    }
    return lines;
  }

  /** Where the thumb passes under (right hand) or a finger crosses over (left hand), going up. */
  private static List<String> crossings(Fingering.Position ascending) {
    List<String> lines = new ArrayList<>();
    for (Fingering.Hand hand : ascending.hands()) {
      List<String> moves = new ArrayList<>();
      List<PianoKey> keys = hand.notes();
      for (int i = 0; i + 1 < keys.size(); i++) {
        PianoKey from = keys.get(i);
        PianoKey to = keys.get(i + 1);
        boolean right = hand.hand().equals("right");
        if (right && to.finger() == 1 && from.finger() > 1) {
          moves.add("thumb under after " + from.finger() + " on " + from.note() + ", onto " + to.note());
        } else if (!right && from.finger() == 1 && to.finger() > 1) {
          moves.add(to.finger() + " over the thumb from " + from.note() + " onto " + to.note());
        }
      }
      if (!moves.isEmpty()) {
        lines.add("Going up, " + hand.hand() + " hand: " + String.join("; ", moves) + ".");
      }
    }
    return lines;
  }
}
