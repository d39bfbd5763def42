package dev.cadenza.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link Retriever} promises: sorted results, k respected, stable runs, filters honoured. */
abstract class RetrieverContractTest {

  @TempDir Path temp;
  IndexFixture fixture;
  Retriever retriever;

  abstract Retriever create(ChunkIndex index);

  @BeforeEach
  void setUp() {
    fixture = new IndexFixture(temp);
    retriever = create(fixture.index);
  }

  @Test
  void resultsAreSortedByScoreThenChunkId() {
    List<ScoredChunk> hits = retriever.retrieve("cadence dominant tonic", 10, Filter.NONE);
    assertThat(hits).isNotEmpty();
    assertThat(hits).isSortedAccordingTo(Comparator.comparing(ScoredChunk::score).reversed()
        .thenComparing(hit -> hit.chunk().chunkId()));
  }

  @Test
  void returnsAtMostK() {
    assertThat(retriever.retrieve("cadence dominant tonic interval", 2, Filter.NONE)).hasSize(2);
  }

  @Test
  void sameQueryGivesSameResults() {
    assertThat(retriever.retrieve("half cadence", 5, Filter.NONE)).isEqualTo(retriever.retrieve("half cadence", 5, Filter.NONE));
  }

  @Test
  void topicFilterKeepsOnlyThatTopic() {
    List<ScoredChunk> hits = retriever.retrieve("cadence interval semitones", 10, new Filter(null, "pitch"));
    assertThat(hits).isNotEmpty().allMatch(hit -> hit.chunk().topic().equals("pitch"));
  }

  @Test
  void emptyQueryFindsNothing() {
    assertThat(retriever.retrieve("   ", 5, Filter.NONE)).isEmpty();
  }
}

class Bm25RetrieverTest extends RetrieverContractTest {
  @Override
  Retriever create(ChunkIndex index) {
    return new Bm25Retriever(index);
  }

  @Test
  void ranksTheSectionNamedByTheQueryFirst() {
    ScoredChunk top = retriever.retrieve("deceptive cadence", 3, Filter.NONE).getFirst();
    assertThat(top.chunk().docId()).isEqualTo("harmony/cadences");
    assertThat(top.chunk().heading()).isEqualTo("Deceptive cadence");
  }

  @Test
  void theWordsOfAQuestionsFrameDoNotOutweighItsTopic(@TempDir Path temp) throws Exception {
    IndexFixture f = new IndexFixture(temp);
    Files.createDirectories(f.corpus.resolve("notation"));
    Files.writeString(f.corpus.resolve("notation/questions.md"), """
        ---
        title: What Does It Look Like?
        topic: notation
        level: beginner
        ---
        # What does it look like, and what does it do?

        What you see on the page tells you what the music does: look at the signs and do what they say.
        """);
    Files.writeString(f.corpus.resolve("notation/marks.md"), """
        ---
        title: Tempo and Expression Marks
        topic: notation
        level: beginner
        ---
        # Holding and pausing

        Performers read many marks while playing. A fermata is a curved sign with a dot, held longer than written.
        Breath marks and caesuras show short silences between phrases in vocal and wind music.
        """);
    f.sync();
    assertThat(new Bm25Retriever(f.index).retrieve("what does the fermata look like", 1, Filter.NONE))
        .first().extracting(hit -> hit.chunk().docId()).isEqualTo("notation/marks");
    // "show" in a heading ("Beaming to show the beat") does not outweigh the one word naming the topic
    Files.writeString(f.corpus.resolve("notation/beams.md"), """
        ---
        title: Beaming
        topic: notation
        level: beginner
        ---
        # Beaming to show the beat

        Beams show the beat: they usually group eighth notes by the beat, and often show it at a glance.
        """);
    f.sync();
    assertThat(new Bm25Retriever(f.index).retrieve("what does the fermata usually show", 1, Filter.NONE))
        .first().extracting(hit -> hit.chunk().docId()).isEqualTo("notation/marks");
  }

  @Test
  void stopWordsOnlyQueryFindsNothing() {
    assertThat(retriever.retrieve("the of and", 5, Filter.NONE)).isEmpty();
  }

  @Test
  void luceneSyntaxInQueriesIsTakenLiterally() {
    List<ScoredChunk> hits = retriever.retrieve("V/V (C# AND \"G7", 5, Filter.NONE);
    assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(hits).extracting(ScoredChunk::score).isSortedAccordingTo(Comparator.reverseOrder());
  }
}

class VectorRetrieverTest extends RetrieverContractTest {
  @Override
  Retriever create(ChunkIndex index) {
    return new VectorRetriever(index);
  }

  @Test
  void findsThePassageSharingTheMostWords() {
    ScoredChunk top = retriever.retrieve("tritone resolves inward", 1, Filter.NONE).getFirst();
    assertThat(top.chunk().docId()).isEqualTo("harmony/dominant");
  }
}
