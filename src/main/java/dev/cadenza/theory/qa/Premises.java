package dev.cadenza.theory.qa;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import dev.cadenza.theory.query.QueryResult;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Corrects a false premise before the answer: "why does C major have 2 sharps" states a fact the engine can
 * check. Only questions that assert ("why", "since", "explain why") are checked, and only the fact the first
 * answer computed: a signature count, a chord's quality, an interval or its size, a note in a scale, a related
 * key.
 */
final class Premises {
  private static final Set<String> ASSERTING = Set.of("why", "since", "explain");
  /** "how come c# minor has 4 flats", "my teacher said the subdominant of Bb major is E": asserted too. */
  private static final Pattern ASSERTING_PHRASE =
      Pattern.compile("(?i)\\bhow\\s+come\\b|\\b(?:said|says|told\\s+(?:me|us))\\b");
  /** Extensions that may stand between a quality and "chord" ("a major 7th chord", "a dominant seventh chord"). */
  private static final Set<String> EXTENSIONS = Set.of("7th", "seventh", "7", "9th", "ninth", "6th", "sixth");
  private static final List<String> QUALITIES = List.of("major", "minor", "diminished", "augmented", "dominant");

  private Premises() {}

  /**
   * "why is the 7th of G# harmonic minor F## and not G": G is not in the scale; where a scale note sounds the same
   * under another letter, the reason is the rule of one letter name per degree, and the scale note holding the claimed
   * note's letter.
   */
  private static String notInScale(Note claimed, QueryResult.ScaleResult r) {
    String no = "No: " + claimed + " is not in " + r.scale() + ".";
    List<Note> notes = r.notes().stream().map(Note::parse).toList();
    Optional<Note> sounding = notes.stream().filter(n -> n.isEnharmonicWith(claimed) && n.letter() != claimed.letter())
        .findFirst();
    Optional<Note> sameLetter = notes.stream().filter(n -> n.letter() == claimed.letter()).findFirst();
    if (sounding.isEmpty() || sameLetter.isEmpty()) return no;
    return no + " " + oneLetterEach(sounding.get(), claimed) + " is already taken by " + sameLetter.get() + ".";
  }

  /** "why is the 7th note of F# major E# and not F": the same sound under the letter of another degree. */
  private static String notTheDegree(Note claimed, QueryResult.DegreeResult r) {
    Note tonic = Note.parse(r.key().split(" ")[0]);
    String degree = r.raised() ? "leading tone" : r.name();
    String no = "No: " + claimed + " is not the " + degree + " of " + r.key() + "; " + r.note() + " is.";
    // A note that only sounds like the degree is spelled on another degree's letter; any other note is simply another.
    if (!claimed.isEnharmonicWith(Note.parse(r.note()))) return no;
    String taken = tonic.letter() == claimed.letter() ? "the tonic " + tonic : "another degree";
    return no + " " + oneLetterEach(Note.parse(r.note()), claimed) + " belongs to " + taken + ".";
  }

  /** The rule both corrections give, up to the letter the claimed note would need. */
  private static String oneLetterEach(Note sounding, Note claimed) {
    return sounding + " sounds the same as " + claimed + ", but a scale uses each letter name once, and the letter "
        + claimed.letter();
  }

