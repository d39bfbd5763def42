package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordIdentifier;
import dev.cadenza.theory.ChordMatch;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.text.ChordProse;
import dev.cadenza.theory.query.QueryResult.*;
import dev.cadenza.theory.query.TheoryQuery.*;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs any query on the theory engine. Throws {@link IllegalArgumentException} when the engine refuses the
 * arguments (a spelling that needs triple accidentals, a numeral that cannot be tonicised).
 */
public final class QueryExecutor {
  private static final int MOST_ACCIDENTALS = 2;

  private QueryExecutor() {}

  public static QueryResult execute(TheoryQuery query) {
    return switch (query) {
      case SpellChord q -> chord(q.type(), q.chord());
      case CountNotes q -> chord(q.type(), q.chord());
      case Omission q -> chord(q.type(), q.chord());
      case Inversion q -> chord(q.type(), new Chord(q.chord().root(), q.chord().type(), q.chord().tones().get(
          Math.min(q.inversion(), q.chord().tones().size() - 1))));
      case TransposeChord q -> chord(q.type(), Chord.of(move(q.chord().root(), q.interval(), q.up()), q.chord().type()));
      case ChordTone q -> tone(q);
      case IdentifyChord q -> identify(q);
      case IntervalBetween q -> interval(q.type(), q.lower(), q.upper(), Interval.between(q.lower(), q.upper()), true);
      case NoteFromInterval q -> interval(q.type(), q.note(), move(q.note(), q.interval(), q.up()), q.interval(), q.up());
      case IntervalSize q -> interval(q.type(), null, null, q.interval(), true);
      case IntervalInversion q -> interval(q.type(), null, null, q.interval(), true);
      case CountScaleNotes q -> new ScaleResult(q.type(),
          q.anyTonic() ? q.scale().type().displayName() : q.scale().name(), strings(q.scale().notes()),
          q.scale().type().formula(), q.scale().type().convention().orElse(null));
      case SpellScale q -> new ScaleResult(q.type(), q.scale().name(), strings(q.scale().notes()), q.scale().type().formula(),
          q.scale().type().convention().orElse(null));
      case KeySignature q -> key(q.type(), q.key(), null, null);
      case RelatedKey q -> key(q.type(), q.key(), q.relation().name().toLowerCase(java.util.Locale.ROOT), related(q));
      case KeyFromSignature q -> keys(q);
      case NumeralOfChord q -> numeralOf(q);
      case RealiseNumeral q -> realise(q);
      case RealiseProgression q -> numerals(q.type(), q.key(),
          q.numerals().stream().map(n -> RomanNumerals.realise(n, q.key())).toList(), List.of(), null);
      case AnalyseProgression q -> numerals(q.type(), q.key(), q.chords().stream().map(c -> reading(c, q.key())).toList(), List.of(), null);
      case FindKey q -> findKey(q);
      case DiatonicChords q -> numerals(q.type(), q.key(), diatonic(q), List.of(),
          q.natural() ? "natural minor, the seventh degree unraised" : null);
      case Enharmonic q -> new EnharmonicResult(q.type(), q.note().toString(), strings(enharmonics(q.note())));
      case ScaleDegree q -> degree(q);
      case ScaleFromNotes q -> MoreQueries.scaleFromNotes(q);
      case ModeOfDegree q -> MoreQueries.modeOfDegree(q);
      case TritoneSubstitute q -> MoreQueries.tritoneSubstitute(q);
      case ChordMembership q -> MoreQueries.membership(q);
      case InstrumentTransposition q -> MoreQueries.transposition(q);
      case AlteredDegree q -> MoreQueries.alteredDegree(q);
      case ChordTritones q -> MoreQueries.tritones(q);
      case InstrumentKey q -> MoreQueries.instrumentKey(q);
      case IdentifyMidiChord q -> identified(q.type(), "MIDI " + String.join(", ", q.midi().stream().map(String::valueOf).toList()),
          ChordIdentifier.identifyMidi(q.midi()));
    };
  }

  /** The key a related-key query names: the relative, parallel, dominant or subdominant key. */
  public static Key related(RelatedKey q) {
    return switch (q.relation()) {
      case RELATIVE -> q.key().relative();
      case PARALLEL -> q.key().parallel();
      case DOMINANT -> q.key().dominantKey();
      case SUBDOMINANT -> q.key().subdominantKey();
      case ENHARMONIC -> q.key().enharmonic().orElseThrow(() -> new IllegalArgumentException(
          q.key() + " has no enharmonic key with at most seven sharps or flats"));
    };
  }

