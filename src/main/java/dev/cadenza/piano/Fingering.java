package dev.cadenza.piano;

import java.util.List;

/**
 * How to play a scale, arpeggio or chord: one or more positions, each with the keys of each hand listed
 * bottom to top, and the conventions the fingers follow. docs/piano.md describes the JSON.
 *
 * @param form "scale", "arpeggio" or "chord"
 */
public record Fingering(String kind, String subject, String form, List<Position> positions, List<String> conventions) {

  /** The "kind" of a fingering in JSON. */
  public static final String KIND = "fingering";

  public Fingering {
    positions = List.copyOf(positions);
    conventions = List.copyOf(conventions);
  }

  /** One way of playing it (a direction, an inversion), for each hand. */
  public record Position(String label, List<Hand> hands) {
    public Position {
      hands = List.copyOf(hands);
    }
  }

  /** One hand's keys, bottom to top; {@code hand} is "right" or "left". */
  public record Hand(String hand, List<PianoKey> notes) {
    public Hand {
      notes = List.copyOf(notes);
    }

    /** The fingers in order, e.g. [1, 2, 3, 1, 2, 3, 4, 5]. */
    public List<Integer> fingers() {
      return notes.stream().map(PianoKey::finger).toList();
    }
  }

  /** This fingering with only one hand ("right" or "left") in every position, and the conventions that apply to it. */
  public Fingering onlyHand(String hand) {
    List<Position> kept = positions.stream()
        .map(p -> new Position(p.label(), p.hands().stream().filter(h -> h.hand().equals(hand)).toList()))
        .toList();
    String other = hand.equals("right") ? "left hand" : "right hand";
    // A convention about the other hand alone does not apply; one about both (a split chord) still does.
    List<String> apply = conventions.stream()
        .filter(c -> !c.toLowerCase(java.util.Locale.ROOT).contains(other) || c.toLowerCase(java.util.Locale.ROOT).contains(hand + " hand"))
        .toList();
    return new Fingering(kind, subject, form, kept, apply);
  }
}
