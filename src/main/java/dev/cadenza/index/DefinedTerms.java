package dev.cadenza.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms the indexed chunks define, each with the chunks that define it: the opening chunk of a document titled
 * with the term, the first chunk of a section headed with it, and a glossary entry whose headword is the term
 * ("Tritone. An interval of six semitones"). Terms are compared by {@link #key}, so "The Tritones" meets "tritone".
 */
public final class DefinedTerms {

  /** How a chunk defines a term, the fullest treatment first: a whole document, a section, a glossary entry. */
  public enum Kind { TITLE, HEADING, GLOSSARY }

  /** A chunk that defines a term, and how. */
  public record Definer(StoredChunk chunk, Kind kind) {}

  /** A glossary entry's headword opens a line and ends at its first full stop or colon: "- Half cadence (HC): ...". */
  private static final Pattern HEADWORD = Pattern.compile(
      "^(?:[-*]\\s+)?([\\p{L}\\p{N}][^.:,\\n]{0,60}?)\\s*(?:\\(([^)\\n]{1,40})\\))?\\s*[.:]\\s+\\S", Pattern.MULTILINE);
  private static final int MAX_HEADWORD_WORDS = 6;
  private static final Pattern GLOSSARY = Pattern.compile("(?i)\\bglossary\\b");
  private static final Pattern QUESTION_TITLE = Pattern.compile("(?i)^what\\s+(?:is|are)\\s+");
  /** A heading several documents share ("Summary", "Examples") names no term of its own. */
  private static final int GENERIC_HEADING_DOCUMENTS = 3;
  // What key() reads with, compiled once: terms are keyed for every question, several times each.
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
  private static final Pattern DASH = Pattern.compile("[-–—_]");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}#/' ]");
  private static final Pattern ARTICLE = Pattern.compile("^(?:a|an|the)\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  private static final Pattern KEPT_SINGULAR = Pattern.compile(".*(?:ss|us|is)$|series|species");
  private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(?:ches|shes|xes|sses)$");

  private final Map<String, List<Definer>> definers;

  private DefinedTerms(Map<String, List<Definer>> definers) {
    this.definers = definers;
  }

  /** The table for {@code chunks} (the whole index, in document and position order). */
  public static DefinedTerms of(Collection<StoredChunk> chunks) {
    Map<String, Set<Definer>> definers = new LinkedHashMap<>();
    Map<String, Map<String, StoredChunk>> headed = new HashMap<>();
    Set<String> titled = new HashSet<>();
    for (StoredChunk chunk : chunks) {
      if (GLOSSARY.matcher(chunk.title()).find() || chunk.docId().contains("glossary")) {
        Matcher entry = HEADWORD.matcher(chunk.text());
        while (entry.find()) {
          if (entry.group(1).strip().split("\\s+").length > MAX_HEADWORD_WORDS) continue;
          add(definers, entry.group(1), new Definer(chunk, Kind.GLOSSARY));
          if (entry.group(2) != null) {
            add(definers, entry.group(2).replaceFirst("(?i)^or\\s+", ""), new Definer(chunk, Kind.GLOSSARY));
          }
        }
      }
      if (titled.add(chunk.docId())) {
        String title = QUESTION_TITLE.matcher(chunk.title().replaceFirst("\\?\\s*$", "")).replaceFirst("");
        add(definers, title, new Definer(chunk, Kind.TITLE));
        Matcher aside = Pattern.compile("\\(([^)]+)\\)\\s*$").matcher(title);
        if (aside.find()) add(definers, aside.group(1), new Definer(chunk, Kind.TITLE));
      }
      String heading = lastHeading(chunk);
      if (!heading.isBlank() && !key(heading).equals(key(chunk.title()))) {
        headed.computeIfAbsent(key(heading), k -> new LinkedHashMap<>()).putIfAbsent(chunk.docId(), chunk);
      }
    }
    headed.forEach((term, byDocument) -> {
      if (byDocument.size() < GENERIC_HEADING_DOCUMENTS) byDocument.values().forEach(c -> add(definers, term, new Definer(c, Kind.HEADING)));
    });
    Map<String, List<Definer>> table = new HashMap<>();
    definers.forEach((term, found) -> table.put(term,
        found.stream().sorted(Comparator.comparing(Definer::kind)).toList()));
    return new DefinedTerms(table);
  }

  /** The chunks that define {@code term}, by kind (titles first), then in index order; empty when none does. */
  public List<Definer> definersOf(String term) {
    String key = key(term);
    return key.isEmpty() ? List.of() : definers.getOrDefault(key, List.of());
  }

  /**
   * Whether {@code part} heads a section of a document titled {@code whole}: "development" of "sonata form", "the
   * bridge" of "rhythm changes".
   */
  public boolean isPartOf(String part, String whole) {
    Set<String> documents = new HashSet<>();
    definersOf(whole).stream().filter(d -> d.kind() == Kind.TITLE).forEach(d -> documents.add(d.chunk().docId()));
    return definersOf(part).stream().anyMatch(d -> d.kind() == Kind.HEADING && documents.contains(d.chunk().docId()));
  }

  /**
   * The longest term the table knows that {@code text} names, as written there; of two as long, the later (the head
   * of "what interval is a tritone" comes last). Empty when it names none.
   */
  public String longestIn(String text) {
    String[] words = text.replace('’', '\'').replaceAll("[?!.,;:()\"]+", " ").strip().split("\\s+");
    for (int n = Math.min(MAX_HEADWORD_WORDS, words.length); n >= 1; n--) {
      for (int start = words.length - n; start >= 0; start--) {
        String phrase = String.join(" ", Arrays.copyOfRange(words, start, start + n));
        if (!definersOf(phrase).isEmpty()) return phrase;
      }
    }
    return "";
  }

  /** Every word of the terms the table knows, as compared (lower case, singular). */
  public Set<String> words() {
    Set<String> words = new HashSet<>();
    definers.keySet().forEach(term -> words.addAll(Arrays.asList(term.split("\\s+"))));
    return words;
  }

  /** How many distinct terms the table knows. */
  public int size() {
    return definers.size();
  }

  /**
   * A term as compared: lower case, parentheses and a leading article dropped, hyphens and dashes read as spaces,
   * other punctuation (but '#' and '/') dropped, each word singular.
   */
  static String key(String term) {
    String plain = term.toLowerCase(Locale.ROOT).replace('’', '\'');
    plain = BRACKETED.matcher(plain).replaceAll(" ");
    plain = DASH.matcher(plain).replaceAll(" ");
    plain = PUNCTUATION.matcher(plain).replaceAll(" ").strip();
    plain = ARTICLE.matcher(plain).replaceFirst("");
    List<String> words = new ArrayList<>();
    for (String word : WHITESPACE.split(plain)) {
      if (!word.isEmpty()) words.add(singular(POSSESSIVE.matcher(word).replaceFirst("")));
    }
    return String.join(" ", words);
  }

  private static String singular(String word) {
    if (word.length() <= 3 || KEPT_SINGULAR.matcher(word).matches()) return word;
    if (word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
    if (SIBILANT_PLURAL.matcher(word).matches()) return word.substring(0, word.length() - 2);
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static String lastHeading(StoredChunk chunk) {
    String heading = chunk.heading() == null ? "" : chunk.heading();
    int last = heading.lastIndexOf(" > ");
    return heading.substring(last < 0 ? 0 : last + 3).replaceFirst("^\\d+\\.\\s*", "").replaceFirst("\\?\\s*$", "");
  }

  private static void add(Map<String, Set<Definer>> definers, String term, Definer definer) {
    String key = key(QUESTION_TITLE.matcher(term.strip()).replaceFirst(""));
    if (!key.isEmpty()) definers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(definer);
  }
}
