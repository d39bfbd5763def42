package dev.cadenza.cli;

import dev.cadenza.index.Filter;
import picocli.CommandLine.Option;

/** The --level and --topic flags that restrict retrieval, shared by ask and search. */
final class FilterOptions {

  @Option(names = "--level", description = "Only passages of this level: beginner, intermediate or advanced.")
  String level;

  @Option(names = "--topic", description = "Only passages of this topic, e.g. harmony.")
  String topic;

  Filter filter() {
    return new Filter(level, topic);
  }
}