  private static Note move(Note note, Interval interval, boolean up) {
    return up ? note.transpose(interval) : note.transposeDown(interval);
  }

  private static ChordResult chord(String type, Chord chord) {
    return new ChordResult(type, chord.symbol(), chord.name(), ChordProse.described(Chord.of(chord.root(), chord.type())),
        strings(chord.notes()), strings(chord.tones()), chord.intervals().stream().map(Interval::shortName).toList(),
        ChordProse.roles(chord), strings(chord.pitches(Chord.DEFAULT_OCTAVE)), chord.tones().size(),
        strings(chord.commonlyOmitted()), ChordProse.omissions(chord), chord.inversionName());
  }

  private static ChordToneResult tone(ChordTone q) {
    Chord chord = q.chord();
    for (int i = 0; i < chord.tones().size(); i++) {
      if (chord.intervals().get(i).number() == q.number()) {
        Interval interval = chord.intervals().get(i);
        return new ChordToneResult(q.type(), chord.symbol(), chord.name(), chord.root().toString(), strings(chord.tones()), q.number(), chord.tones().get(i).toString(),
            interval.number() == 1 ? "the root" : interval.name());
      }
    }
    return new ChordToneResult(q.type(), chord.symbol(), chord.name(), chord.root().toString(), strings(chord.tones()), q.number(), null, null);
  }

  private static IdentifiedChord identify(IdentifyChord q) {
    return identified(q.type(), String.join(", ", strings(q.notes())), ChordIdentifier.identify(q.notes()));
  }

