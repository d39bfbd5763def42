package dev.cadenza.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.Filter;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.VectorRetriever;
import dev.cadenza.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionRetrieverTest {

  @TempDir Path temp;
  private ChunkIndex index;
  private DocumentSync sync;
  private DefinitionRetriever definitions;

  @BeforeEach
  void open() {
    index = ChunkIndex.open(temp.resolve("index"), new HashingEmbedder());
    sync = new DocumentSync(index, new Chunker());
    definitions = new DefinitionRetriever(index, new VectorRetriever(index));
    sync.put(markdown("drones", "Drones", "beginner",
        "A drone is a long held note under a tune, common in bagpipe music and in Indian classical music."));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static Document markdown(String id, String title, String level, String body) {
    String text = "---\ntitle: " + title + "\ntopic: rhythm\nlevel: " + level + "\ntags: [x]\n---\n# " + title + "\n\n" + body;
    return DocumentParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> ids(String question, Filter filter) {
    return definitions.retrieve(question, 10, filter).stream().map(ScoredChunk::chunk).map(c -> c.docId()).toList();
  }

  @Test
  void anUploadedGlossaryEntryIsFoundOnceSynced() {
    assertThat(ids("whats an ostinato", Filter.NONE)).isEmpty();
    sync.put(markdown("glossary-upload", "Glossary of Groove Terms", "beginner",
        "**Ostinato.** A short pattern repeated many times in a row, such as a riff or a ground bass.\n\n"
            + "**Swing.** Uneven division of the beat, long then short."));
    assertThat(ids("whats an ostinato", Filter.NONE)).containsExactly("glossary-upload");
    assertThat(ids("what are ostinatos?", Filter.NONE)).containsExactly("glossary-upload");
  }

  @Test
  void aMisspeltInstrumentIsPutRightThoughTheLibraryNeverNamesIt() {
    // The engine transposes for the trumpet; the library here never says "trumpet", so only the engine's words can
    // tell "trumpit" is one.
    assertThat(definitions.spelled("Bb trumpit here, my part says written E")).isEqualTo("Bb trumpet here, my part says written E");
    assertThat(definitions.spelled("my saxaphone reads C")).isEqualTo("my saxophone reads C");
  }

  @Test
  void aDocumentTitledWithTheTermDefinesIt() {
    assertThat(ids("drone?", Filter.NONE)).containsExactly("drones");
  }

  @Test
  void aProcedureOrAnUndefinedTermGetsNoDefinition() {
    assertThat(ids("how do I tune a drone", Filter.NONE)).isEmpty();
    assertThat(ids("what is a bagpipe", Filter.NONE)).isEmpty();
  }

  @Test
  void whatAThingDoesOrWhereItTurnsUpStartsFromOneDefinitionOfIt() {
    sync.put(markdown("glossary-upload", "Glossary of Drone Terms", "beginner", "**Drone.** A sustained pitch."));
    assertThat(ids("where does a drone usually show up", Filter.NONE)).containsExactly("drones");
    assertThat(ids("what does a drone do", Filter.NONE)).hasSize(1);
  }

  @Test
  void aTermManyGlossariesDefineGivesItsDocumentThenOnlyTheGlossariesNearestTheQuestion() {
    for (int i = 1; i <= 5; i++) {
      String extra = i == 4 ? " A drone holds under a tune; the bagpipe drone is the best-known drone." : "";
      sync.put(markdown("glossary-" + i, "Glossary " + i, "beginner", "**Drone.** A sustained pitch." + extra));
    }
    List<String> found = ids("what's a drone?", Filter.NONE);
    assertThat(found).hasSize(3).startsWith("drones", "glossary-4");
  }

  @Test
  void theFilterStillApplies() {
    assertThat(ids("what's a drone", new Filter("advanced", null))).isEmpty();
  }
}
