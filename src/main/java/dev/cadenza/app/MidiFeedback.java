package dev.cadenza.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.abc.AbcReader;
import dev.cadenza.abc.AbcTune;
import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.AskService;
import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.index.Filter;
import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.voice.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's MIDI file: its analysis with each broken rule linked to the corpus passage that explains
 * it, and questions about the file answered by the ask pipeline with the analysis as ground truth.
 */
public final class MidiFeedback {

  /** The passage that explains a rule an issue refers to. */
  public record RuleReference(String rule, String title, String docId, String docTitle, String heading, String chunkId) {}

  private static final ObjectMapper JSON = Json.mapper();

  /** Most items of each list (notes, chords, issues…) an analysis response carries: ample for the piano roll. */
  public static final int MAX_LISTED = 10_000;

  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
  private final HybridSearch search;
  private final AskService ask;

  MidiFeedback(HybridSearch search, AskService ask) {
    this.search = search;
    this.ask = ask;
  }

  /** The analysis JSON contract ({"key", "meter", "bars", "chords", "cadences", "issues", "feedback", ...}) plus "references". */
  public Map<String, Object> analyze(byte[] midi) {
    return json(analysis(midi));
  }

  /** The full analysis of a MIDI file, for callers that use its issues as well as its JSON. */
  public MidiAnalysis analysis(byte[] midi) {
    return analyzer.analyze(midi);
  }

  /**
   * An ABC tune's analysis: the same JSON as a MIDI file's, plus "abc" with what the notation says
   * ({"title", "key", "chordSymbols"}).
   */
  public Map<String, Object> analyzeAbc(String abc) {
    AbcTune tune = AbcReader.read(abc);
    Map<String, Object> json = json(analyzer.analyze(tune.score()));
    json.put("abc", Map.of("title", tune.title(), "key", tune.key(), "chordSymbols", tune.chordSymbols()));
    return json;
  }

  /** An analysis as the JSON contract of {@link #analyze}. */
  public Map<String, Object> json(MidiAnalysis full) {
    MidiAnalysis analysis = full.listedUpTo(MAX_LISTED);
    Map<String, Object> json = JSON.convertValue(analysis, new TypeReference<LinkedHashMap<String, Object>>() {});
    json.put("references", references(analysis));
    return json;
  }

  /** Answers a question about the file: the analysis summary is given to the generator as exact facts. */
  public AskResult ask(byte[] midi, String question) {
    return ask(analysis(midi), question);
  }

  /** Answers a question about an analysed file. */
  public AskResult ask(MidiAnalysis analysis, String question) {
    return ask.ask(new AskRequest(question, AskRequest.DEFAULT_K, Filter.NONE, null, List.of(analysis.summary())));
  }

  private List<RuleReference> references(MidiAnalysis analysis) {
    Set<String> rules = new LinkedHashSet<>();
    analysis.issues().forEach(issue -> rules.add(issue.rule()));
    List<RuleReference> references = new ArrayList<>();
    for (String id : rules) {
      Rule.byId(id).ifPresent(rule -> {
        List<Passage> top = search.search(rule.searchQuery(), 1, Filter.NONE);
        if (!top.isEmpty()) {
          var chunk = top.getFirst().chunk();
          references.add(new RuleReference(id, rule.title(), chunk.docId(), chunk.title(), chunk.heading(), chunk.chunkId()));
        }
      });
    }
    return references;
  }
}
