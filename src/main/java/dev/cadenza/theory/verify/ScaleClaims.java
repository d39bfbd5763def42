package dev.cadenza.theory.verify;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.text.NoteLists;
import dev.cadenza.theory.text.Prose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale-spelling claims: a scale or mode, a verb, then a list of notes ("the notes of E major are E,
 * F#, G#, A, B, C#, D#"). Without the word scale or mode, "E major" is judged as a scale only when
 * seven notes are listed. Practice varies for some scales, so these count as correct: any of natural,
 * harmonic or melodic minor for a bare "minor", the natural-minor descent of melodic minor, and any
 * enharmonic spelling of blues, whole-tone, octatonic, chromatic and altered scales.
 */
final class ScaleClaims {
  static final String KIND = "scale_spelling";
  private static final Pattern VERB = Pattern.compile("(?i)(\\s++(?:scale|mode))?\\s*+,?\\s*+(is\\s+spelled|consists\\s+of"
      + "|comprises|contains\\s+the\\s+notes|contains|includes|has\\s+the\\s+notes|uses|are|is|=|:|\\()"
      + "\\s*+(?:the\\s+notes\\s+|notes\\s+)?$");
  private static final Set<ScaleType> SPELLED_FREELY = Set.of(ScaleType.BLUES, ScaleType.WHOLE_TONE,
      ScaleType.OCTATONIC_HALF_WHOLE, ScaleType.OCTATONIC_WHOLE_HALF, ScaleType.CHROMATIC, ScaleType.ALTERED);
  private static final int HEPTATONIC = 7;

  private ScaleClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    for (NoteLists.AfterVerb match : NoteLists.afterVerb(text, VERB, 3)) {
      NoteLists.NoteList list = match.list();
      int sentence = match.sentence();
      Matcher verb = match.verb();
      boolean scaleWord = verb.group(1) != null;
      String verbWord = verb.group(2).toLowerCase(Locale.ROOT);
      scaleEndingAt(text, sentence, verb.start(), scaleWord ? verb.end(1) : verb.start())
          .filter(found -> !ClaimText.articleA(text, sentence, found.start()))
          .filter(found -> ClaimText.opensClause(text, sentence, found.start()))
          .filter(found -> scaleWord || !bareKeyName(found) || list.spellings().size() == HEPTATONIC)
          .ifPresent(found -> claims.add(check(text, found, list, verbWord, bareMinor(text, found))));
    }
    return claims;
  }

  /**
   * The scale or mode named right before {@code end} (or {@code through}, the word scale included); a key ("E
   * major") stands for its major or natural minor scale, and a chord name that is also a scale's ("B altered")
   * for the scale.
   */
  private static Optional<ClaimText.Found<Scale>> scaleEndingAt(String text, int from, int end, int through) {
    return ClaimText.entityEndingAt(text, from, end, through).flatMap(found -> (switch (found.value()) {
      case MusicEntity.ScaleName s -> Optional.of(s.scale());
      case MusicEntity.KeyName k -> Optional.of(new Scale(k.key().tonic(),
          k.key().mode() == Key.Mode.MAJOR ? ScaleType.MAJOR : ScaleType.NATURAL_MINOR));
      case MusicEntity.ChordName c -> ClaimText.scaleNamed(text.substring(found.start(), found.end()));
      default -> Optional.<Scale>empty();
    }).map(scale -> new ClaimText.Found<>(scale, found.start(), found.end())));
  }

  private static boolean bareKeyName(ClaimText.Found<Scale> found) {
    ScaleType type = found.value().type();
    return type == ScaleType.MAJOR || type == ScaleType.NATURAL_MINOR;
  }

  private static boolean bareMinor(String text, ClaimText.Found<Scale> found) {
    return text.substring(found.start(), found.end()).toLowerCase(Locale.ROOT).matches("\\S+\\s+minor");
  }

  private static Claim check(String text, ClaimText.Found<Scale> found, NoteLists.NoteList list, String verb,
      boolean bareMinor) {
    Scale scale = found.value();
    Set<Note> claimed = list.spellings();
    List<Set<Note>> accepted = new ArrayList<>();
    accepted.add(new HashSet<>(scale.notes()));
    if (bareMinor || scale.type() == ScaleType.MELODIC_MINOR) {
      Set<Note> both = new HashSet<>();
      for (ScaleType minor : List.of(ScaleType.NATURAL_MINOR, ScaleType.HARMONIC_MINOR, ScaleType.MELODIC_MINOR)) {
        if (bareMinor || minor != ScaleType.HARMONIC_MINOR) {
          notes(scale.tonic(), minor).ifPresent(notes -> {
            accepted.add(notes);
            both.addAll(notes);
          });
        }
      }
      accepted.add(both);
    }
    Verdict verdict = verdict(scale, claimed, accepted, verb);
    String expected = Prose.list(scale.notes());
    String correction = text.substring(found.start(), list.start()) + expected;
    return Claim.of(text, KIND, verdict, expected, found.start(), list.end(), correction);
  }

  private static Optional<Set<Note>> notes(Note tonic, ScaleType type) {
    try {
      return Optional.of(new HashSet<>(new Scale(tonic, type).notes()));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private static Verdict verdict(Scale scale, Set<Note> claimed, List<Set<Note>> accepted, String verb) {
    if (accepted.contains(claimed)) {
      return Verdict.CORRECT;
    }
    if (SPELLED_FREELY.contains(scale.type())) {
      Set<Integer> claimedClasses = new HashSet<>();
      claimed.forEach(n -> claimedClasses.add(n.pitchClass()));
      Set<Integer> classes = new HashSet<>();
      scale.notes().forEach(n -> classes.add(n.pitchClass()));
      return classes.equals(claimedClasses) ? Verdict.CORRECT
          : classes.containsAll(claimedClasses) ? Verdict.UNCHECKED : Verdict.INCORRECT;
    }
    Set<Note> all = new HashSet<>();
    accepted.forEach(all::addAll);
    if (!all.containsAll(claimed)) {
      return Verdict.INCORRECT;
    }
    boolean partialVerb = verb.startsWith("contains") || verb.equals("includes") || verb.equals("uses");
    return partialVerb ? Verdict.CORRECT : Verdict.UNCHECKED;
  }
}
