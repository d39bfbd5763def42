package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.entity.MusicEntity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for Roman-numeral questions: realising numerals and progressions, naming chords in a key, finding the key. */
final class NumeralReaders {
  /** "dominant of the dominant", "leading tone seventh of the submediant": a chord on a function of another's key. */
  private static final Pattern SECONDARY = Pattern.compile(
      " (dominant|leading tone|leading-tone)( seventh| 7th| 7)?(?: chord| triad)? of the (dominant|subdominant|supertonic"
          + "|mediant|submediant) ");
  /** Chords or triads, then the key with nothing between but joining words ("are in the key of", "that belong to"). */
  private static final Pattern KEY_CHORDS = Pattern.compile(" (?:chords|triads) "
      + "(?:are |that belong |belong |that go |go |that fit |fit )?(?:in|of|to|with) (?:the )?(?:key of )?_ ");
  private static final Map<String, String> TARGETS = Map.of("dominant", "V", "subdominant", "IV", "supertonic", "ii",
      "mediant", "iii", "submediant", "vi");
  /** Chords named by function, as numerals: "the dominant seventh of D major" is V7. Longest phrases first. */
  private static final List<Map.Entry<String, String>> FUNCTION_CHORDS = List.of(
      Map.entry("leading tone seventh", "vii°7"), Map.entry("leading-tone seventh", "vii°7"),
      Map.entry("leading tone chord", "vii°"), Map.entry("leading-tone chord", "vii°"),
      Map.entry("leading tone triad", "vii°"), Map.entry("leading-tone triad", "vii°"),
      Map.entry("dominant seventh", "V7"), Map.entry("tonic chord", "I"), Map.entry("tonic triad", "I"),
      Map.entry("subdominant chord", "IV"), Map.entry("subdominant triad", "IV"), Map.entry("dominant chord", "V"),
      Map.entry("dominant triad", "V"), Map.entry("supertonic chord", "ii"), Map.entry("submediant chord", "vi"),
      Map.entry("mediant chord", "iii"));

  private NumeralReaders() {}

  /** "what are the diatonic chords of G major?" */
  static List<TheoryQuery> diatonic(Clause c) {
    // "which chords are in A major", "the chords of the E minor key": the key right after; "what key are these chords
    // in: F Bb C F" names its chords as notes, and "the chords of the tadd dameron turnaround in C" another thing's.
    boolean loosely = KEY_CHORDS.matcher(c.words()).find() && c.all(MusicEntity.ChordName.class).isEmpty()
        && c.all(MusicEntity.Numeral.class).isEmpty() && c.all(MusicEntity.NoteName.class).size() <= 1;
    if (!c.has(Cue.DIATONIC) && !loosely) return List.of();
    // "triads in F natural minor": the scale named is the minor key's, its seventh left unraised.
    Optional<Key> natural = c.first(MusicEntity.ScaleName.class).filter(s -> s.scale().type() == ScaleType.NATURAL_MINOR)
        .map(s -> Key.minor(s.scale().tonic().toString()));
    if (natural.isPresent()) return List.of(new TheoryQuery.DiatonicChords(natural.get(), c.has(Cue.SEVENTHS), true));
    return c.key().map(k -> List.<TheoryQuery>of(new TheoryQuery.DiatonicChords(k.value(), c.has(Cue.SEVENTHS), false)))
        .orElse(List.of());
  }

  /** "ii-V-I in Eb", "i iv V i in A minor": two or more numerals and a key. */
  static List<TheoryQuery> progression(Clause c) {
    List<MusicEntity.Numeral> numerals = c.all(MusicEntity.Numeral.class);
    Optional<Clause.Placed<Key>> key = c.key();
    if (numerals.size() < 2 || key.isEmpty()) return List.of();
    Key k = key.get().value();
    return List.of(new TheoryQuery.RealiseProgression(
        numerals.stream().map(n -> Conventions.numeral(n.numeral(), k)).toList(), k));
  }

