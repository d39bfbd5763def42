package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.query.Cue;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The question templates of each intent, one a line, with {@code {slot}}s that {@link TheoryFillers} fills and
 * {@code {cue:ROW}} slots that take any phrase of that row of the question readers' {@link Cue} table, so the router
 * trains on the readers' own wordings. A computable template words what it asks with a cue slot, unless a numeral,
 * a function, an interval or a count of accidentals says it.
 * Conceptual templates deliberately mention chords, keys and numerals too, so that "why", "how" and "explain" learn
 * to outweigh the theory tokens in a question that asks for an explanation.
 */
final class QuestionTemplates {
  /** A filler slot ({@code {note}}) or a cue slot ({@code {cue:SPELL}}): any phrase of that row of the readers' table. */
  private static final Pattern SLOT = Pattern.compile("\\{(?:cue:([A-Z_]+)|([a-z]+))}");

  private static final Set<String> CUE_NAMES = Arrays.stream(Cue.values()).map(Cue::name).collect(Collectors.toSet());
  private static final Map<Intent, List<String>> TEMPLATES = new EnumMap<>(Intent.class);

  static {
    add(Intent.CHORD_SPELLING, """
        what {cue:MEMBERS} are in a {chord}?
        what {cue:MEMBERS} are in the {symbol} chord
        {cue:SPELL} {symbol}
        {cue:SPELL} a {chord} chord
        how do you spell a {chord} {cue:CHORD}
        {cue:MEMBERS} of {symbol}
        give me the {cue:MEMBERS} of an {chord} chord
        what are the {cue:MEMBERS} of the {symbol} chord
        {symbol} chord {cue:MEMBERS}
        what {cue:MEMBERS} does {symbol} have
        show me the {cue:MEMBERS} in a {chord} triad
        write out the {cue:MEMBERS} of {symbol}
        {cue:MEMBERS} of a {chord} triad
        {chord} {cue:CHORD} notes?
        what {cue:MEMBERS} make up {symbol}
        which {cue:MEMBERS} are in a {chord} chord
        {cue:COUNT_NOTES} in {symbol}?
        {cue:COUNT_NOTES} are there in a {chord} chord
        {cue:TRANSPOSE} {symbol} up a {interval}""");
    add(Intent.CHORD_IDENTIFICATION, """
        which {cue:CHORD} is {notes}?
        what {cue:CHORD} has the notes {notes}
        name the {cue:CHORD} {notes}
        what {cue:CHORD} is {notes}
        {notes} - what {cue:CHORD} is this
        I have {notes}, which {cue:CHORD} is it
        what is the {cue:CHORD} with the notes {notes}
        which {cue:CHORD} uses {notes}
        identify the {cue:CHORD} spelled {notes}
        name of the {cue:CHORD} {notes}?
        what kind of {cue:CHORD} is {notes}
        the notes {notes} form which {cue:CHORD}
        {notes} is what {cue:CHORD}
        what {cue:CHORD} do the notes {notes} make""");
    add(Intent.INTERVAL, """
        {cue:INTERVAL} between {note} and {note}?
        what {cue:INTERVAL} is {note} to {note}
        what is a {interval} above {note}
        {cue:SEMITONES} in a {interval}
        what's the {cue:INTERVAL} from {note} to {note}
        how many {cue:SEMITONES} in a {interval}
        {note} up to {note} is what {cue:INTERVAL}
        what note is a {interval} below {note}
        name the {cue:INTERVAL} {note} - {note}
        what {cue:INTERVAL} separates {note} and {note}
        how many {cue:SEMITONES} does a {interval} span
        {interval} above {note}?
        identify the {cue:INTERVAL} {note} {note}
        how big is the {cue:INTERVAL} between {note} and {note}
        what is the {cue:INTERVAL} {cue:BETWEEN} {note} and {note}""");
    add(Intent.SCALE, """
        {cue:MEMBERS} of {tonic} {mode}
        spell the {tonic} {scale} {cue:SCALE}
        what {cue:MEMBERS} are in {tonic} harmonic minor
        what are the {cue:MEMBERS} of the {tonic} {scale} scale
        {tonic} {mode} {cue:SCALE} notes
        give me the {tonic} {scale} {cue:SCALE}
        write the {tonic} {mode} {cue:SCALE}
        what is the {tonic} {mode} {cue:SCALE}
        {cue:MEMBERS} in {tonic} {scale} {cue:SCALE}
        which {cue:MEMBERS} make up the {tonic} {mode} mode
        show {tonic} {scale} {cue:SCALE} descending
        {tonic} {scale} {cue:SCALE}?
        {cue:SPELL} {tonic} {mode}""");
    add(Intent.KEY_SIGNATURE, """
        how many {cue:ACCIDENTALS} in {key}?
        {cue:SIGNATURE} of {key}
        {cue:RELATIVE} minor of {key}?
        what is the {cue:PARALLEL} major of {key}
        {cue:WHICH_KEY} with {accidentals}?
        how many {cue:ACCIDENTALS} are in {key}
        what are the {cue:ACCIDENTALS} of {key}
        what's the {cue:RELATIVE} major of {key}
        which major key has {accidentals}
        which minor key has {accidentals}
        what {cue:SIGNATURE} does {key} use
        what is the key with {accidentals}
        list the {cue:ACCIDENTALS} of {key}
        {cue:PARALLEL} minor of {key}
        what is the {cue:RELATIVE} key of {key}
        {key} {cue:SIGNATURE}?
        how many {cue:ACCIDENTALS} does {key} have
        {cue:ENHARMONIC} equivalent key of {key}""");
    add(Intent.ROMAN_NUMERAL, """
        what is {numeral} of {key}?
        {cue:SPELL} {numeral} in {key}
        what {cue:CHORD} is V/V in {key}
        {cue:ANALYSE} {symbol} in {key}
        what {cue:CHORD} is the Neapolitan in {key}
        what is {numeral} in {key}
        {numeral} in {key}?
        in {key}, what {cue:CHORD} is {numeral}
        what {cue:CHORD} is {numeral} in the key of {key}
        which {cue:CHORD} is {numeral} in {key}
        what {cue:NUMERAL} is {symbol} in {key}
        what is the {function} chord of {key}
        build {numeral} in {key}
        what are the {cue:MEMBERS} of {numeral} in {key}
        give me the {function} in {key}
        {symbol} in {key} is which {cue:NUMERAL}""");
    add(Intent.CONCEPTUAL, """
        what is {topic}
        what's {topic} in music
        explain {topic}
        can you explain {topic} to a beginner
        why do composers use {topic}
        how does {topic} work
        when should I use {topic}
        what is the difference between {topic} and {topic}
        give me an example of {topic}
        what is the purpose of {topic}
        what does {topic} mean
        describe {topic}
        help me understand {topic}
        is {topic} used in pop songs
        which composers used {topic} the most
        what books explain {topic} well
        what is a {topic} and when is it used
        why does V7 resolve to I?
        why does {numeral} resolve to I
        why does {symbol} sound so tense
        why does {numeral} want to go to {numeral}
        why is the leading tone in the dominant chord so important in {key}?
        how do I avoid parallel fifths
        what makes a melody memorable
        what is the difference between a motive and a phrase
        how does tritone substitution work
        how do I voice a {chord} chord on piano
        why does {tonic} {mode} sound so bright
        what emotions are associated with {key}
        how do I practise the {tonic} {scale} scale
        why is a {interval} considered dissonant
        how do I hear the difference between a {interval} and a {interval}
        how do I improvise over {symbol}
        what songs use {numeral} to {numeral}
        how should I resolve a {chord} chord
        what is the history of the {mode} mode
        why do jazz musicians use {symbol} chords
        explain why {numeral} is so common in pop music
        how do I write a bass line for {numeral} {numeral} {numeral}
        what does a {chord} chord feel like
        is it ok to double the third in a {chord} chord
        when did composers start using {symbol} chords
        how does the {tonic} {mode} mode differ from the major scale
        why does {numeral} often go to {numeral} instead of I
        what is the role of {numeral} in a cadence
        how do I make {numeral} sound smoother
        why do we call it a {chord} chord
        what should I learn first in harmony
        how do I analyse a piece by ear
        explain sonata form
        what is a suspension
        when should I use a pedal
        what is a {interval}
        what is the {mode} mode
        what is a {function} chord
        how many sharps can a key signature have
        what is a key signature
        what are roman numerals used for
        how many modes does the major scale have
        how many notes are in a {scale} scale
        what is an interval
        which scale should I practise first""");
    for (Intent intent : Intent.values()) {
      if (!TEMPLATES.containsKey(intent)) {
        throw new IllegalStateException("no question templates for intent " + intent);
      }
    }
  }

