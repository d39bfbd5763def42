package dev.cadenza.theory.query;

import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.query.QueryResult.*;
import java.util.List;
import dev.cadenza.theory.text.Prose;

/** Writes the English for a computed query. Every sentence says what was asked: a count question gives the count. */
public final class AnswerRenderer {
  private AnswerRenderer() {}

  public static String render(QueryResult result) {
    return switch (result) {
      case ChordResult r -> chord(r);
      case ChordToneResult r -> r.note() == null
          ? capital(article(r.name())) + " (" + r.symbol() + ") has no " + ordinal(r.member()) + ": it is " + list(r.tones()) + "."
          : "The " + ordinal(r.member()) + " of " + article(r.name()) + " (" + r.symbol() + ") is " + r.note()
              + (r.member() == 1 ? "." : ", " + article(r.interval()) + " above the root " + r.root() + ".");
      case IdentifiedChord r -> identified(r);
      case IntervalResult r -> interval(r);
      case ScaleResult r -> (r.type().equals("count_scale_notes")
          ? capital(article(r.scale())) + " scale has " + r.notes().size() + " different notes"
              + (namesTonic(r.scale()) ? ": " : "; on C it is ") + list(r.notes())
          : capital(article(r.scale())) + " scale is spelled " + list(r.notes())) + " (" + r.formula() + ")."
          + (r.convention() == null ? "" : " Convention: " + r.convention() + ".");
      case KeyResult r -> r.relation() == null ? KeyProse.signature(r) : KeyProse.related(r);
      case KeysResult r -> KeyProse.keys(r);
      case NumeralResult r -> NumeralProse.render(r);
      case EnharmonicResult r -> r.note() + " is enharmonically equivalent to " + and(r.enharmonics())
          + ": the same pitch spelled with another letter.";
      case DegreeResult r -> degree(r);
      case ScaleMatch r -> r.key() != null
          ? (r.modeType() == null ? "The mode on degree " + r.degree() + " of " + r.key() + " is "
              : "The mode on degree " + r.degree() + " of any " + r.key().substring(r.key().indexOf(' ') + 1)
                  + " scale is " + r.modeType() + "; in " + r.key() + " it is ")
              + r.scale() + ": " + list(r.notes()) + ", the notes of "
              + r.key() + " from " + r.notes().getFirst() + " to " + r.notes().getFirst() + " (" + r.formula() + ")."
          : "Starting on " + r.notes().getFirst() + ", " + list(r.notes()) + " form the " + r.scale() + " scale (" + r.formula() + ")."
              + (r.majorScale() == null ? "" : " They are the notes of the " + r.majorScale() + " scale, so every mode of "
                  + r.majorScale().replace(" major", "") + " major uses them too.");
      case SubstituteResult r -> r.substitute() == null
          ? "A tritone substitute replaces a dominant seventh chord; " + r.symbol() + " is " + article(r.name()) + " ("
              + list(r.tones()) + "), not a dominant seventh, so it has none."
          : "The tritone substitute of " + r.symbol() + " is " + r.substitute() + ": " + list(r.substituteTones())
              + ", the dominant seventh a tritone away (its root spelled with the fewer accidentals). The two chords share"
              + " their tritone: the third and seventh of " + r.symbol() + ", " + r.tones().get(1) + " and " + r.tones().get(3)
              + ", are the same pitches as the seventh and third of " + r.substitute() + ", " + r.substituteTones().get(3)
              + " and " + r.substituteTones().get(1) + ".";
      case MembershipResult r -> membership(r);
      case TranspositionResult r -> transposition(r);
      case AlteredDegreeResult r -> alteredDegree(r);
      case TritonesResult r -> tritones(r);
      case InstrumentKeyResult r -> instrumentKey(r);
    };
  }

  /**
   * "The Eb alto saxophone sounds a major sixth lower than written: to sound concert C its player reads A, a major sixth
   * higher." The note asked about is the one given, concert or written.
   */
  private static String transposition(TranspositionResult r) {
    return soundsThanWritten(r.instrument(), r.interval(), r.lower()) + (r.concertGiven()
        ? "to sound concert " + r.concert() + " its player reads " + r.written() + ", " + writtenAway(r.interval(), r.lower())
            + "."
        : "a written " + r.written() + " sounds as concert " + r.concert() + ".");
  }