  /** "analyse Dm G7 C in C major": two or more chords and a key. */
  static List<TheoryQuery> analysis(Clause c) {
    Optional<Clause.Placed<Key>> key = c.key();
    if (key.isEmpty() || !c.all(MusicEntity.Numeral.class).isEmpty()) return List.of();
    List<Chord> chords = c.chords(key.get().entity());
    if (chords.size() < 2 || !c.all(MusicEntity.IntervalName.class).isEmpty()) return List.of();
    // "why is the leading tone of F# minor spelled E# and not F": notes named as a degree's spelling, not chords.
    if (c.all(MusicEntity.ChordName.class).isEmpty() && !KeyReaders.degree(c).isEmpty()) return List.of();
    // "what numeral is D F A in Bb major": one chord named by its notes, not three roots.
    List<Chord> byNotes = ChordReaders.chordsByNotes(c, key.get().entity());
    if (byNotes.size() == 1) return List.of(new TheoryQuery.NumeralOfChord(byNotes.getFirst(), key.get().value()));
    if (!byNotes.isEmpty()) chords = byNotes;
    return List.of(new TheoryQuery.AnalyseProgression(chords, key.get().value()));
  }

  /** "Fm Db Eb Ab what key is this in": two or more chords, a question about the key and no key named. */
  static List<TheoryQuery> findKey(Clause c) {
    if (!c.has(Cue.WHICH_KEY) || c.all(MusicEntity.KeyName.class).size() > 0) return List.of();
    List<Chord> chords = c.chords(null);
    return chords.size() < 2 ? List.of() : List.of(new TheoryQuery.FindKey(chords));
  }

  /** "V7/V in G major", "the vii in Eb minor", "the dominant seventh of D major". */
  static List<TheoryQuery> realise(Clause c) {
    Optional<Clause.Placed<Key>> key = c.key();
    if (key.isEmpty()) return List.of();
    Key k = key.get().value();
    List<MusicEntity.Numeral> numerals = c.all(MusicEntity.Numeral.class);
    if (!numerals.isEmpty()) {
      return numerals.stream().<TheoryQuery>map(n ->
          new TheoryQuery.RealiseNumeral(Conventions.numeral(n.numeral(), k), k, n.numeral())).toList();
    }
    // "the dominant of the dominant in G": a secondary chord named by functions, V/V.
    Matcher secondary = SECONDARY.matcher(c.words());
    if (secondary.find()) {
      String target = TARGETS.get(secondary.group(3));
      String numeral = (secondary.group(1).equals("dominant") ? "V" : "vii°") + (secondary.group(2) == null ? "" : "7") + "/"
          + (k.mode() == Key.Mode.MINOR ? minorCase(target) : target);
      return List.of(new TheoryQuery.RealiseNumeral(Conventions.numeral(numeral, k), k, numeral));
    }
    for (Map.Entry<String, String> named : FUNCTION_CHORDS) {
      if (c.says(named.getKey())) {
        String numeral = k.mode() == Key.Mode.MINOR ? minorCase(named.getValue()) : majorCase(named.getValue());
        String function = named.getKey().replaceAll(" (chord|triad|seventh)$", "").replace('-', ' ');
        String asked = function + (numeral.contains("7") ? " seventh chord" : " triad");
        return List.of(new TheoryQuery.RealiseNumeral(numeral, k, asked));
      }
    }
    return List.of();
  }

  /** The leading-tone seventh of a major key is half-diminished. */
  private static String majorCase(String numeral) {
    return numeral.equals("vii°7") ? "viiø7" : numeral;
  }

  /** I, IV and the others take the minor key's own quality: i, iv; V stays major (harmonic minor). */
  private static String minorCase(String numeral) {
    return switch (numeral) {
      case "I" -> "i";
      case "IV" -> "iv";
      case "ii" -> "ii°";
      case "vi" -> "VI";
      case "iii" -> "III";
      default -> numeral;
    };
  }

  /** "what is Am in C major?", "In C minor, what numeral does an A-flat major chord get?" */
  static List<TheoryQuery> numeralOf(Clause c) {
    Optional<Clause.Placed<Key>> key = c.key();
    if (key.isEmpty()) return List.of();
    List<Chord> chords = c.chords(key.get().entity());
    boolean named = c.all(MusicEntity.ChordName.class).size() == 1 || c.has(Cue.NUMERAL, Cue.ANALYSE) || c.has(Cue.CHORD);
    if (chords.size() != 1 || !named || c.has(Cue.COUNT_NOTES)) return List.of();
    return List.of(new TheoryQuery.NumeralOfChord(chords.getFirst(), key.get().value()));
  }
}