  private static IdentifiedChord identified(String type, String given, List<ChordMatch> matches) {
    if (matches.isEmpty()) {
      return new IdentifiedChord(type, given, List.of(), null, null, null, null, null, List.of(), List.of());
    }
    ChordMatch best = matches.getFirst();
    Chord chord = best.chord();
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < chord.tones().size(); i++) {
      if (!best.omitted().contains(chord.tones().get(i))) {
        Interval interval = chord.intervals().get(i);
        roles.add(chord.tones().get(i) + " is the " + (interval.number() == 1 ? "root" : interval.ordinalName()));
      }
    }
    return new IdentifiedChord(type, given, strings(chord.notes()), best.symbol(), best.name(),
        ChordProse.described(Chord.of(chord.root(), chord.type())), chord.inversionName(), String.join(", ", roles),
        strings(best.omitted()), matches.stream().skip(1).map(m -> m.symbol() + " (" + m.name() + ")").toList());
  }

  private static IntervalResult interval(String type, Note from, Note to, Interval interval, boolean up) {
    return new IntervalResult(type, from == null ? null : from.toString(), to == null ? null : to.toString(),
        interval.shortName(), interval.name(), interval.number(), interval.semitones(), interval.inversion().shortName(),
        interval.inversion().name(), interval.inversion().number(), up);
  }

  private static KeyResult key(String type, Key key, String relation, Key related) {
    return new KeyResult(type, key.name(), key.fifths(), key.sharps(), key.flats(), strings(key.signature()),
        key.isTheoretical() ? key.enharmonic().map(Key::name).orElse(null) : null, relation,
        related == null ? null : related.name(), related == null ? 0 : related.fifths(),
        related == null ? List.of() : strings(related.signature()), related == null ? List.of() : strings(related.scale().notes()));
  }

  private static KeysResult keys(KeyFromSignature q) {
    Key major = Key.majorAtFifths(q.sharps() ? q.count() : -q.count());
    List<Key> keys = q.mode().map(m -> List.of(m == Key.Mode.MAJOR ? major : major.relative()))
        .orElse(List.of(major, major.relative()));
    return new KeysResult(q.type(), q.count(), q.sharps(), keys.stream().map(Key::name).toList(), strings(major.signature()));
  }

  private static NumeralResult numeralOf(NumeralOfChord q) {
    List<RomanChord> readings = RomanNumerals.analyse(q.chord(), q.key());
    if (readings.isEmpty()) {
      throw new IllegalArgumentException(q.chord().symbol() + " has no Roman numeral reading in " + q.key());
    }
    return numerals(q.type(), q.key(), List.of(readings.getFirst()),
        readings.stream().skip(1).map(RomanChord::numeral).toList(), null);
  }

  /** The usual numeral of a chord in a key; "?" when the chord has none there. */
  private static RomanChord reading(Chord chord, Key key) {
    List<RomanChord> readings = RomanNumerals.analyse(chord, key);
    return readings.isEmpty()
        ? new RomanChord("?", key, chord.notes(), chord.symbol(), "not a chord of " + key)
        : readings.getFirst();
  }

  private static List<RomanChord> diatonic(DiatonicChords q) {
    if (q.natural()) {
      return q.sevenths() ? RomanNumerals.naturalMinorSevenths(q.key()) : RomanNumerals.naturalMinorTriads(q.key());
    }
    return q.sevenths() ? RomanNumerals.diatonicSevenths(q.key()) : RomanNumerals.diatonicTriads(q.key());
  }

  private static NumeralResult numerals(String type, Key key, List<RomanChord> chords, List<String> alternatives,
      String convention) {
    List<RomanRow> rows = chords.stream().map(QueryExecutor::row).toList();
    return new NumeralResult(type, key.name(), rows, alternatives, convention, null);
  }

  /** A numeral as written, as read under a convention ("vii read as vii°"), or a chord named by function. */
  private static NumeralResult realise(RealiseNumeral q) {
    List<RomanRow> rows = List.of(row(RomanNumerals.realise(q.numeral(), q.key())));
    boolean named = q.asked().contains(" ");
    String convention = !named && Conventions.changed(q.asked(), q.numeral()) ? q.asked() + " read as " + q.numeral() : null;
    return new NumeralResult(q.type(), q.key().name(), rows, dominantMeant(q.numeral(), q.key()), convention,
        named ? q.asked() : null);
  }

  /**
   * A minor v or v7, as written in lower case, is a real chord, but students who type in lower case mostly mean the
   * dominant: the upper-case chord ("F7: F, A, C, Eb"), to give beside it.
   */
  private static List<String> dominantMeant(String numeral, Key key) {
    if (!numeral.equals("v") && !numeral.equals("v7")) return List.of();
    RomanChord dominant = RomanNumerals.realise(numeral.toUpperCase(Locale.ROOT), key);
    return List.of(dominant.symbol() + ": " + String.join(", ", strings(dominant.notes())));
  }

  private static RomanRow row(RomanChord c) {
    return new RomanRow(c.numeral(), c.symbol(), strings(c.notes()), c.function());
  }

  private static NumeralResult findKey(FindKey q) {
    List<KeyFinder.Fit> fits = KeyFinder.rank(q.chords());
    KeyFinder.Fit best = fits.getFirst();
    List<String> others = fits.stream().skip(1).filter(f -> f.diatonic() == best.diatonic()).limit(2)
        .map(f -> f.key().name()).toList();
    return numerals(q.type(), best.key(), q.chords().stream().map(c -> reading(c, best.key())).toList(), others, null);
  }

  private static DegreeResult degree(ScaleDegree q) {
    Scale scale = q.key().scale();
    Note note = q.raised() ? q.key().tonic().transpose(Interval.parse("M7"))
        : q.subtonic() ? q.key().tonic().transposeDown(Interval.parse("M2")) : scale.notes().get(q.degree() - 1);
    String name = q.subtonic() ? "subtonic" : scale.degreeNames().get(q.degree() - 1);
    boolean minor = q.key().mode() == Key.Mode.MINOR;
    RomanChord triad = q.subtonic() ? RomanNumerals.realise(minor ? "VII" : "bVII", q.key())
        : q.raised() ? RomanNumerals.realise("vii°", q.key()) : RomanNumerals.diatonicTriads(q.key()).get(q.degree() - 1);
    return new DegreeResult(q.type(), q.key().name(), q.degree(), name, note.toString(), q.raised(), row(triad));
  }

  /** The other spellings of the pitch with at most a double accidental, fewest accidentals first. */
  static List<Note> enharmonics(Note note) {
    List<Note> others = new ArrayList<>();
    for (Letter letter : Letter.values()) {
      int accidental = Math.floorMod(note.pitchClass() - Note.of(letter, 0).pitchClass() + 6, 12) - 6;
      if (letter != note.letter() && Math.abs(accidental) <= MOST_ACCIDENTALS) {
        others.add(Note.of(letter, accidental));
      }
    }
    others.sort(Comparator.comparingInt(n -> Math.abs(n.accidental())));
    return others;
  }

  static List<String> strings(List<Note> notes) {
    return notes.stream().map(Note::toString).toList();
  }
}