  static Optional<String> correction(String question, List<QueryResult> results) {
    Tokens t = Tokens.of(question);
    boolean asserted = t.words().stream().anyMatch(w -> ASSERTING.contains(w.toLowerCase(Locale.ROOT)))
        || ASSERTING_PHRASE.matcher(question).find();
    if (!asserted) {
      return Optional.empty();
    }
    List<MusicEntity> claimed = EntityRecogniser.recognise(t);
    return switch (results.getFirst()) {
      case QueryResult.KeyResult r when r.relation() == null -> signature(t, claimed, r);
      case QueryResult.KeyResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.KeyName k && !k.key().name().equals(r.key()) && !k.key().name().equals(r.related()))
          .findFirst().map(e -> "No: the " + r.relation() + " of " + r.key() + " is " + r.related() + ", not "
              + ((MusicEntity.KeyName) e).key() + ".");
      case QueryResult.IdentifiedChord r when r.symbol() != null -> quality(t, r);
      case QueryResult.IntervalResult r when r.type().equals("interval_semitones") -> size(t, claimed, r);
      case QueryResult.IntervalResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.IntervalName i && !i.interval().shortName().equals(r.interval()))
          .findFirst().map(e -> "No: it is " + Prose.withArticle(r.name()) + " (" + r.interval() + "), not "
              + Prose.withArticle(((MusicEntity.IntervalName) e).interval().name()) + ".");
      case QueryResult.ScaleResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.NoteName n && !r.notes().contains(n.note().withoutOctave().toString()))
          .findFirst().map(e -> notInScale(((MusicEntity.NoteName) e).note().withoutOctave(), r));
      case QueryResult.DegreeResult r -> claimed.stream()
          .filter(e -> e instanceof MusicEntity.NoteName n && !n.note().withoutOctave().toString().equals(r.note()))
          .findFirst().map(e -> notTheDegree(((MusicEntity.NoteName) e).note().withoutOctave(), r));
      case QueryResult.ChordResult r -> chordNotes(t, claimed, r);
      default -> Optional.empty();
    };
  }

  /**
   * "why is C major C E Gb": the notes claimed are not the chord's. "why is the D major triad spelled with F# rather than
   * Gb": the note after "rather than", "instead of" or "not" is the one turned down; when it is not in the chord, the
   * chord note that sounds like it takes the letter a third needs.
   */
  private static Optional<String> chordNotes(Tokens t, List<MusicEntity> claimed, QueryResult.ChordResult r) {
    int contrast = t.size();
    for (int i = 0; i < t.size() && contrast == t.size(); i++) {
      if (t.is(i, "rather", "instead", "not")) contrast = i;
    }
    int turnedDown = contrast;
    List<MusicEntity.NoteName> named = claimed.stream().filter(e -> e instanceof MusicEntity.NoteName)
        .map(e -> (MusicEntity.NoteName) e).toList();
    Optional<Note> rejected = named.stream().filter(n -> n.first() > turnedDown).map(n -> n.note().withoutOctave())
        .filter(n -> !r.notes().contains(n.toString())).findFirst();
    if (rejected.isPresent()) {
      Note root = Note.parse(r.notes().getFirst());
      Optional<Note> sounding = r.notes().stream().map(Note::parse)
          .filter(n -> n.isEnharmonicWith(rejected.get()) && n.letter() != rejected.get().letter()).findFirst();
      String no = "No: " + rejected.get() + " is not in " + Prose.withArticle(r.name()) + " (" + r.symbol() + ")";
      return Optional.of(sounding.isEmpty() ? no + "." : no + ": " + sounding.get() + " sounds the same as " + rejected.get()
          + ", but from " + root + " the letter " + rejected.get().letter() + " makes "
          + Prose.withArticle(Interval.between(root, rejected.get()).name()) + ".");
    }
    if (contrast < t.size()) return Optional.empty();
    List<String> notes = named.stream().map(n -> n.note().withoutOctave().toString()).toList();
    // "since Em7 has a G# in it": one note said to be in the chord.
    if (notes.size() == 1 && !r.notes().contains(notes.getFirst()) && t.words().stream()
        .anyMatch(w -> w.equalsIgnoreCase("has") || w.equalsIgnoreCase("have") || w.equalsIgnoreCase("contains"))) {
      return Optional.of("No: " + notes.getFirst() + " is not in " + Prose.withArticle(r.name()) + " (" + r.symbol()
          + "), whose notes are " + String.join(", ", r.notes()) + ".");
    }
    return notes.size() >= 2 && !r.notes().containsAll(notes)
        ? Optional.of("No: " + r.symbol() + " is not " + String.join(" ", notes) + ".") : Optional.empty();
  }

  private static Optional<String> signature(Tokens t, List<MusicEntity> claimed, QueryResult.KeyResult r) {
    for (MusicEntity e : claimed) {
      if (e instanceof MusicEntity.Count c && t.is(c.end(), "sharp", "sharps", "flat", "flats")) {
        int fifths = t.lower(c.end()).startsWith("sharp") ? c.value() : -c.value();
        if (fifths != r.fifths() && !(c.value() == 0 && r.fifths() == 0)) {
          return Optional.of("No: " + r.key() + " has " + actualSignature(r) + ", not " + c.value() + " "
              + t.lower(c.end()) + ".");
        }
      }
    }
    return Optional.empty();
  }

  /** "no sharps or flats", "1 sharp", "5 flats": what the signature has, stated before what was claimed. */
  private static String actualSignature(QueryResult.KeyResult r) {
    int count = Math.abs(r.fifths());
    if (count == 0) {
      return "no sharps or flats";
    }
    return count + (r.fifths() > 0 ? " sharp" : " flat") + (count == 1 ? "" : "s");
  }

  /** "why is a tritone 5 half steps": a count of semitones or half steps that is not the interval's size. */
  private static Optional<String> size(Tokens t, List<MusicEntity> claimed, QueryResult.IntervalResult r) {
    Optional<MusicEntity.IntervalName> named = claimed.stream().filter(MusicEntity.IntervalName.class::isInstance)
        .map(MusicEntity.IntervalName.class::cast).findFirst();
    for (MusicEntity e : claimed) {
      if (e instanceof MusicEntity.Count c && named.isPresent() && c.value() != r.semitones()
          && (t.is(c.end(), "semitones", "semitone") || t.is(c.end(), "half") && t.is(c.end() + 1, "steps", "step"))) {
        String interval = t.join(named.get().first(), named.get().end()).toLowerCase(Locale.ROOT);
        String words = Prose.count(r.semitones());
        String span = Character.isDigit(words.charAt(0)) ? words + " semitones"
            : words + " half steps (" + r.semitones() + " semitones)";
        return Optional.of("No: " + Prose.withArticle(interval) + " spans " + span + ", not " + c.value() + ".");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> quality(Tokens t, QueryResult.IdentifiedChord r) {
    for (int i = 1; i < t.size(); i++) {
      String word = t.lower(i);
      if (!QUALITIES.contains(word) || !t.is(i - 1, "a", "an")) continue;
      // "a major 7th chord", "a dominant seventh chord": the extension belongs to the quality claimed.
      int noun = EXTENSIONS.contains(t.lower(i + 1)) ? i + 2 : i + 1;
      if (!t.is(noun, "chord", "triad")) continue;
      String extension = noun > i + 1 ? " " + t.lower(i + 1).replace("seventh", "7th").replace("ninth", "9th")
          .replace("sixth", "6th").replaceFirst("^(\\d)$", "$1th") : "";
      if (!r.name().contains(word + extension)) {
        return Optional.of("No: " + String.join(", ", r.notes()) + " is " + r.described() + " (" + r.symbol()
            + "), not " + t.join(i - 1, noun + 1) + ".");
      }
    }
    return Optional.empty();
  }
}
