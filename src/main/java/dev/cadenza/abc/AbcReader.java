package dev.cadenza.abc;

import dev.cadenza.midi.ReadLimits;
import dev.cadenza.midi.TimeSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first tune of an ABC 2.1 text into the MIDI reader's note model ({@link AbcTune#score()}).
 * The header's fields come first and end with K:; the body's music lines may change key, meter, unit
 * length, tempo and voice with field lines (K:G) or inline fields ([K:G]). Octaves: C is middle C
 * (MIDI 60), c is 72 and C, is 48. Every bad input ends in an {@link AbcException} with its line and
 * column; the text's size, the notes played and the tune's length are bounded by {@link ReadLimits}
 * (characters, voices as tracks, notes, quarter notes). Not thread-safe: one reader per text.
 */
public final class AbcReader {

  /** The field letters ABC 2.1 defines; the reader uses K, L, M, Q, T, V and I and skips the rest. */
  private static final String STANDARD_FIELDS = "ABCDFGHIKLMNOPQRSTUVWXZmrsw";
  /** Another field written after a value on the same line, e.g. the "M:3/4" of "K:G M:3/4". */
  private static final Pattern ANOTHER_FIELD = Pattern.compile("\\s([A-Za-z]:\\S*)");

  private final ReadLimits limits;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, VoiceBuilder> voices = new LinkedHashMap<>();
  private final List<String> declaredVoices = new ArrayList<>();
  private final NoteBudget budget;
  private String title = "";
  private WrittenKey key = WrittenKey.NONE;
  private TimeSignature meter;
  private Double unitLength;
  private Double bpm;
  private String tempoText;
  private Propagation propagation = Propagation.PITCH;

  private AbcReader(ReadLimits limits) {
    this.limits = limits;
    this.budget = new NoteBudget(limits.maxNotes());
  }

  /** Reads with {@link ReadLimits#defaults()}. */
  public static AbcTune read(String text) {
    return read(text, ReadLimits.defaults());
  }

  public static AbcTune read(String text, ReadLimits limits) {
    if (text.length() > limits.maxBytes()) {
      throw new AbcException(1, 1, String.format(Locale.ROOT, "the ABC text has %,d characters, more than the limit"
          + " of %,d", text.length(), limits.maxBytes()));
    }
    return new AbcReader(limits).readTune(TuneText.of(text));
  }

  private AbcTune readTune(TuneText tune) {
    List<TuneText.Line> lines = tune.lines();
    int body = header(lines);
    if (body == lines.size()) {
      int last = lines.isEmpty() ? 1 : lines.getLast().number();
      throw new AbcException(last, 1, "the tune has no music after its header (the header ends with the K: field)");
    }
    VoiceBuilder voice = voice(declaredVoices.isEmpty() ? "1" : declaredVoices.getFirst(), lines.get(body));
    for (TuneText.Line line : lines.subList(body, lines.size())) {
      if (line.isField()) {
        voice = field(voice, line.fieldName(), line.fieldValue(), line.number(), line.valueColumn());
      } else if (!line.directive()) {
        voice = MusicScanner.scan(line.text(), line.number(), voice, this::field);
      }
    }
    voices.values().forEach(VoiceBuilder::finish);
    voices.values().removeIf(v -> v.bars.isEmpty());
    if (voices.isEmpty()) {
      throw new AbcException(lines.get(body).number(), 1, "the tune has no notes");
    }
    if (tune.ignoredAfter() > 0) {
      warnings.add("Only the first tune was read; the text from line " + (tune.ignoredAfter() + 1) + " on was ignored.");
    }
    return Performance.perform(title, key, meter, bpm, List.copyOf(voices.values()), limits, warnings);
  }

