package dev.cadenza.theory.query;

import dev.cadenza.theory.entity.EntityRecogniser;
import dev.cadenza.theory.entity.MusicEntity;
import dev.cadenza.theory.entity.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a question into the typed queries it asks, in the order asked. The question is cut into clauses at
 * sentence ends and at "and" before a new question ("..., and what's its relative minor?"); each clause is
 * read by the first reader in {@link #PRECEDENCE} that finds its arguments. A clause with nothing to read
 * ("spell it") borrows the music named in the clause before.
 */
public final class QuestionReader {
  /**
   * Readers from the most specific wording to the loosest: a question with a cue and a key ("how many sharps
   * in ...") is taken before one that only names a chord ("spell ..."). The order is declared here only.
   */
  private static final List<Function<Clause, List<TheoryQuery>>> PRECEDENCE = List.of(
      InstrumentReaders::transposition,
      SpecialReaders::midi,
      SpecialReaders::membership,
      SpecialReaders::tritone,
      ChordReaders::tritones,
      SpecialReaders::modeOfDegree,
      SpecialReaders::scaleFromNotes,
      KeyReaders::alteredDegree,
      KeyReaders::fromSignature,
      KeyReaders::related,
      KeyReaders::signature,
      NumeralReaders::diatonic,
      IntervalReaders::enharmonic,
      NumeralReaders::progression,
      NumeralReaders::findKey,
      NumeralReaders::realise,
      ScaleReaders::count,
      ChordReaders::count,
      ChordReaders::omission,
      ChordReaders::inversion,
      ChordReaders::tone,
      NumeralReaders::analysis,
      KeyReaders::degree,
      NumeralReaders::numeralOf,
      IntervalReaders::size,
      IntervalReaders::inversion,
      ChordReaders::transpose,
      IntervalReaders::fromInterval,
      IntervalReaders::between,
      ChordReaders::identify,
      ScaleReaders::scale,
      ChordReaders::spell);
  private static final Pattern SENTENCE_END = Pattern.compile("[?.;!]+(?=\\s|$)");
  private static final Set<String> NEW_QUESTION = Set.of("what", "what's", "whats", "how", "which", "tell", "spell",
      "its", "give", "name", "where", "why", "scale", "is", "are");

  private QuestionReader() {}

  public static List<TheoryQuery> read(String question) {
    List<TheoryQuery> queries = new ArrayList<>();
    List<MusicEntity> before = List.of();
    boolean instrumentUnread = false;
    boolean numeralsAsked = false;
    List<Tokens> clauses = clauses(question);
    for (Tokens clauseTokens : clauses) {
      Clause clause = Clause.of(clauseTokens, EntityRecogniser.recognise(clauseTokens));
      List<TheoryQuery> read = List.of();
      if (!before.isEmpty() && clause.refersBack()) {
        read = readClause(clause.withContext(before));
      }
      if (read.isEmpty()) {
        read = readClause(clause);
      }
      if (read.isEmpty() && !before.isEmpty()) {
        read = readClause(clause.withContext(before));
      }
      instrumentUnread |= read.isEmpty() && InstrumentReaders.names(clause.tokens());
      numeralsAsked |= clause.has(Cue.NUMERAL, Cue.ANALYSE);
      for (TheoryQuery q : read) {
        if (!queries.contains(q)) queries.add(q);
      }
      if (!clause.entities().isEmpty()) {
        before = Context.carried(clause, read);
      }
    }
    // What one sentence asks of what another names: "i play a bb clarinet in school band. what note do i read to get
    // concert a4", "key of a minor. Dm E Am. numerals?".
    boolean numeralsUnread = numeralsAsked && queries.stream()
        .noneMatch(q -> q instanceof TheoryQuery.AnalyseProgression || q instanceof TheoryQuery.NumeralOfChord);
    if (clauses.size() > 1 && (instrumentUnread || numeralsUnread)) {
      Tokens whole = Tokens.of(question);
      Clause all = Clause.of(whole, EntityRecogniser.recognise(whole));
      List<TheoryQuery> asked = instrumentUnread ? InstrumentReaders.transposition(all) : NumeralReaders.analysis(all);
      if (!asked.isEmpty()) return asked;
    }
    return List.copyOf(queries);
  }

  private static List<TheoryQuery> readClause(Clause clause) {
    if (clause.has(Cue.ELSEWHERE)) return List.of();
    // Every reader needs a note, chord or key named but one: a mode on a degree of "the major scale" names none.
    if (clause.entities().isEmpty()) {
      List<TheoryQuery> mode = SpecialReaders.modeOfDegree(clause);
      return mode.isEmpty() ? ScaleReaders.count(clause) : mode;
    }
    for (Function<Clause, List<TheoryQuery>> reader : PRECEDENCE) {
      List<TheoryQuery> queries = reader.apply(clause);
      if (!queries.isEmpty()) return queries;
    }
    return List.of();
  }

  /** Sentences, and within them the parts after ", and" or "and" that begin a new question. */
  static List<Tokens> clauses(String question) {
    List<Tokens> clauses = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(question)) {
      Tokens t = Tokens.of(sentence);
      int start = 0;
      for (int i = 1; i + 1 < t.size(); i++) {
        // "3 flats and its major" is "it's major", typed without the apostrophe: no new question.
        boolean itIs = t.is(i + 1, "its") && t.is(i + 2, "major", "minor");
        if (t.is(i, "and") && NEW_QUESTION.contains(t.lower(i + 1)) && !itIs) {
          clauses.add(t.slice(start, i));
          start = i + 1;
        }
      }
      clauses.add(t.slice(start, t.size()));
    }
    clauses.removeIf(c -> c.size() == 0);
    return clauses;
  }
}
