package dev.cadenza.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of an open question, which decides the plan of its answer the way a textbook paragraph is
 * planned: a definition leads with what the thing is, a comparison gives both sides and the contrast, a
 * list keeps its items together, a procedure keeps its steps in order.
 */
public enum QuestionForm {
  DEFINITION, FUNCTION, COMPARISON, LIST, PROCEDURE, EXAMPLE;

  /**
   * A question read for its form.
   *
   * @param subject the thing asked about ("deceptive cadence"), without question words or articles
   * @param sides for a comparison, the two things compared; otherwise empty
   */
  public record Reading(QuestionForm form, String subject, List<String> sides) {
    public Reading {
      sides = List.copyOf(sides);
    }
  }

  /** Questions read lately. */
  private static final Remembered<Reading> READ = new Remembered<>(QuestionForm::readAnew);

  private static final String ARTICLE = "(?:(?:a|an|the)\\s+)?";
  private static final Pattern COMPARISON_CUE = Pattern.compile(
      "\\b(?:diff(?:erence|erent)?s?\\s+(?:between|of)|differ(?:s|ence)?\\b|^how\\s+(?:is|are)\\s+.+\\s+different\\s+from\\b|compare[ds]?\\b|versus\\b|vs\\.?\\s)");
  /** "is riten the same as rit", "is 6/8 basically the same thing as 3/4": a comparison, its sides either side of "same". */
  private static final Pattern SAME_AS = Pattern.compile(
      "(?<=^(?:is|are)\\s.{1,60}?)\\s+(?:(?:basically|really|just|actually|exactly)\\s+)?the\\s+same\\s+(?:thing\\s+)?as\\s+");
  /** The comparing words, removed before the sides are read; "vs" stays, it separates the sides. */
  private static final Pattern COMPARISON_WORDS = Pattern.compile(
      "\\b(?:diff(?:erence|erent)?s?\\s+(?:between|of)|differ(?:s|ence)?\\b|different(?=\\s+from\\b)|compare[ds]?\\b)");
  private static final Pattern SIDES = Pattern.compile(
      "(?:between|compare|of)?\\s*" + ARTICLE + "(.+?)\\s+(?:and|vs\\.?|versus|or|with|from)\\s+" + ARTICLE + "(.+)");
  /**
   * What follows the last side when the question goes on: a question word ("2/4 vs 4/4 whats the actual difference if
   * you can rebar ..."), a new clause ("escape tone vs appoggiatura i always mix them up", "tie vs slur? they look the
   * same to me") or the way the sides are met ("m7 vs half diminished 7th by ear").
   */
  private static final Pattern SIDE_END = Pattern.compile("\\s*[?,;:].*$|\\s+(?:what(?:'s|s)?|how|why|if|when|which|i|you|u"
      + "|we|they|arent|aren't|isnt|isn't|same|by\\s+ear|on\\s+(?:the\\s+)?(?:piano|keyboard|guitar))\\b.*$");
  /** Where the sides start when the question names its comparison first: "how can i hear the difference between". */
  private static final Pattern SIDES_START = Pattern.compile("^.*?\\bdiff(?:erence|rence|erences)?s?\\s+(?:between|of)\\s+");
  /** A third or fourth side after the second: "natural vs harmonic vs melodic minor". */
  private static final Pattern MORE_SIDES = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+" + ARTICLE);
  /** The question asked again after the sides: "... whats the diff". */
  private static final Pattern TRAILING_ASK = Pattern.compile(
      "\\s*,?\\s*(?:(?:what(?:'s|s)?|whats)\\s+(?:is\\s+)?(?:the\\s+)?diff(?:erence)?s?|how\\s+do\\s+they\\s+differ)\\s*$");
  private static final Pattern LIST_CUE = Pattern.compile(
      "^(?:list|name)\\b|^(?:the\\s+)?(?:two|three|four|five|six|seven)\\s+\\w+|\\b(?:types|kinds|sorts|categories)\\s+of\\b|^what\\s+are\\s+(?:the|all)\\s+(?:\\w+\\s+)?\\w+s\\b"
          + "|\\bwhich\\s+\\w+s\\s+are\\s+there\\b|\\bwhich\\s+ones\\b|\\bhow\\s+many\\s+\\w+s\\b");
  /** "what am i supposed to do", "what should you do": asks what to do, a procedure. */
  private static final String WHAT_TO_DO =
      "what\\s+(?:should|do|can|must|am|are)\\s+(?:i|you|u|we)\\s+(?:be\\s+)?(?:supposed\\s+to\\s+|meant\\s+to\\s+)?do\\b";
  /**
   * "how do i ...", "how to ..." anywhere ("3 against 2 how to play"), a bare "... how" at the end, "tips for ...", "what
   * should i do ...".
   */
  private static final Pattern PROCEDURE_CUE = Pattern.compile(
      "^how\\s+(?:do|can|should|would)\\s+(?:i|you|we|one)\\b|^" + WHAT_TO_DO + "|\\bhow\\s+to\\b|\\bsteps?\\s+(?:to|for)\\b|\\bhow\\s+do\\s+i\\b"
          + "|\\bhow$|\\btips?\\b");
  /** A question that is only a noun phrase ("church modes", "chord qualities in a major key") names what it asks about. */
  private static final Pattern BARE_NOUN_PHRASE = Pattern.compile(
      "^(?!.*\\b(?:what|whats|why|how|when|where|which|who|is|are|does|do|can|should|explain|define|mean|means)\\b)"
          + "([\\w#' -]+?)(?:\\s+(?:in|of|for|on|at|over|with)\\s+.*)?$");
  private static final int BARE_NOUN_PHRASE_WORDS = 6;
  /**
   * Plural nouns of the kinds of thing a theory course lists; a bare phrase ending in one asks for the list. Nouns
   * that also name one concept in the plural ("guide tones", "outer voices", "first species rules") are left out.
   */
  private static final java.util.Set<String> KINDS = java.util.Set.of("modes", "cadences", "keys", "scales", "chords",
      "intervals", "ranges", "names", "qualities", "degrees", "types", "kinds", "forms", "meters", "motions",
      "inversions", "triads", "progressions", "signatures", "clefs", "species", "ones");
  private static final Pattern EXAMPLE_CUE = Pattern.compile("\\bexamples?\\b|\\bfor\\s+instance\\b|\\bshow\\s+me\\b");
  private static final Pattern FUNCTION_CUE = Pattern.compile(
      "^why\\b|^where\\s+(?:does|do|should|would|will|can)\\b|\\bgo(?:es)?\\s+to\\b|\\bresolves?\\b|\\bwhat\\s+(?:does|do)\\s+.+\\s+do\\b|\\bwhat(?:'s|\\s+is)?\\s+.*\\bfor\\b\\W*$|\\bpurpose\\b|\\bfunction\\b"
          + "|\\brole\\b|\\bused\\s+for\\b|\\bhow\\s+(?:does|do|is|are)\\s+.+\\s+(?:work|used|function|resolve)\\b");
  /**
   * A question to answer yes or no ("are hidden octaves always wrong", "can the 7th go up", "is there an exception")
   * asks how a thing behaves or when a rule holds, not what the thing is.
   */
  private static final Pattern YES_NO = Pattern.compile(
      "^(?:(?:so|and|but|ok|okay)\\s+)*(?:is|are|isnt|isn't|arent|aren't|can|cant|can't|could|should|shouldnt|do|does|dont|don't"
          + "|doesnt|doesn't|will|would|must|may|might|has|have)\\s+"
          // "can someone explain the circle of fifths" asks for an explanation, not a yes or a no.
          + "(?!(?:you|u|someone|anyone|somebody)\\s+(?:please\\s+)?(?:explain|tell|describe|define|show|give|help)\\b)\\S+");
  /** Question words, frames and filler that surround the subject. */
  private static final Pattern FRAME = Pattern.compile(
      "(?i)^(?:(?:so|and|ok|okay|hey|hi|please|pls|plz|um|uh)\\b[\\s,]*)*"
          + "(?:" + WHAT_TO_DO + "(?:\\s+(?:on|in|at|with|when|for|about|during))?|(?:what|which)\\s+(?:notes|pitches|tones)\\s+(?:are|r)\\s+(?:in|of)|what\\s+does\\s+it\\s+mean\\s+(?:when|if|that|to)|what\\s+happens\\s+(?:in|to|at|during|after|before)|what(?:'s|s|\\s+is|\\s+are|\\s+r|\\s+was|\\s+does|\\s+do)?|whats|wats?|define|definition\\s+of|meaning\\s+of"
          + "|explain|describe|tell\\s+me\\s+about|what\\s+is\\s+meant\\s+by|list|name|why\\s+(?:is|are|does|do)"
          + "|(?:where|when)\\s+(?:is|are|does|do|did|can|should|would)"
          + "|how\\s+(?:is|are|does|do)|give\\s+(?:me\\s+)?(?:an?\\s+)?examples?\\s+of|examples?\\s+of|can\\s+(?:you|u|someone|anyone|somebody)\\s+explain"
          + "|spell|show\\s+me|which|why|tips\\s+(?:for|on)|how\\s+many(?:\\s+(?:different|diffrent|distinct))?|how\\s+long\\s+(?:is|are|does|do))?\\s*(?:(?:i|you|we|to)\\s+(?:find|get|make|build|write|spell|use|avoid|know|tell|identify"
          + "|play|hear|recognise|recognize|analy[sz]e|count|read)\\s+)?"
          + ARTICLE + "(?:(?:types|kinds|sorts)\\s+of\\s+)?(?:the\\s+)?");
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\s*(?:\\bin\\s+music(?:\\s+theory)?|\\bexplain(?:ed)?|\\bhow(?:\\s+to(?:\\s+\\w+)?)?|\\btips|\\bwhich\\s+ones|\\b(?:sounds?|looks?)\\s+like|\\bmean|\\bdo|\\bgo|\\bwork|\\bused\\s+for|\\bfor|\\bexactly|\\bagain|\\bpls|\\bplease"
          + "|\\bwhats\\s+special|\\bwhat(?:'s|s)?\\s+(?:it|that|special)(?:\\s+\\w+)?|\\bwhat\\s+does\\s+it\\s+do"
          + "|\\bhow\\s+does\\s+it\\s+work|\\bin\\s+theory|\\bmade\\s+of|\\bconsists?\\s+of|\\b(?:are|r|is)\\s+there"
          + "|\\b(?:shows?|turns?|comes?)\\s+up|\\bcomes?\\s+from|\\b(?:appears?|occurs?|happens?)|\\b(?:usually|typically|normally|often|commonly)"
          + "|\\b(?:built|formed|used|found|made|written|played|spelled|spelt|called|named|resolved|labell?ed|notated))\\s*$");