  /** Reads the header's fields; returns the index of the first body line. */
  private int header(List<TuneText.Line> lines) {
    int i = 0;
    for (; i < lines.size(); i++) {
      TuneText.Line line = lines.get(i);
      if (line.directive()) {
        directive(line.text(), line.number());
        continue;
      }
      if (!line.isField()) {
        break;
      }
      String value = line.fieldValue();
      switch (line.fieldName()) {
        case 'T' -> title = title.isEmpty() ? value : title;
        case 'M' -> meter = Fields.meter(oneField('M', value, line.number(), line.valueColumn()), line.number(),
            line.valueColumn()).orElse(null);
        case 'L' -> unitLength = Fields.unitLength(oneField('L', value, line.number(), line.valueColumn()),
            line.number(), line.valueColumn());
        case 'Q' -> tempoText = value;
        case 'V' -> declaredVoices.add(voiceId(value, line.number(), line.valueColumn()));
        case 'I' -> directive(value, line.number());
        case 'K' -> key = KeyField.parse(oneField('K', value, line.number(), line.valueColumn()), line.number(),
            line.valueColumn(), key);
        default -> unread(line.fieldName(), line.number());
      }
      if (line.fieldName() == 'K') {
        i++;
        break;
      }
    }
    if (unitLength == null) {
      unitLength = meter == null || meter.numerator() * 4 >= 3 * meter.denominator() ? 0.5 : 0.25;
    }
    if (tempoText != null) {
      bpm = Fields.tempo(tempoText, unitLength).orElse(null);
    }
    return i;
  }

  private void directive(String text, int line) {
    String[] words = text.strip().split("\\s+", 2);
    if (words[0].equals("propagate-accidentals") && words.length == 2) {
      propagation = Propagation.parse(words[1]).orElseThrow(() -> new AbcException(line, 1,
          "propagate-accidentals takes not, octave or pitch"));
    }
  }

  /** A field in the body, on its own line or inline; returns the voice that goes on. */
  private VoiceBuilder field(VoiceBuilder voice, char name, String value, int line, int column) {
    switch (name) {
      case 'K' -> voice.changeKey(KeyField.parse(oneField(name, value, line, column), line, column, voice.key));
      case 'M' -> voice.changeMeter(Fields.meter(oneField(name, value, line, column), line, column).orElse(null));
      case 'L' -> voice.unitLength = Fields.unitLength(oneField(name, value, line, column), line, column);
      case 'Q' -> Fields.tempo(value, voice.unitLength).ifPresent(voice::changeTempo);
      case 'V' -> {
        return voice(voiceId(value, line, column), new TuneText.Line(line, value, false));
      }
      default -> unread(name, line);
    }
    return voice;
  }

  /** A K:, M: or L: value, refused when another field follows it on the same line ("K:G M:3/4"). */
  private static String oneField(char name, String value, int line, int column) {
    Matcher other = ANOTHER_FIELD.matcher(value);
    if (other.find()) {
      throw new AbcException(line, column + other.start(1), "the " + name + ": field is followed by '"
          + other.group(1) + "' on the same line; in ABC each field has a line of its own, or goes inline in the"
          + " music as [" + other.group(1) + "]");
    }
    return value;
  }

  /** Warns once about a field the reader leaves out: user symbols, macros, or a letter ABC 2.1 does not define. */
  private void unread(char name, int line) {
    String warning = switch (name) {
      case 'U' -> "User-defined symbols (U:) are not supported: their letters keep ABC's default meanings.";
      case 'm' -> "Macros (m:) are not supported: the music is read as written, without expanding them.";
      default -> STANDARD_FIELDS.indexOf(name) >= 0 ? null
          : "Line " + line + ": " + name + ": is not an ABC 2.1 field, so it was ignored.";
    };
    if (warning != null && !warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  private VoiceBuilder voice(String id, TuneText.Line at) {
    VoiceBuilder voice = voices.get(id);
    if (voice == null) {
      if (voices.size() >= limits.maxTracks()) {
        throw new AbcException(at.number(), 1, "the tune has more than " + limits.maxTracks() + " voices, the limit");
      }
      voice = new VoiceBuilder(id, key, unitLength, meter, propagation, budget);
      voices.put(id, voice);
    }
    return voice;
  }

  private static String voiceId(String value, int line, int column) {
    String id = value.strip().split("\\s+", 2)[0];
    if (id.isEmpty()) {
      throw new AbcException(line, column, "a V: field needs a voice name, e.g. V:1");
    }
    return id;
  }
}
