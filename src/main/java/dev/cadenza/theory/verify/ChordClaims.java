package dev.cadenza.theory.verify;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Note;
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
 * Chord-spelling claims: a chord symbol or name, a spelling verb, then a list of at least three notes
 * ("a D# major 13th chord contains D#, F##, ...", "Cmaj7 (C, E, G, B)", "the notes of a G7 chord are G,
 * B, D and F"). Bare "C major" or "A minor" without the word chord or triad is left to the scale and
 * key checks. Listing fewer tones is accepted when only commonly omitted tones are missing, when the
 * verb allows a partial list ("contains", "includes") or when the sentence mentions an omission.
 */
final class ChordClaims {
  static final String KIND = "chord_spelling";
  private static final Pattern VERB = Pattern.compile("(?i)(\\s++(?:chord|triad))?\\s*+,?\\s*+(is\\s+spelled|is\\s+spelt"
      + "|is\\s+written|consists\\s+of|comprises|is\\s+made\\s+up\\s+of|is\\s+built\\s+from|has\\s+the\\s+notes"
      + "|contains\\s+the\\s+notes|contains|includes|has|is|are|=|:|\\()\\s*+(?:the\\s+notes\\s+|notes\\s+)?$");
  private static final Set<String> PARTIAL_VERBS = Set.of("contains", "includes", "has");

  private ChordClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    for (NoteLists.AfterVerb match : NoteLists.afterVerb(text, VERB, 3)) {
      NoteLists.NoteList list = match.list();
      int sentence = match.sentence();
      Matcher verb = match.verb();
      boolean chordWord = verb.group(1) != null;
      String verbWord = verb.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      parenthesised(text, sentence, verb.start())
          .or(() -> chordEndingAt(text, sentence, verb.start(), chordWord ? verb.end(1) : verb.start(), chordWord)
              .filter(found -> !ClaimText.articleA(text, sentence, found.start()))
              .filter(found -> ClaimText.opensClause(text, sentence, found.start())))
          .ifPresent(found -> claims.add(check(text, found, list, verbWord)));
    }
    return claims;
  }

  /**
   * A chord symbol that fills the parentheses ending at {@code end}: "a C dominant ninth chord (C9)
   * contains ...". A note or key there ("the seventh (A#): B, C#, ...") names no chord.
   */
  private static Optional<ClaimText.Found<Chord>> parenthesised(String text, int sentence, int end) {
    int open = text.lastIndexOf('(', end);
    if (open < sentence || end == 0 || text.charAt(end - 1) != ')') {
      return Optional.empty();
    }
    return chordEndingAt(text, open + 1, end - 1, end - 1, false).filter(found -> found.start() == open + 1);
  }

  /**
   * The chord named right before {@code end} (or before {@code through}, the word chord included). A bare note
   * or key ("C", "C major") or a name that is also a scale's ("C altered") names a chord only when the word chord
   * or triad follows it; otherwise it is left to the scale and key checks.
   */
  private static Optional<ClaimText.Found<Chord>> chordEndingAt(String text, int from, int end, int through,
      boolean chordWord) {
    return ClaimText.entityEndingAt(text, from, end, through)
        .filter(found -> chordWord || ClaimText.scaleNamed(text.substring(found.start(), found.end())).isEmpty())
        .flatMap(found -> ClaimText.chordOf(found.value(), chordWord)
            .map(chord -> new ClaimText.Found<>(chord, found.start(), found.end())));
  }

  private static Claim check(String text, ClaimText.Found<Chord> found, NoteLists.NoteList list, String verb) {
    Chord chord = found.value();
    List<Note> expected = chord.isSlash() ? chord.notes() : chord.tones();
    Set<Note> claimed = list.spellings();
    Set<Note> tones = new HashSet<>(expected);
    Set<Note> missing = new HashSet<>(tones);
    missing.removeAll(claimed);
    boolean wrong = !tones.containsAll(claimed);
    Verdict verdict;
    if (wrong) {
      verdict = Verdict.INCORRECT;
    } else if (missing.isEmpty() || chord.commonlyOmitted().containsAll(missing) || PARTIAL_VERBS.contains(verb)
        || verb.startsWith("contains")) {
      verdict = Verdict.CORRECT;
    } else if (ClaimText.mentionsOmission(text, list.start())) {
      verdict = Verdict.UNCHECKED;
    } else {
      verdict = Verdict.INCORRECT;
    }
    String expectedText = Prose.list(expected);
    String correction = text.substring(found.start(), list.start()) + expectedText;
    return Claim.of(text, KIND, verdict, expectedText, found.start(), list.end(), correction);
  }
}