  private QuestionTemplates() {}

  /** The templates of one intent, in a fixed order. */
  static List<String> of(Intent intent) {
    return TEMPLATES.get(intent);
  }

  /** Fills every slot of a template with a fresh draw. */
  static String fill(String template, Random random) {
    Matcher slots = SLOT.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (slots.find()) {
      String filler = slots.group(1) != null ? TheoryFillers.pick(Cue.valueOf(slots.group(1)).phrases(), random)
          : TheoryFillers.fill(slots.group(2), random);
      slots.appendReplacement(filled, Matcher.quoteReplacement(filler));
    }
    return slots.appendTail(filled).toString();
  }

  private static void add(Intent intent, String lines) {
    List<String> templates = lines.lines().map(String::strip).toList();
    for (String template : templates) {
      Matcher slots = SLOT.matcher(template);
      boolean cued = false;
      while (slots.find()) {
        boolean known = slots.group(1) != null ? CUE_NAMES.contains(slots.group(1)) : TheoryFillers.SLOTS.contains(slots.group(2));
        if (!known) {
          throw new IllegalStateException("template of " + intent + " uses unknown slot: " + template);
        }
        cued |= slots.group(1) != null;
      }
      if (intent.computable() && !cued && !template.contains("{numeral}") && !template.contains("{function}")
          && !template.contains("{interval}") && !template.contains("{accidentals}")) {
        throw new IllegalStateException("template of " + intent + " words its question without a cue slot: " + template);
      }
    }
    TEMPLATES.put(intent, templates);
  }
}