  /** "The Eb alto saxophone sounds a major sixth lower than written: ", the rule every instrument answer opens on. */
  private static String soundsThanWritten(String instrument, String interval, boolean lower) {
    return "The " + instrument + " sounds " + article(interval) + " " + (lower ? "lower" : "higher") + " than written: ";
  }

  /** Where the written note lies from the sounding one: "a major sixth higher" for an instrument sounding lower. */
  private static String writtenAway(String interval, boolean soundsLower) {
    return article(interval) + " " + (soundsLower ? "higher" : "lower");
  }

  /**
   * "The Eb alto saxophone sounds a major sixth lower than written: music in concert Bb major (2 flats) is written a major
   * sixth higher, in G major (1 sharp)." A written key of seven accidentals or more is named with its easier enharmonic.
   */
  private static String instrumentKey(InstrumentKeyResult r) {
    String enharmonic = r.enharmonic() + " (" + r.enharmonicSignature() + ")";
    String written = r.written() + " (" + r.writtenSignature() + ")" + (r.enharmonic() == null ? ""
        : r.theoretical() ? ", a theoretical key usually written as " + enharmonic
        : ", or in its enharmonic equivalent " + enharmonic + ", which many arrangers prefer");
    String concert = "concert " + r.concert() + " (" + r.concertSignature() + ")";
    return soundsThanWritten(r.instrument(), r.interval(), r.lower()) + (r.concertGiven()
        ? "music in " + concert + " is written " + writtenAway(r.interval(), r.lower()) + ", in " + written
        : "a part written in " + written + " sounds in " + concert) + ".";
  }

  /**
   * "G7 (G, B, D, F) has one tritone: B up to F, a diminished fifth, its third and seventh." A chord with none says so.
   */
  private static String tritones(TritonesResult r) {
    String chord = r.symbol() + " (" + list(r.tones()) + ")";
    if (r.tritones().isEmpty()) return chord + " has no tritone: no two of its notes lie six semitones apart.";
    List<String> pairs = r.tritones().stream().map(p -> p.lower() + " up to " + p.upper() + ", " + article(p.interval())
        + ", its " + p.lowerMember() + " and " + p.upperMember()).toList();
    return chord + " has " + (pairs.size() == 1 ? "one tritone: " : pairs.size() + " tritones: ") + String.join("; ", pairs)
        + ".";
  }

  /**
   * "The b6 of C major is Ab: the sixth degree of the C major scale, A, lowered a half step." In a minor key the
   * convention is said, since the key's own degree may be the altered note already.
   */
  private static String alteredDegree(AlteredDegreeResult r) {
    String tonic = r.key().substring(0, r.key().indexOf(' '));
    String number = IntervalNames.ordinalWord(Integer.parseInt(r.degree().substring(1)));
    String moved = (r.degree().startsWith("b") ? "lowered" : "raised") + " a half step";
    String text = "The " + r.degree() + " of " + r.key() + " is " + r.note() + ": the " + number + " degree of the " + tonic
        + " major scale, " + r.majorNote() + ", " + moved + ".";
    if (r.key().endsWith("major")) return text;
    return text + " Altered degrees count from the major scale on the same tonic; " + r.key() + "'s own " + number
        + " degree is " + r.keyNote() + (r.keyNote().equals(r.note()) ? ", the same note." : ".");
  }

  private static String chord(ChordResult r) {
    String named = r.described() + " (" + r.symbol() + ")";
    return switch (r.type()) {
      case "count_notes" -> capital(named) + " has " + r.count() + " notes: " + list(r.tones()) + ".";
      case "omission" -> r.omitted().isEmpty()
          ? capital(named) + " (" + list(r.tones()) + ") has no tone that is usually left out."
          : capital(named) + " is " + list(r.tones()) + ". " + r.omissionNote();
      case "inversion" -> capital(named) + " in " + r.inversion() + " is " + list(r.notes()) + " from the bass, with "
          + r.notes().getFirst() + " in the bass.";
      case "transpose_chord" -> "Transposed, the chord is " + named + ": " + list(r.tones()) + ".";
      default -> r.notes().equals(r.tones())
          ? capital(named) + " is spelled " + list(r.tones()) + ": " + r.roles() + "."
              + (r.omissionNote().isEmpty() ? "" : " " + r.omissionNote())
          : r.symbol() + " is " + r.described() + " " + (r.inversion().startsWith("with") ? r.inversion() : "in " + r.inversion())
              + ", spelled " + list(r.notes()) + " from the bass; its chord tones are " + list(r.tones()) + ": " + r.roles() + ".";
    };
  }

