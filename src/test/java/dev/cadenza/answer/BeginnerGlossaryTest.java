package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every gloss a beginner reads is the library's own wording: a fragment of the glossary entry it names. */
class BeginnerGlossaryTest {

  @Test
  void everyGlossIsAFragmentOfTheGlossaryEntryItNames() throws IOException {
    BeginnerGlossary glossary = BeginnerGlossary.bundled();
    assertThat(glossary.terms()).hasSizeGreaterThan(20);
    assertThat(glossary.figures()).extracting(BeginnerGlossary.Entry::term).contains("6", "6/4", "7", "6/5", "4/3", "4/2");
    for (BeginnerGlossary.Entry entry : Stream.concat(glossary.terms().stream(), glossary.figures().stream()).toList()) {
      String[] source = entry.source().split("#", 2);
      Optional<String> definition = Files.readAllLines(Path.of("corpus").resolve(source[0])).stream()
          .filter(line -> line.matches("(?:- )?\\*\\*" + java.util.regex.Pattern.quote(source[1]) + "(?: \\([^)]*\\))?[.:]?\\*\\*.*"))
          .findFirst();
      assertThat(definition).as("entry %s", entry.source()).isPresent();
      assertThat(definition.get().toLowerCase(Locale.ROOT)).as(entry.term())
          .contains(entry.gloss().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void longerTermsComeFirstSoACompoundIsGlossedWhole() {
    BeginnerGlossary glossary = BeginnerGlossary.parse("cadence\ta close\tx#y\ndeceptive cadence\tV to vi\tx#z\n");
    assertThat(glossary.terms()).extracting(BeginnerGlossary.Entry::term).containsExactly("deceptive cadence", "cadence");
  }
}
