package dev.cadenza.piano;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.entity.EntityRecogniser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads "how do you play X on the piano?" and "the fingering for X" questions, X a scale (major, natural,
 * harmonic, melodic minor, chromatic), an arpeggio or a chord (in an inversion, or all of them), for
 * both hands or the one named.
 */
public final class FingeringQuestions {

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\bfinger(?:ing|ings|s)?\\b|\\bhow\\s+(?:do|would|should|can|to|does)\\s+(?:i\\s+|you\\s+|one\\s+|we\\s+)?play\\b"
          + "|\\bplay\\b.*\\bon\\s+(?:the\\s+|a\\s+)?(?:piano|keyboard)\\b");
  /** "which scales use the same fingering as C major": a question about fingerings, not a request for one. */
  private static final Pattern COMPARES = Pattern.compile(
      "(?i)\\b(?:which|what)\\s+(?:other\\s+)?(?:scales|keys|chords|arpeggios)\\b|\\bsame\\s+fingerings?\\b");
  /**
   * A question asking why a fingering is as it is, or about a figure no table here computes ("alberti bass on a C
   * chord", "broken chords"): the passages explain those, a computed triad fingering would answer something else.
   */
  private static final Pattern NOT_COMPUTED = Pattern.compile(
      "(?i)^\\W*(?:but\\s+|so\\s+)?why\\b|\\balberti\\b|\\bbroken\\s+chords?\\b|\\btrills?\\b|\\bglissando\\b");
  private static final String TONIC = "\\b([A-G](?:\\s*-?\\s*(?:sharp|flat)|#|b|♯|♭)?)";
  private static final Pattern SCALE = Pattern.compile(TONIC
      + "[\\s-]*(natural minor|harmonic minor|melodic minor|major|minor)?[\\s-]*scale", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCALE_OF = Pattern.compile("(?i)scale\\s+of\\s+" + TONIC
      + "[\\s-]*(natural minor|harmonic minor|melodic minor|major|minor)?");
  /** "the harmonic minor scale on A", "a major scale starting on Eb": the tonic after the scale. */
  private static final Pattern SCALE_ON = Pattern.compile("(?i)(natural minor|harmonic minor|melodic minor|major|minor)?"
      + "[\\s-]*scale\\s+(?:on|starting on|starting from|from|in)\\s+" + TONIC);
  /** "A harmonic minor": a form of minor names a scale, never a chord, with or without the word "scale". */
  private static final Pattern MINOR_FORM = Pattern.compile(TONIC + "[\\s-]*(natural minor|harmonic minor|melodic minor)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHROMATIC = Pattern.compile("(?i)chromatic\\s+scale(?:\\s+(?:from|on|starting on)\\s+"
      + TONIC + ")?|" + TONIC + "[\\s-]+chromatic");
  private static final Pattern ARPEGGIO = Pattern.compile(TONIC + "[\\s-]*(major|minor|m)?[\\s-]*arpeggio",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HAND = Pattern.compile("(?i)\\b(right|left)[\\s-]hand(?:ed)?\\b|\\b([RL])\\.?H\\b\\.?");
  /** A chord shape asked for without a root ("fingering for a root position triad"): shown on C. */
  private static final Pattern ANY_TRIAD = Pattern.compile("(?i)\\btriads?\\b");
  private static final List<String> ORDINALS = List.of("root position", "first inversion", "second inversion",
      "third inversion");
  private static final int LONGEST_CHORD_NAME = 5;

  private FingeringQuestions() {}

  /** The fingering a question asks for, or empty when it is not such a question. */
  public static Optional<Fingering> answer(String question) {
    if (!CUE.matcher(question).find() || COMPARES.matcher(question).find() || NOT_COMPUTED.matcher(question).find()) {
      return Optional.empty();
    }
    Optional<Fingering> fingering = subject(question.replaceAll("[?!.]+\\s*$", "").strip());
    Matcher hand = HAND.matcher(question);
    if (!hand.find()) {
      return fingering;
    }
    String which = hand.group(1) != null ? hand.group(1).toLowerCase(Locale.ROOT) : hand.group(2).equals("R") ? "right" : "left";
    return fingering.map(f -> f.onlyHand(which));
  }

  /**
   * Whether the letter a pattern took at {@code offset} is a tonic: a capital always; a lower-case letter only
   * where the entity recogniser reads music there, so the article of "fingering for a major scale" is no tonic.
   */
  private static boolean tonic(String text, Matcher m, int group) {
    int offset = m.start(group);
    return Character.isUpperCase(text.charAt(offset))
        || EntityRecogniser.locate(text).stream().anyMatch(e -> e.start() == offset);
  }

  private static Optional<Fingering> subject(String text) {
    Matcher chromatic = CHROMATIC.matcher(text);
    if (chromatic.find()) {
      int group = chromatic.group(1) != null ? 1 : 2;
      String tonic = chromatic.group(group);
      if (tonic == null || tonic(text, chromatic, group)) {
        return Optional.of(PianoFingerings.scale(tonic == null ? Note.parse("C") : note(tonic), ScaleType.CHROMATIC));
      }
    }
    Matcher arpeggio = ARPEGGIO.matcher(text);
    if (arpeggio.find() && tonic(text, arpeggio, 1)) {
      String mode = arpeggio.group(2) == null ? "major" : arpeggio.group(2).toLowerCase(Locale.ROOT);
      return Optional.of(PianoFingerings.arpeggio(note(arpeggio.group(1)), !mode.equals("major")));
    }
    for (Pattern scalePattern : List.of(SCALE, SCALE_OF)) {
      Matcher scale = scalePattern.matcher(text);
      while (scale.find()) {
        if (!tonic(text, scale, 1)) continue;
        return Optional.of(scale(scale.group(1), scale.group(2)));
      }
    }
    Matcher on = SCALE_ON.matcher(text);
    if (on.find() && tonic(text, on, 2)) return Optional.of(scale(on.group(2), on.group(1)));
    Matcher form = MINOR_FORM.matcher(text);
    if (form.find() && tonic(text, form, 1)) return Optional.of(scale(form.group(1), form.group(2)));
    Optional<Fingering> chord = chord(text);
    if (chord.isEmpty() && ANY_TRIAD.matcher(text).find()) {
      return Optional.of(onC(position(Chord.parse("C"), text.toLowerCase(Locale.ROOT))));
    }
    return chord;
  }

  /** The scale on {@code tonic} in {@code mode} (major when none is named; "minor" is natural minor). */
  private static Fingering scale(String tonic, String mode) {
    String named = mode == null ? "major" : mode.toLowerCase(Locale.ROOT);
    ScaleType type = ScaleType.parse(named.equals("minor") ? "natural minor" : named).orElseThrow();
    return PianoFingerings.scale(note(tonic), type);
  }

  private static Fingering onC(Fingering shape) {
    List<String> conventions = new java.util.ArrayList<>(shape.conventions());
    conventions.add("No root was named, so the shape is shown on C; a triad on any other root in the same position"
        + " takes the same fingers.");
    return new Fingering(shape.kind(), shape.subject(), shape.form(), shape.positions(), conventions);
  }

  /** A tonic as typed, in any case ("c#", "e flat"). */
  private static Note note(String tonic) {
    return Note.parse(Character.toUpperCase(tonic.charAt(0)) + tonic.substring(1));
  }

  private static Optional<Fingering> chord(String text) {
    List<String> words = Arrays.stream(text.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    // A lower-case root ("a c major chord") counts where the entity recogniser reads music, as for scales.
    Set<Integer> music = EntityRecogniser.locate(text).stream().map(e -> e.start()).collect(Collectors.toSet());
    int offset = 0;
    for (int start = 0; start < words.size(); start++) {
      offset = text.indexOf(words.get(start), offset);
      if (!Character.isUpperCase(words.get(start).charAt(0)) && !music.contains(offset)) {
        continue;
      }
      for (int n = Math.min(LONGEST_CHORD_NAME, words.size() - start); n >= 1; n--) {
        Optional<Chord> chord = parse(capitalised(String.join(" ", words.subList(start, start + n))));
        if (chord.isPresent()) {
          return Optional.of(position(chord.get(), text.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Chord> parse(String phrase) {
    try {
      return Optional.of(Chord.parse(phrase));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Fingering position(Chord chord, String text) {
    if (text.matches(".*\\b(inversions|all (?:the )?inversions|every inversion|each inversion)\\b.*")) {
      return PianoFingerings.inversions(chord);
    }
    for (int i = 1; i < ORDINALS.size(); i++) {
      String ordinal = ORDINALS.get(i);
      String shortForm = (i == 1 ? "1st" : i == 2 ? "2nd" : "3rd") + " inversion";
      if ((text.contains(ordinal) || text.contains(shortForm)) && i < chord.tones().size() && !chord.isSlash()) {
        return PianoFingerings.chord(new Chord(chord.root(), chord.type(), chord.tones().get(i)));
      }
    }
    return PianoFingerings.chord(chord);
  }

  /** The answer in words: each position, each hand's notes bottom to top with fingers, then the conventions. */
  public static String text(Fingering fingering) {
    StringBuilder text = new StringBuilder("Fingering for the " + fingering.subject() + " on the piano.");
    for (Fingering.Position position : fingering.positions()) {
      text.append("\n\n").append(capitalised(position.label())).append(':');
      for (Fingering.Hand hand : position.hands()) {
        text.append("\n- ").append(capitalised(hand.hand())).append(" hand: ");
        text.append(String.join(", ", hand.notes().stream()
            .map(k -> k.note() + " (" + k.finger() + (k.black() ? ", black key" : "") + ")").toList()));
        // The fingers alone, as teachers write them above the staff.
        text.append("\n  fingers ").append(String.join("-", hand.fingers().stream().map(String::valueOf).toList()));
      }
    }
    text.append("\n\n").append(String.join(" ", fingering.conventions()));
    return text.toString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
