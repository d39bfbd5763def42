package dev.cadenza.theory.qa;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import dev.cadenza.theory.query.QueryResult;
import dev.cadenza.theory.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A follow-up to a computable question that changes one thing of it, read by the theory engine's own reader, so that
 * lower case and accidentals in words count ("and in g minor?", "what about ab minor", "and d#?", "and the dominant
 * 7th?", "and f lydian?"): the key, the root, the chord's quality or the scale's mode takes the place of the last
 * question's. The question made is kept only when the engine answers it.
 */
public final class FollowUpSwap {
  /** The words a follow-up opens with before the thing it changes: "and", "ok what about", "how about in", "the". */
  private static final Pattern OPENING = Pattern.compile(
      "(?i)^\\W*(?:(?:ok|okay|so|and|now|then|same|but)\\s+)*(?:(?:what|how)\\s+(?:about|abt)\\s+)?"
          + "(?:(?:in|for|on|of|with)\\s+)?(?:(?:the|a|an)\\s+)?");
  /** What may close it: "then", "one", "chord", "instead", "pls", and the question mark. */
  private static final Pattern CLOSING = Pattern.compile(
      "(?i)(?:\\s+(?:then|one|chord|instead|pls|please|too))*[\\s?.!,]*$");
  /** A key named by its relation to the last one: "parallel minor", "its relative major", "the relative". */
  private static final Pattern RELATED =
      Pattern.compile("(?i)(?:its\\s+)?(?:relative|parallel)(?:\\s+(?:major|minor|key))?");
  /** A question asking for a related key itself: a follow-up naming another relation changes that, not the key. */
  private static final Pattern RELATION = Pattern.compile("(?i)\\b(?:relative|parallel)\\b");
  /** A pronoun for the last answer, with the word after it: "its inversion", "it", "that". */
  private static final Pattern POINTER = Pattern.compile("(?i)\\b(its|it|that)\\b(?:\\s+(\\w+))?");
  /** A note as a student types it: "d#", "Eb", "bb". */
  private static final Pattern NOTE = Pattern.compile("(?i)[a-g](?:#{1,2}|b{1,2})?");
  /** A fragment longer than this says more than one changed thing. */
  private static final int MAX_FRAGMENT_WORDS = 4;

  private FollowUpSwap() {}

  /**
   * The last question with the one thing {@code followUp} names in place of its own, when the engine answers it
   * ({@code computable}); empty when the follow-up names no such thing or the last question has none to replace.
   */
  public static Optional<String> swapped(String lastQuestion, String followUp, Predicate<String> computable) {
    String fragment = CLOSING.matcher(OPENING.matcher(followUp).replaceFirst("")).replaceFirst("").strip();
    Optional<String> changed = Optional.empty();
    if (!fragment.isEmpty() && fragment.split("\\s+").length <= MAX_FRAGMENT_WORDS) {
      Tokens last = Tokens.of(lastQuestion);
      changed = candidates(fragment, last, EntityRecogniser.recognise(last)).stream()
          .map(swap -> splice(last, swap.replaced(), swap.text()))
          .filter(question -> !question.equalsIgnoreCase(lastQuestion) && computable.test(question))
          .findFirst();
    }
    return changed.or(() -> pointedAt(lastQuestion, followUp).filter(computable));
  }

  /**
   * The follow-up with its pronoun standing for what the last answer computed: "whats its inversion?" after "what
   * interval is c up to a" asks the inversion of a major sixth, "what else can it be called?" after "what note is a
   * major third above e" asks about G#.
   */
  private static Optional<String> pointedAt(String lastQuestion, String followUp) {
    Matcher pointer = POINTER.matcher(followUp);
    Optional<TheoryAnswer> last = TypedAnswers.answer(lastQuestion);
    if (!pointer.find() || last.isEmpty() || last.get().results().size() != 1) return Optional.empty();
    String computed = switch (last.get().results().getFirst()) {
      case QueryResult.IntervalResult r when r.type().equals("interval") -> Prose.withArticle(r.name());
      case QueryResult.IntervalResult r when r.type().equals("note_from_interval") -> r.to();
      default -> null;
    };
    if (computed == null) return Optional.empty();
    // "its inversion" is "the inversion of a major sixth"; "it" and "that" are the thing itself.
    String said = pointer.group(1).equalsIgnoreCase("its") && pointer.group(2) != null
        ? "the " + pointer.group(2) + " of " + computed
        : computed + (pointer.group(2) == null ? "" : " " + pointer.group(2));
    return Optional.of(followUp.substring(0, pointer.start()) + said + followUp.substring(pointer.end()));
  }

  /** A replacement for one entity of the last question. */
  private record Swap(MusicEntity replaced, String text) {}

  /** The replacements the fragment makes, the likeliest first. */
  private static List<Swap> candidates(String fragment, Tokens tokens, List<MusicEntity> last) {
    Optional<MusicEntity> named = whole(fragment);
    // A lone note may be read as its major triad ("d#"); as a fragment it names a root or a tonic.
    Optional<String> note = named.flatMap(n -> switch (n) {
      case MusicEntity.NoteName name -> Optional.of(name.note().toString());
      case MusicEntity.ChordName chord when !fragment.contains(" ") && NOTE.matcher(fragment).matches() ->
          Optional.of(chord.chord().root().toString());
      default -> Optional.empty();
    });
    List<Swap> swaps = new ArrayList<>();
    for (MusicEntity e : last) {
      // "how do u make a major pentatonic scale" names no tonic: its "a" is the article, no root to keep.
      boolean rootKept = !tokens.at(e.first()).equals("a");
      switch (e) {
        // "the key signature for b major" + "the parallel minor", "its relative minor": the related key
        // (not when the last question asks for a related key itself: "the relative minor of C major" + "the parallel")
        case MusicEntity.KeyName k
            when RELATED.matcher(fragment).matches() && !RELATION.matcher(tokens.text()).find() ->
            swaps.add(new Swap(k, related(k.key(), fragment)));
        // "how many sharps in d major" + "d minor"; "the v7 chord in bb major" + "in g minor"
        case MusicEntity.KeyName k when named.filter(MusicEntity.KeyName.class::isInstance).isPresent() ->
            swaps.add(new Swap(k, fragment));
        // "how many sharps in d major" + "e": the key on the new tonic
        case MusicEntity.KeyName k when note.isPresent() -> swaps.add(new Swap(k, note.get() + " " + modeOf(k.key())));
        // "the V chord in e major" + "in minor", "the e major scale" + "dorian": the same tonic in another mode
        case MusicEntity.KeyName k when named.isEmpty() && rootKept -> {
          String renamed = k.key().tonic() + " " + fragment;
          boolean keyOrScale = whole(renamed)
              .filter(n -> n instanceof MusicEntity.KeyName || n instanceof MusicEntity.ScaleName).isPresent();
          if (keyOrScale) swaps.add(new Swap(k, renamed));
        }
        // "whats in a b major triad" + "d#": the chord on the new root
        case MusicEntity.ChordName c when note.isPresent() ->
            onRoot(c.chord(), note.get()).ifPresent(t -> swaps.add(new Swap(c, t)));
        // "spell a g major 7 chord" + "the dominant 7th": the root with the new quality
        // ("c half diminished 7" + "fully diminished": a seventh chord's quality named without its seventh)
        case MusicEntity.ChordName c when named.isEmpty() && rootKept -> Stream.of("", " 7th")
            .map(seventh -> c.chord().root() + " " + fragment + seventh)
            .filter(chord -> whole(chord).filter(MusicEntity.ChordName.class::isInstance).isPresent())
            .findFirst().ifPresent(chord -> swaps.add(new Swap(c, chord)));
        // "the f major scale" + "f lydian" or "lydian"
        case MusicEntity.ScaleName s when named.filter(n -> n instanceof MusicEntity.ScaleName
            || n instanceof MusicEntity.KeyName).isPresent() -> swaps.add(new Swap(s, fragment));
        case MusicEntity.ScaleName s when named.isEmpty() && rootKept -> {
          String scale = s.scale().tonic() + " " + fragment;
          if (whole(scale).filter(MusicEntity.ScaleName.class::isInstance).isPresent()) swaps.add(new Swap(s, scale));
        }
        default -> { }
      }
    }
    return swaps;
  }

  /** The one entity that is the whole of {@code text}, if it is one. */
  private static Optional<MusicEntity> whole(String text) {
    Tokens t = Tokens.of(text);
    List<MusicEntity> found = EntityRecogniser.recognise(t);
    return found.size() == 1 && found.getFirst().first() == 0 && found.getFirst().end() == t.size()
        ? Optional.of(found.getFirst()) : Optional.empty();
  }

  /** The chord's name on another root ("D# major triad" for a B major triad on D#), if that spelling exists. */
  private static Optional<String> onRoot(Chord chord, String root) {
    try {
      return Optional.of(Chord.parse(root + chord.type().symbol()).name());
    } catch (IllegalArgumentException noSuchSpelling) {
      return Optional.empty();
    }
  }

  private static String related(Key key, String fragment) {
    return fragment.toLowerCase(Locale.ROOT).contains("parallel") ? key.parallel().name() : key.relative().name();
  }

  private static String modeOf(Key key) {
    return key.mode() == Key.Mode.MAJOR ? "major" : "minor";
  }

  /** {@code text} written over the tokens of {@code replaced}. */
  private static String splice(Tokens t, MusicEntity replaced, String text) {
    return t.text().substring(0, t.starts().get(replaced.first())) + text
        + t.text().substring(t.endOffset(replaced.end() - 1));
  }
}
