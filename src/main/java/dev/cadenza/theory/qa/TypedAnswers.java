package dev.cadenza.theory.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.theory.query.AnswerRenderer;
import dev.cadenza.theory.query.ChordDifference;
import dev.cadenza.theory.query.QueryExecutor;
import dev.cadenza.theory.query.QueryResult;
import dev.cadenza.theory.query.QuestionReader;
import dev.cadenza.theory.query.TheoryQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a question through the typed pipeline: read the queries, run each on the engine, render each, and
 * join the parts in the order asked. A part the engine refuses is left out; no part, no answer.
 */
final class TypedAnswers {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TypedAnswers() {}

  static Optional<TheoryAnswer> answer(String question) {
    List<QueryResult> results = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    List<TheoryQuery> queries = QuestionReader.read(question);
    for (TheoryQuery query : queries) {
      try {
        QueryResult result = QueryExecutor.execute(query);
        results.add(result);
        sentences.add(AnswerRenderer.render(result));
      } catch (IllegalArgumentException refused) {
        sentences.add("That cannot be computed: " + refused.getMessage() + ".");
      }
    }
    if (queries.isEmpty()) {
      // "why does 6/8 have six beats": nothing to compute, but a premise the names contradict.
      return NamedPremises.correction(question).map(c -> new TheoryAnswer(Intent.CONCEPTUAL, c, List.of(),
          Map.of(TheoryAnswer.CORRECTION, c, "types", List.of())));
    }
    if (results.isEmpty()) {
      // Every part was refused: say why rather than answer another question.
      return Optional.of(new TheoryAnswer(intent(queries.getFirst().type()), String.join(" ", sentences), List.of(),
          Map.of("types", List.of())));
    }
    difference(question, results).ifPresent(sentences::add);
    Optional<String> correction = Premises.correction(question, results).or(() -> NamedPremises.correction(question));
    String text = correction.map(c -> c + " ").orElse("") + String.join(" ", sentences);
    Map<String, Object> details = details(results.getFirst());
    details.put("types", results.stream().map(QueryResult::type).toList());
    correction.ifPresent(c -> details.put(TheoryAnswer.CORRECTION, c));
    return Optional.of(new TheoryAnswer(intent(results.getFirst().type()), text, notes(results), details, results));
  }

  /** For "cadd9 vs c9": what tells the two chords apart, when the question compares exactly two spelled chords. */
  private static Optional<String> difference(String question, List<QueryResult> results) {
    if (results.size() != 2 || !ChordDifference.asked(question)) return Optional.empty();
    return results.get(0) instanceof QueryResult.ChordResult a && results.get(1) instanceof QueryResult.ChordResult b
        && a.type().equals("spell_chord") && b.type().equals("spell_chord") ? ChordDifference.of(a, b) : Optional.empty();
  }

  /**
   * The first result's fields as a flat map, as API clients read them ("symbol", "pitches", "key"), with a
   * one-chord numeral answer's numeral, symbol and function lifted to the top; the typed results stay in full.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(QueryResult first) {
    Map<String, Object> details = new LinkedHashMap<>(MAPPER.convertValue(first, Map.class));
    details.values().removeIf(java.util.Objects::isNull);
    if (first instanceof QueryResult.NumeralResult n && n.chords().size() == 1) {
      details.putAll(MAPPER.convertValue(n.chords().getFirst(), Map.class));
    }
    return details;
  }

  private static List<String> notes(List<QueryResult> results) {
    List<String> notes = new ArrayList<>();
    for (QueryResult r : results) {
      switch (r) {
        case QueryResult.ChordResult c -> notes.addAll(c.notes());
        case QueryResult.IdentifiedChord c -> notes.addAll(c.notes());
        case QueryResult.ScaleResult s -> notes.addAll(s.notes());
        case QueryResult.KeyResult k -> notes.addAll(k.relation() == null ? k.signature() : k.relatedScale());
        case QueryResult.KeysResult k -> notes.addAll(k.signature());
        case QueryResult.NumeralResult n when n.type().startsWith("diatonic_") ->
            n.chords().forEach(c -> notes.add(c.notes().getFirst()));
        case QueryResult.NumeralResult n -> n.chords().forEach(c -> notes.addAll(c.notes()));
        case QueryResult.ChordToneResult t -> notes.addAll(t.note() == null ? t.tones() : List.of(t.note()));
        case QueryResult.IntervalResult i when i.from() != null -> notes.addAll(List.of(i.from(), i.to()));
        case QueryResult.EnharmonicResult e -> {
          notes.add(e.note());
          notes.addAll(e.enharmonics());
        }
        case QueryResult.DegreeResult d -> notes.add(d.note());
        case QueryResult.ScaleMatch m -> notes.addAll(m.notes());
        case QueryResult.SubstituteResult t -> notes.addAll(t.substitute() == null ? t.tones() : t.substituteTones());
        case QueryResult.MembershipResult m -> notes.addAll(m.pitches());
        case QueryResult.TranspositionResult t -> notes.addAll(List.of(t.written(), t.concert()));
        case QueryResult.TritonesResult t -> t.tritones().forEach(p -> notes.addAll(List.of(p.lower(), p.upper())));
        case QueryResult.AlteredDegreeResult a -> notes.add(a.note());
        default -> { }
      }
    }
    return notes;
  }

  /** The coarse intent the API reports for a query type. */
  static Intent intent(String type) {
    return switch (type) {
      case "identify_chord" -> Intent.CHORD_IDENTIFICATION;
      case "interval", "note_from_interval", "interval_semitones", "interval_inversion", "enharmonic",
          "instrument_transposition" -> Intent.INTERVAL;
      case "instrument_key" -> Intent.KEY_SIGNATURE;
      case "scale", "count_scale_notes", "scale_degree", "scale_from_notes", "mode_of_degree", "altered_degree" ->
          Intent.SCALE;
      case "key_signature", "key_from_signature", "related_key" -> Intent.KEY_SIGNATURE;
      case "numeral_of_chord", "realise_numeral", "realise_progression", "analyse_progression", "find_key",
          "diatonic_chords", "diatonic_sevenths" -> Intent.ROMAN_NUMERAL;
      default -> Intent.CHORD_SPELLING;
    };
  }
}