  /**
   * A polite frame around the real question ("can you explain what a cadential six-four is", "i want to know
   * why ..."): the question after it is read, in its embedded word order ("what X is").
   */
  private static final Pattern POLITE = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+)?(?:explain|tell\\s+me|say)(?:\\s+to\\s+me)?"
          + "|(?:i\\s+)?(?:want|need|would\\s+like)\\s+to\\s+know|do\\s+you\\s+know|i\\s+wonder"
          + "|(?:i\\s+)?(?:don'?t|do\\s+not|still\\s+don'?t)\\s+(?:get|understand|know|see)|idk|dunno|no\\s+idea|(?:i'?m\\s+)?not\\s+sure"
          + "|(?:i'?m\\s+)?confused\\s+(?:about|on))"
          + "\\s+(?=(?:what|why|how|where|when|which)\\b)");
  /** The verb left at the end of an embedded question: "what a cadential six-four is". */
  private static final Pattern EMBEDDED_VERB = Pattern.compile("(?i)^(what\\b.*?)\\s+(?:is|are|means?)\\s*$");

  /**
   * The topic said first and the question after it, pointing back ("hidden octaves, are they always wrong?", "the
   * neapolitan: where does it go", "bVII in a major key?? where does that come from", "accidental in a bar how long
   * does it last") or comparing within it ("rootless voicings - difference between A and B").
   */
  private static final Pattern TOPIC_FIRST = Pattern.compile(
      "(?i)^\\W*([\\w#°/' -]{3,40}?)(?:\\s*[,:–—]|\\s*\\?+|\\s+-+|\\s+(?=(?:what|whats|why|how|when|where|which)\\b))\\s*((?:what|whats|why|how|when|where|which|is|are|can|do|does|should"
          + "|diff\\w*|difference)\\b.*)");
  /** A word labelling what follows as a question, after the topic it is about ("figured bass question:"). */
  private static final Pattern ASKING_LABEL = Pattern.compile("(?i)\\s*\\b(?:quick\\s+)?(?:question|q|help|doubt|query)s?\\s*$");
  /** A topic said first is a name: no question word or verb of its own. */
  private static final Pattern FRAME_WORD = Pattern.compile(
      "(?i)\\b(?:what|whats|why|how|when|where|which|who|is|are|does|do|can|i|you|u)\\b");
  /** A pronoun for the topic; "that" only after a verb ("where does that come from"), not before a clause. */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "(?i)\\b(?:it|they|them|this|these|those|(?<=\\b(?:is|was|does|do|did|about|like)\\s)that)\\b");

  /** Two questions joined: "what r horn fifths and why arent they marked as errors". */
  private static final Pattern SECOND_QUESTION = Pattern.compile(
      "(?i)^(\\W*(?:what|whats|what's|wat|wats|which|who)\\b.+?)\\s*,?\\s+(?:and|n)\\s+(?:why|how|what|when|where|which)\\b.+");

  /**
   * A question said again in other words after a comma: "how is modal jazz diffrent from bebop, like what actually makes
   * a tune modal". The first wording has the form and the subject; the second is read for its words only.
   */
  private static final Pattern SAID_AGAIN = Pattern.compile(
      "(?i)^(.+?)\\s*,\\s*(?:like|i\\s+mean|as\\s+in|i\\.?e\\.?)\\s+(?:what|whats|what's|how|why|which|when|where)\\b.+");

  /** Reads the form and subject of {@code question}; an unrecognised wording is read as a definition. */
  public static Reading read(String asked) {
    return READ.of(asked);
  }

  private static Reading readAnew(String asked) {
    Matcher second = SECOND_QUESTION.matcher(asked.strip());
    // The first question names the subject the second points back to.
    if (second.matches()) return read(second.group(1));
    Matcher again = SAID_AGAIN.matcher(asked.strip());
    if (again.matches()) return read(again.group(1));
    Matcher topicFirst = TOPIC_FIRST.matcher(asked.strip());
    // "figured bass question: what does a sharp mean ...": the topic is figured bass.
    String said = topicFirst.matches() ? ASKING_LABEL.matcher(topicFirst.group(1)).replaceFirst("") : "";
    if (topicFirst.matches() && !said.isBlank() && !FRAME_WORD.matcher(said).find()) {
      Reading question = read(topicFirst.group(2));
      Matcher pointer = POINTS_BACK.matcher(topicFirst.group(2));
      boolean pointsBack = pointer.find();
      // "rootless voicings - diffrence between an A and a B voicing": the comparison names its own sides.
      if (question.form() == COMPARISON && !pointsBack) return question;
      if (pointsBack) {
        String topic = said.strip();
        Reading pointed = read(pointer.replaceFirst(Matcher.quoteReplacement(topic)));
        // "sonata rondo how is it different from normal rondo": the topic is one side.
        if (pointed.form() == COMPARISON) return pointed;
        return new Reading(pointed.form(), subjectOf(topic), pointed.sides());
      }
    }
    String question = EMBEDDED_VERB.matcher(POLITE.matcher(asked.replaceAll("[?!.]+\\s*$", "").strip()).replaceFirst(""))
        .replaceFirst("$1");
    String q = question.toLowerCase(Locale.ROOT).replaceAll("[?!.]+\\s*$", "").replace('’', '\'').strip();
    QuestionForm form = formOf(q);
    if (form == COMPARISON) {
      String compared = SAME_AS.matcher(SIDES_START.matcher(TRAILING_ASK.matcher(q).replaceFirst("")).replaceFirst("between "))
          .replaceFirst(" vs ");
      Matcher sides = SIDES.matcher(COMPARISON_WORDS.matcher(compared).replaceFirst(" ").replaceFirst("^\\W*(?:(?:what(?:'s|s)?|whats|how|is|are|does|do|the)\\s+)*", ""));
      if (sides.find()) {
        List<String> named = new ArrayList<>();
        named.add(subjectOf(SIDE_END.matcher(sides.group(1)).replaceFirst("")));
        for (String side : MORE_SIDES.split(SIDE_END.matcher(sides.group(2)).replaceFirst(""))) named.add(subjectOf(side));
        if (named.stream().noneMatch(String::isBlank)) {
          List<String> all = sharingHeadNoun(named);
          return new Reading(form, String.join(" and ", all), all);
        }
      }
      form = DEFINITION;
    }
    return new Reading(form, subjectOf(question.replaceAll("[?!.]+\\s*$", "")), List.of());
  }

  /**
   * Sides written as modifiers of one noun named once at the end ("major and minor third", "natural vs harmonic vs
   * melodic minor") each get that noun.
   */
  private static List<String> sharingHeadNoun(List<String> sides) {
    String last = sides.getLast();
    int space = last.lastIndexOf(' ');
    // A chord symbol ("maj7 vs dominant 7") is whole already.
    if (space < 0 || sides.subList(0, sides.size() - 1).stream().anyMatch(side -> side.contains(" ") || side.matches(".*\\d.*"))) {
      return sides;
    }
    String noun = last.substring(space);
    return sides.stream().map(side -> side == last ? side : side + noun).toList();
  }

  private static QuestionForm formOf(String q) {
    if (COMPARISON_CUE.matcher(q).find() || SAME_AS.matcher(q).find()) return COMPARISON;
    if (PROCEDURE_CUE.matcher(q).find()) return PROCEDURE;
    if (EXAMPLE_CUE.matcher(q).find()) return EXAMPLE;
    if (LIST_CUE.matcher(q).find() || namesKinds(q)) return LIST;
    if (FUNCTION_CUE.matcher(q).find() || YES_NO.matcher(q).lookingAt()) return FUNCTION;
    return DEFINITION;
  }

  private static boolean namesKinds(String q) {
    Matcher phrase = BARE_NOUN_PHRASE.matcher(q);
    if (!phrase.matches() || q.split("\\s+").length > BARE_NOUN_PHRASE_WORDS) return false;
    String[] head = phrase.group(1).strip().split("\\s+");
    return KINDS.contains(head[head.length - 1]);
  }

  /** The words left once question frames, articles and trailing filler are removed. */
  static String subjectOf(String phrase) {
    // A parenthesis tells which sense is meant ("a sentence (music form)"); it is no part of the thing's name.
    // A dot inside a word stays: "D.C. al fine" is "D.C al fine", not the notes D and C.
    String s = phrase.replace('’', '\'').replaceAll("\\([^)]*\\)", " ").replaceAll("[?!,;:]+|\\.+(?!\\w)", " ")
        .replaceAll("\\s+", " ").strip();
    s = FRAME.matcher(s).replaceFirst("");
    for (int i = 0; i < 3; i++) {
      s = TAIL.matcher(s).replaceFirst("").strip();
    }
    return s.replaceFirst("(?i)^(?:a|an|the)\\s+", "").strip();
  }
}
