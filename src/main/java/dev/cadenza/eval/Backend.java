package dev.cadenza.eval;

import dev.cadenza.answer.GroundedComposer;
import dev.cadenza.app.Cadenza;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The answerers {@code eval} can score, by the name the CLI takes. Unknown names fail with the list of choices. */
public enum Backend {
  /** Cadenza's default: retrieval plus the grounded composer, no model server. */
  EMBEDDED(GroundedComposer.NAME);

  private final String cliName;

  Backend(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Backend parse(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(b -> b.cliName.equals(wanted)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown backend: " + name + ", choose one of: " + String.join(", ", names())));
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Backend::cliName).toList();
  }

  /** The evaluation subject this backend answers through, over an open Cadenza. */
  public EvalSubject subject(Cadenza cadenza) {
    return switch (this) {
      case EMBEDDED -> new CadenzaSubject(cliName, cadenza.ask(), CadenzaSubject.chunkTexts(cadenza.index().chunks()));
    };
  }

  /** The names for picocli's {@code ${COMPLETION-CANDIDATES}} in {@code --help}. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
