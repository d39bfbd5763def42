package dev.cadenza.theory.text;

import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lists of note names in prose: "C, E, G and B", "C, E, G, and B", "C-E-G-B", "C–E–G–B",
 * "C E G B", "(C, E, G)", "E flat, G and B flat". Lists are scanned one note at a time rather than by
 * one repeated pattern, so a list of any length costs linear time and no stack per note.
 */
public final class NoteLists {
  private static final String NOTE = ProsePatterns.NOTE + "\\d?";
  private static final Pattern ONE = Pattern.compile(NOTE);
  /** A separator and the note after it; the possessive spaces cannot backtrack (a note never starts with one). */
  private static final Pattern STEP = Pattern.compile(
      "(?:\\s*+,\\s*+(?:and\\s+|then\\s+)?|\\s++and\\s+|\\s*+[-–—]\\s*+|\\s++)(" + NOTE + ")");
  private static final Pattern SINGLE = Pattern.compile(NOTE + "(?![\\w#/+°ø])");
  /** Characters that, right before a note, make it part of a word or symbol ("Ab/C", "-E"). */
  private static final String GLUED_BEFORE = "#/+°ø-";
  /** Characters that, right after a list, make its last note part of a word or symbol ("G7", "C/E"). */
  private static final String GLUED_AFTER = "#/+°ø";

  /** A list of notes at [start, end) in the text. */
  public record NoteList(List<Note> notes, int start, int end) {
    /** The distinct spellings, octaves dropped, in order. */
    public LinkedHashSet<Note> spellings() {
      LinkedHashSet<Note> set = new LinkedHashSet<>();
      notes.forEach(n -> set.add(n.withoutOctave()));
      return set;
    }
  }

  /** A note list, the start of its sentence and the verb match that ends the text before it in that sentence. */
  public record AfterVerb(NoteList list, int sentence, Matcher verb) {}

  /** Notes as written and the offset where each ends. */
  private record Scan(List<String> notes, List<Integer> ends) {
    int end() {
      return ends.getLast();
    }
  }

  /** How far before a list its verb ("consists of the notes") may start. */
  private static final int VERB_WINDOW = 120;

  private NoteLists() {}

  /**
   * Every list of at least {@code minimum} notes whose sentence, up to the list, ends with a match of
   * {@code verb} ("... are", "... consists of"), left to right.
   */
  public static List<AfterVerb> afterVerb(String text, Pattern verb, int minimum) {
    List<AfterVerb> found = new ArrayList<>();
    for (NoteList list : find(text, minimum)) {
      int sentence = SentenceBounds.start(text, list.start());
      Matcher matcher = verb.matcher(text).region(Math.max(sentence, list.start() - VERB_WINDOW), list.start());
      if (matcher.useTransparentBounds(true).find()) {
        found.add(new AfterVerb(list, sentence, matcher));
      }
    }
    return found;
  }

  /** Every list of at least {@code minimum} notes, left to right. */
  public static List<NoteList> find(String text, int minimum) {
    List<NoteList> lists = new ArrayList<>();
    int position = 0;
    while (position < text.length()) {
      int start = position;
      Optional<Scan> scan = opensList(text, start) ? scan(text, start) : Optional.empty();
      if (scan.isPresent()) {
        consistent(scan.get(), start).filter(list -> list.notes().size() >= minimum).ifPresent(lists::add);
        position = scan.get().end();
      } else {
        position++;
      }
    }
    return lists;
  }

  /** The list starting exactly at {@code start} (after optional spaces), if any. */
  public static Optional<NoteList> at(String text, int start, int minimum) {
    int s = start;
    while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    int from = s;
    Optional<NoteList> list = (opensList(text, from) ? scan(text, from) : Optional.<Scan>empty())
        .flatMap(scan -> consistent(scan, from))
        .filter(l -> l.notes().size() >= minimum);
    if (list.isEmpty() && minimum <= 1) {
      Matcher single = SINGLE.matcher(text).region(from, text.length());
      if (single.lookingAt()) {
        return parse(single.group()).map(note -> new NoteList(List.of(note), from, single.end()));
      }
    }
    return list;
  }

  /** Whether a note letter at {@code start} can open a list: not glued to the word or symbol before it. */
  private static boolean opensList(String text, int start) {
    if (start >= text.length() || "ABCDEFG".indexOf(text.charAt(start)) < 0) {
      return false;
    }
    return start == 0 || !wordChar(text.charAt(start - 1)) && GLUED_BEFORE.indexOf(text.charAt(start - 1)) < 0;
  }

  /**
   * The longest run of two or more notes from {@code start} whose last note ends a word: greedy, then
   * shortened note by note while the text after the last note glues it to a word ("C-E-G-Bm").
   */
  private static Optional<Scan> scan(String text, int start) {
    Matcher first = ONE.matcher(text).region(start, text.length());
    if (!first.lookingAt()) {
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>(List.of(first.group()));
    List<Integer> ends = new ArrayList<>(List.of(first.end()));
    Matcher step = STEP.matcher(text);
    while (step.region(ends.getLast(), text.length()).lookingAt()) {
      notes.add(step.group(1));
      ends.add(step.end());
    }
    int last = ends.size() - 1;
    while (last >= 1 && !endsWord(text, ends.get(last))) {
      last--;
    }
    return last < 1 ? Optional.empty() : Optional.of(new Scan(notes.subList(0, last + 1), ends.subList(0, last + 1)));
  }

  private static boolean endsWord(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char next = text.charAt(end);
    boolean hyphenatedWord = next == '-' && end + 1 < text.length() && wordChar(text.charAt(end + 1));
    return !wordChar(next) && GLUED_AFTER.indexOf(next) < 0 && !hyphenatedWord;
  }

  /** A regex word character ({@code \w} without Unicode classes). */
  private static boolean wordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /**
   * The list up to the first note whose octave marking differs from the first note's: in "A-C-E-G, and
   * C6" the C6 is a chord symbol, not a note in octave 6.
   */
  private static Optional<NoteList> consistent(Scan scan, int offset) {
    List<Note> notes = new ArrayList<>();
    int end = offset;
    for (int i = 0; i < scan.notes().size(); i++) {
      Optional<Note> note = parse(scan.notes().get(i));
      if (note.isEmpty()) {
        return Optional.empty();
      }
      if (!notes.isEmpty() && note.get().hasOctave() != notes.get(0).hasOctave()) {
        break;
      }
      notes.add(note.get());
      end = scan.ends().get(i);
    }
    return Optional.of(new NoteList(notes, offset, end));
  }

  private static Optional<Note> parse(String name) {
    try {
      return Optional.of(Note.parse(name));
    } catch (IllegalArgumentException notANote) {
      return Optional.empty();
    }
  }
}
