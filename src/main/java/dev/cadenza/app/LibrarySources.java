package dev.cadenza.app;

import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.index.Filter;
import dev.cadenza.learners.Source;
import dev.cadenza.learners.Sources;
import dev.cadenza.learners.Topic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cites the library for a practice topic: the documents a hybrid search for the topic ranks first (the topic's own
 * document first when the search finds it), searched once per topic, or the topic's own document when the search
 * finds nothing.
 */
final class LibrarySources implements Sources {
  private static final int PASSAGES = 6;
  private static final int DOCUMENTS = 2;

  private final HybridSearch search;
  private final Map<Topic, List<Source>> cache = new ConcurrentHashMap<>();

  LibrarySources(HybridSearch search) {
    this.search = search;
  }

  @Override
  public List<Source> forTopic(Topic topic) {
    return cache.computeIfAbsent(topic, this::find);
  }

  private List<Source> find(Topic topic) {
    List<Source> found = new ArrayList<>();
    Set<String> documents = new HashSet<>();
    for (Passage passage : search.search(topic.query(), PASSAGES, Filter.NONE)) {
      var chunk = passage.chunk();
      if (documents.add(chunk.docId())) {
        Source source = new Source(chunk.docId(), chunk.title(), chunk.heading());
        if (chunk.docId().equals(topic.document())) {
          found.addFirst(source);
        } else {
          found.add(source);
        }
      }
    }
    if (found.size() > DOCUMENTS) {
      found = new ArrayList<>(found.subList(0, DOCUMENTS));
    }
    return found.isEmpty() ? Sources.topicDocuments().forTopic(topic) : List.copyOf(found);
  }
}
