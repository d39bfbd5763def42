package dev.cadenza.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into passages along its headings. A section becomes one chunk when it is
 * short enough; a long one is cut at paragraph (then sentence) boundaries, each continuation
 * repeating the previous chunk's last sentence so no statement loses its context. Very short
 * sections (an introduction line, say) are carried into the next section rather than standing alone.
 */
public final class Chunker {

  /**
   * @param maxWords a chunk is closed before it would exceed this many words
   * @param minWords sections shorter than this are merged into the following one
   */
  public record Options(int maxWords, int minWords) {
    public static final Options DEFAULT = new Options(300, 60);

    public Options {
      if (maxWords < 20) throw new IllegalArgumentException("illegal maxWords: " + maxWords + ", must be >= 20");
      if (minWords < 0 || minWords >= maxWords) {
        throw new IllegalArgumentException("illegal minWords: " + minWords + ", must be in [0, maxWords)");
      }
    }
  }

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

  private record Section(List<String> headingPath, List<String> paragraphs) {}

  private final Options options;

  public Chunker(Options options) {
    this.options = options;
  }

  public Chunker() {
    this(Options.DEFAULT);
  }

  public List<Chunk> chunk(Document document) {
    List<Chunk> chunks = new ArrayList<>();
    List<String> carried = new ArrayList<>();
    List<Section> sections = sections(document.body());
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      List<String> paragraphs = new ArrayList<>(carried);
      paragraphs.addAll(section.paragraphs());
      carried.clear();
      boolean last = s == sections.size() - 1;
      if (!last && wordCount(paragraphs) < options.minWords()) {
        carried.addAll(paragraphs);
        continue;
      }
      for (String text : pack(paragraphs)) {
        chunks.add(new Chunk(Chunk.idOf(document.id(), chunks.size()), document, chunks.size(), section.headingPath(), text));
      }
    }
    return chunks;
  }

  private List<Section> sections(String body) {
    List<Section> sections = new ArrayList<>();
    List<String> path = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    Section current = new Section(List.of(), new ArrayList<>());
    StringBuilder paragraph = new StringBuilder();
    boolean inCode = false;
    for (String line : body.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      Matcher heading = inCode ? null : HEADING.matcher(line);
      if (heading != null && heading.matches()) {
        flush(paragraph, current);
        if (!current.paragraphs().isEmpty()) sections.add(current);
        int level = heading.group(1).length();
        while (!levels.isEmpty() && levels.getLast() >= level) {
          levels.removeLast();
          path.removeLast();
        }
        levels.add(level);
        path.add(clean(heading.group(2)));
        current = new Section(List.copyOf(path), new ArrayList<>());
      } else if (line.isBlank()) {
        flush(paragraph, current);
      } else {
        if (!paragraph.isEmpty()) paragraph.append('\n');
        paragraph.append(clean(line.strip()));
      }
    }
    flush(paragraph, current);
    if (!current.paragraphs().isEmpty()) sections.add(current);
    return sections;
  }

  private static void flush(StringBuilder paragraph, Section section) {
    if (!paragraph.isEmpty()) {
      section.paragraphs().add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  /** Drops Markdown emphasis and link targets; passages are shown and searched as prose. */
  private static String clean(String line) {
    return LINK.matcher(line).replaceAll("$1").replace("**", "").replace("__", "").replace("`", "");
  }

  private List<String> pack(List<String> paragraphs) {
    List<String> pieces = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (Sentences.wordCount(paragraph) <= options.maxWords()) {
        pieces.add(paragraph);
      } else {
        pieces.addAll(Sentences.split(paragraph));
      }
    }
    List<String> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int words = 0;
    for (String piece : pieces) {
      int pieceWords = Sentences.wordCount(piece);
      if (!current.isEmpty() && words + pieceWords > options.maxWords()) {
        chunks.add(String.join("\n\n", current));
        List<String> previous = Sentences.split(current.getLast());
        String overlap = previous.getLast();
        current = new ArrayList<>();
        words = 0;
        if (Sentences.wordCount(overlap) + pieceWords <= options.maxWords()) {
          current.add(overlap);
          words = Sentences.wordCount(overlap);
        }
      }
      current.add(piece);
      words += pieceWords;
    }
    if (!current.isEmpty()) {
      chunks.add(String.join("\n\n", current));
    }
    return chunks;
  }

  private static int wordCount(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(Sentences::wordCount).sum();
  }
}
