package dev.cadenza.llm;

import dev.cadenza.answer.GenerationRequest;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.index.StoredChunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A named, versioned prompt: a system template and a user template whose only variables are the
 * slots {@code {{passages}}}, {@code {{facts}}} and {@code {{question}}}, each used at least once.
 * Bundled templates live in {@code src/main/resources/prompts/} as {@code NAME.txt} (system) and
 * {@code NAME.user.txt} (user); a replacement is a system file anywhere with its user template
 * beside it ({@code my-prompt.txt}, {@code my-prompt.user.txt}). Templates are checked when loaded.
 *
 * <p>Rendering treats retrieved text and the question as data, never as instructions: each passage sits in a
 * {@code <passage n="...">} block with {@code <} and {@code >} (and their look-alikes) escaped in its text and in
 * the question, so neither can close a block or open a tag, and chat-template role markers ({@code [INST]}, {@code <<SYS>>},
 * {@code <|im_start|>} and the like) are removed from passages and the question. Slots are filled
 * in one pass, so slot-like text inside a passage stays as it is. Exact facts are the theory
 * engine's and appear verbatim.
 */
public final class PromptTemplate {

  /** "<" and its look-alikes: full-width, small, single guillemet, mathematical and CJK angle brackets. */
  private static final Pattern ANGLE_OPEN = Pattern.compile("[<\uFF1C\uFE64\u2039\u2329\u27E8\u3008]");
  private static final Pattern ANGLE_CLOSE = Pattern.compile("[>\uFF1E\uFE65\u203A\u232A\u27E9\u3009]");

  /** The template a model server gets unless configured otherwise. */
  public static final String DEFAULT_NAME = "grounded-answer-v1";

  /** The variables a template may use. */
  public enum Slot {
    PASSAGES,
    FACTS,
    QUESTION;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A rendered prompt: the system message and the user message. */
  public record Rendered(String system, String user) {}

  static final String NONE = "(none)";

  private static final Map<String, Slot> SLOTS_BY_KEY =
      Arrays.stream(Slot.values()).collect(Collectors.toUnmodifiableMap(Slot::key, s -> s));
  private static final Pattern SLOT = Pattern.compile("\\{\\{([^{}]*)}}");
  private static final Pattern BUNDLED_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern ROLE_MARKER = Pattern.compile(
      "\\[/?INST]|<</?SYS>>|<\\|[^|<>]{0,40}\\|>|</?s>", Pattern.CASE_INSENSITIVE);

  private final String name;
  private final String system;
  private final String user;

  PromptTemplate(String name, String system, String user) {
    Set<Slot> used = EnumSet.noneOf(Slot.class);
    used.addAll(slots(name + " system template", system));
    used.addAll(slots(name + " user template", user));
    Set<Slot> missing = EnumSet.complementOf(EnumSet.copyOf(used));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("prompt template " + name + " never uses "
          + missing.stream().map(s -> "{{" + s.key() + "}}").toList() + "; every slot must appear at least once");
    }
    this.name = name;
    this.system = system;
    this.user = user;
  }

  /** The bundled {@value #DEFAULT_NAME} template. */
  public static PromptTemplate bundled() {
    return bundled(DEFAULT_NAME);
  }

  /** A template bundled under {@code prompts/}, e.g. "grounded-answer-v1". */
  public static PromptTemplate bundled(String name) {
    if (!BUNDLED_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("illegal prompt template name: '" + name + "', must match " + BUNDLED_NAME);
    }
    return new PromptTemplate(name, resource("prompts/" + name + ".txt"), resource("prompts/" + name + ".user.txt"));
  }

  /**
   * A template from files: {@code systemFile} (e.g. {@code my-prompt.txt}) and the user template
   * beside it ({@code my-prompt.user.txt}). The name is the system file's name without {@code .txt}.
   */
  public static PromptTemplate fromFile(Path systemFile) {
    String fileName = systemFile.getFileName().toString();
    String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    Path userFile = systemFile.resolveSibling(stem + ".user.txt");
    return new PromptTemplate(stem, read(systemFile), read(userFile));
  }

  public String name() {
    return name;
  }

  public Rendered render(GenerationRequest request) {
    Map<Slot, String> values = Map.of(
        Slot.PASSAGES, passages(request),
        Slot.FACTS, request.exactFacts().isEmpty() ? NONE : "- " + String.join("\n- ", request.exactFacts()),
        Slot.QUESTION, quote(request.question()).strip());
    return new Rendered(fill(system, values), fill(user, values));
  }

  /**
   * Makes untrusted text (a passage or the question) safe to quote in the prompt: role markers removed, and every
   * angle bracket escaped, including the full-width and other look-alikes a model may read as one, so no text can
   * close its block or open another.
   */
  static String quote(String text) {
    return ANGLE_OPEN.matcher(ANGLE_CLOSE.matcher(stripRoleMarkers(text)).replaceAll("&gt;")).replaceAll("&lt;");
  }

  /** Removes chat-template role markers, repeatedly, so that removing one cannot assemble another. */
  static String stripRoleMarkers(String text) {
    String current = text;
    while (true) {
      String next = ROLE_MARKER.matcher(current).replaceAll("");
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
  }

  private static String passages(GenerationRequest request) {
    if (request.passages().isEmpty()) {
      return NONE;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < request.passages().size(); i++) {
      Passage passage = request.passages().get(i);
      StoredChunk chunk = passage.chunk();
      if (i > 0) {
        out.append("\n\n");
      }
      out.append("<passage n=\"").append(i + 1).append('"');
      attribute(out, "title", chunk.title());
      attribute(out, "heading", chunk.heading());
      out.append(">\n").append(quote(chunk.text()).strip()).append("\n</passage>");
    }
    return out.toString();
  }

  private static void attribute(StringBuilder out, String name, String value) {
    if (value != null && !value.isBlank()) {
      String safe = quote(value).strip().replace("\"", "&quot;").replaceAll("\\s+", " ");
      out.append(' ').append(name).append("=\"").append(safe).append('"');
    }
  }

  private static String fill(String template, Map<Slot, String> values) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(SLOTS_BY_KEY.get(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<Slot> slots(String where, String template) {
    Set<Slot> found = EnumSet.noneOf(Slot.class);
    Matcher m = SLOT.matcher(template);
    while (m.find()) {
      Slot slot = SLOTS_BY_KEY.get(m.group(1));
      if (slot == null) {
        throw new IllegalArgumentException("unknown slot {{" + m.group(1) + "}} in " + where + ", known slots: "
            + EnumSet.allOf(Slot.class).stream().map(s -> "{{" + s.key() + "}}").toList());
      }
      found.add(slot);
    }
    return found;
  }

  private static String resource(String path) {
    try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled prompt template resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt template resource " + path, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt template " + file, e);
    }
  }
}