  private static String identified(IdentifiedChord r) {
    if (r.symbol() == null) {
      return r.given() + " do not form a chord type the engine knows, as spelled.";
    }
    return r.given() + " form " + r.described() + " (" + r.symbol() + ") in " + r.inversion() + ": " + r.roles() + "."
        + (r.omitted().isEmpty() ? "" : " Left out: " + list(r.omitted()) + ".")
        + (r.alternatives().isEmpty() ? "" : " Other readings: " + String.join("; ", r.alternatives()) + ".");
  }

  private static String membership(MembershipResult r) {
    String pitch = r.note().replaceAll("-?\\d+$", "");
    String described = r.described() + " (" + r.symbol() + ")";
    if (!r.member()) {
      return "No: " + pitch + " is not in " + described + ", whose tones are " + list(r.tones()) + "."
          + (r.enharmonic() == null ? "" : " " + pitch + " sounds the same as " + r.enharmonic()
              + ", but the chord spells that tone " + r.enharmonic() + ".");
    }
    String voicing = "stacked upward from " + r.pitches().getFirst() + " (" + list(r.pitches()) + ")";
    boolean octave = !pitch.equals(r.note());
    return "Yes: " + pitch + " is " + r.role() + " of " + described + ". "
        + (!octave ? "Pitch-class membership holds in any octave." : r.inVoicing()
            ? r.note() + " is in the chord " + voicing + ". Pitch-class membership holds in any octave."
            : r.note() + " is not in the voicing " + voicing + ", but pitch-class membership holds in any octave.");
  }

  private static String interval(IntervalResult r) {
    String named = article(r.name()) + " (" + r.interval() + ")";
    return switch (r.type()) {
      case "interval" -> "From " + r.from() + " up to " + r.to() + " is " + named + ": " + r.semitones() + " semitone"
          + (r.semitones() == 1 ? "" : "s") + ". Its inversion is " + article(r.inversionName()) + " (" + r.inversion() + ").";
      case "note_from_interval" -> capital(named) + " " + (r.up() ? "above " : "below ") + r.from() + " is " + r.to() + ".";
      case "interval_semitones" -> capital(named) + " spans " + r.semitones() + " semitone" + (r.semitones() == 1 ? "" : "s")
          + " and " + r.number() + " letter name" + (r.number() == 1 ? "" : "s") + "; it inverts to " + article(r.inversionName()) + " (" + r.inversion() + ").";
      default -> capital(named) + " inverts to " + article(r.inversionName()) + " (" + r.inversion() + ")"
          + (r.number() > 8 ? "." : ": the numbers add up to 9 (" + r.number() + " + " + r.inversionNumber()
              + ") and the semitones to 12 (" + r.semitones() + " + " + (12 - r.semitones()) + ").");
    };
  }

  private static String degree(DegreeResult r) {
    String triad = "its triad, " + r.triad().numeral() + ", is " + r.triad().symbol() + " (" + list(r.triad().notes()) + ")";
    if (r.name().equals("subtonic") && r.key().endsWith("major")) {
      return r.key() + " has no diatonic subtonic: its seventh degree is the leading tone. The subtonic, a whole step"
          + " below the tonic, is " + r.note() + ", borrowed from the parallel minor; " + triad + ".";
    }
    return "The " + (r.raised() ? "leading tone" : r.name()) + " of " + r.key() + " is " + r.note()
        + (r.raised() ? ", the raised seventh degree (harmonic minor)" : ", scale degree " + r.degree()) + "; " + triad + ".";
  }

  static String list(List<String> items) {
    return String.join(", ", items);
  }

  static String and(List<String> items) {
    return items.size() < 2 ? list(items)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
  }

  private static String ordinal(int member) {
    return member == 1 ? "root" : IntervalNames.ordinalWord(member);
  }

  private static String article(String phrase) {
    return Prose.withArticle(phrase);
  }

  /** Whether a scale is named with its tonic ("C major"): a type alone is named in lower case ("whole tone"). */
  private static boolean namesTonic(String scale) {
    return Character.isUpperCase(scale.charAt(0));
  }

  private static String capital(String text) {
    return Prose.capitalise(text);
  }
}
