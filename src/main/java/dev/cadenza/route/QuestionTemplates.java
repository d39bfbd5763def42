package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question templates of each intent, one a line, with {@code {slot}}s that {@link TheoryFillers} fills.
 * Conceptual templates deliberately mention chords, keys and numerals too, so that "why", "how" and "explain" learn
 * to outweigh the theory tokens in a question that asks for an explanation.
 */
final class QuestionTemplates {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

  private static final Map<Intent, List<String>> TEMPLATES = new EnumMap<>(Intent.class);

  static {
    add(Intent.CHORD_SPELLING, """
        what notes are in a {chord}?
        what notes are in {symbol}
        spell {symbol}
        spell a {chord} chord
        how do you spell a {chord} chord
        notes of {symbol}
        give me the tones of an {chord}
        is {note} in the {chord} chord?
        what are the notes of the {symbol} chord
        {symbol} chord tones
        what tones does {symbol} have
        show me the notes in a {chord} triad
        write out {symbol}
        what's the spelling of {symbol}
        does {symbol} contain {note}
        chord tones of a {chord}
        how is {symbol} built
        {chord} chord notes?
        what notes make up {symbol}
        which notes are in a {chord} chord""");
    add(Intent.CHORD_IDENTIFICATION, """
        which chord is {notes}?
        what chord has the notes {notes}
        name the chord {notes}
        identify {notes}
        what chord is {notes}
        {notes} - what chord is this
        I have {notes}, which chord is it
        what is the chord with {notes}
        which chord uses {notes}
        what do the notes {notes} spell
        identify the chord spelled {notes}
        name of the chord {notes}?
        what chord symbol fits {notes}
        what kind of chord is {notes}
        the notes {notes} form which chord
        {notes} is what chord
        what's {notes} called""");
    add(Intent.INTERVAL, """
        interval between {note} and {note}?
        what interval is {note} to {note}
        what is a {interval} above {note}
        how many semitones in a {interval}
        what's the interval from {note} to {note}
        how many semitones from {note} to {note}
        {note} up to {note} is what interval
        what note is a {interval} below {note}
        go up a {interval} from {note}
        name the interval {note} - {note}
        what interval separates {note} and {note}
        how many half steps in a {interval}
        is {note} to {note} a {interval}
        {interval} above {note}?
        what is the inversion of a {interval}
        identify the interval {note} {note}
        how big is the interval between {note} and {note}""");
    add(Intent.SCALE, """
        notes of {tonic} {mode}
        spell the {tonic} {scale} scale
        what notes are in {tonic} harmonic minor
        what are the notes of the {tonic} {scale} scale
        {tonic} {mode} mode notes
        give me the {tonic} {scale} scale
        write the {tonic} {mode} scale
        what is the {tonic} {mode} scale
        list {tonic} {scale}
        which notes make up the {tonic} {mode} mode
        show {tonic} {scale} descending
        {tonic} {scale} scale?
        what does {tonic} {mode} look like
        the notes in {tonic} melodic minor ascending
        spell {tonic} {mode}""");
    add(Intent.KEY_SIGNATURE, """
        how many flats in {key}?
        key signature of {key}
        relative minor of {key}?
        what is the parallel major of {key}
        which key has {accidentals}
        how many sharps are in {key}
        what are the accidentals of {key}
        what's the relative major of {key}
        which major key has {accidentals}
        which minor key has {accidentals}
        what key signature does {key} use
        what is the key with {accidentals}
        list the sharps of {key}
        what flats does {key} have
        parallel minor of {key}
        what is the relative key of {key}
        {key} key signature?
        how many accidentals does {key} have
        enharmonic equivalent key of {key}""");
    add(Intent.ROMAN_NUMERAL, """
        what is {numeral} of {key}?
        spell {numeral} in {key}
        what chord is V/V in {key}
        analyse {symbol} in {key}
        what is the Neapolitan in {key}
        what is {numeral} in {key}
        {numeral} in {key}?
        in {key}, what chord is {numeral}
        what chord is {numeral} in the key of {key}
        which chord is {numeral} in {key}
        what roman numeral is {symbol} in {key}
        analyze {symbol} in {key}
        what is the {function} chord of {key}
        build {numeral} in {key}
        what are the notes of {numeral} in {key}
        give me the {function} in {key}
        {symbol} in {key} is which numeral""");
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
      slots.appendReplacement(filled, Matcher.quoteReplacement(TheoryFillers.fill(slots.group(1), random)));
    }
    return slots.appendTail(filled).toString();
  }

  private static void add(Intent intent, String lines) {
    List<String> templates = lines.lines().map(String::strip).toList();
    for (String template : templates) {
      Matcher slots = SLOT.matcher(template);
      while (slots.find()) {
        if (!TheoryFillers.SLOTS.contains(slots.group(1))) {
          throw new IllegalStateException("template of " + intent + " uses unknown slot: " + template);
        }
      }
    }
    TEMPLATES.put(intent, templates);
  }
}
