package dev.cadenza.learners;

import java.util.List;

/** Where the library explains a topic: the passages to cite beside an item's explanation, best first. */
@FunctionalInterface
public interface Sources {

  List<Source> forTopic(Topic topic);

  /** Each topic's own corpus document, for when the index is not at hand. */
  static Sources topicDocuments() {
    return topic -> List.of(new Source(topic.document(), topic.label(), null));
  }
}
