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
 * "C E G B", "(C, E, G)", "E flat, G and B flat".
 */
public final class NoteLists {
  private static final String NOTE = ProsePatterns.NOTE + "\\d?";
  private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+|then\\s+)?|\\s+and\\s+|\\s*[-–—]\\s*|\\s+)";
  private static final Pattern LIST = Pattern.compile(
      "(?<![\\w#/+°ø-])" + NOTE + "(?:" + SEPARATOR + NOTE + ")+(?![\\w#/+°ø]|-\\w)");
  private static final Pattern ONE = Pattern.compile(NOTE);
  private static final Pattern SINGLE = Pattern.compile(NOTE + "(?![\\w#/+°ø])");

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

  private NoteLists() {}

  /**
   * Every list of at least {@code minimum} notes whose sentence, up to the list, ends with a match of
   * {@code verb} ("... are", "... consists of"), left to right.
   */
  public static List<AfterVerb> afterVerb(String text, Pattern verb, int minimum) {
    List<AfterVerb> found = new ArrayList<>();
    for (NoteList list : find(text, minimum)) {
      int sentence = SentenceBounds.start(text, list.start());
      Matcher matcher = verb.matcher(text).region(sentence, list.start());
      if (matcher.find()) {
        found.add(new AfterVerb(list, sentence, matcher));
      }
    }
    return found;
  }

  /** Every list of at least {@code minimum} notes, left to right. */
  public static List<NoteList> find(String text, int minimum) {
    List<NoteList> lists = new ArrayList<>();
    Matcher m = LIST.matcher(text);
    while (m.find()) {
      consistent(m.group(), m.start()).filter(list -> list.notes().size() >= minimum).ifPresent(lists::add);
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
    Optional<NoteList> list = find(text, minimum).stream().filter(l -> l.start() == from).findFirst();
    if (list.isEmpty() && minimum <= 1) {
      Matcher single = SINGLE.matcher(text).region(from, text.length());
      if (single.lookingAt()) {
        return parse(single.group()).map(notes -> new NoteList(notes, from, single.end()));
      }
    }
    return list;
  }

  /**
   * The list up to the first note whose octave marking differs from the first note's: in "A-C-E-G, and
   * C6" the C6 is a chord symbol, not a note in octave 6.
   */
  private static Optional<NoteList> consistent(String list, int offset) {
    List<Note> notes = new ArrayList<>();
    int end = 0;
    Matcher m = ONE.matcher(list);
    while (m.find()) {
      Note note;
      try {
        note = Note.parse(m.group());
      } catch (IllegalArgumentException notANote) {
        return Optional.empty();
      }
      if (!notes.isEmpty() && note.hasOctave() != notes.get(0).hasOctave()) {
        break;
      }
      notes.add(note);
      end = m.end();
    }
    return Optional.of(new NoteList(notes, offset, offset + end));
  }

  private static Optional<List<Note>> parse(String list) {
    List<Note> notes = new ArrayList<>();
    Matcher m = ONE.matcher(list);
    while (m.find()) {
      try {
        notes.add(Note.parse(m.group()));
      } catch (IllegalArgumentException notANote) {
        return Optional.empty();
      }
    }
    return Optional.of(notes);
  }
}
