package dev.cadenza.theory.qa;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Quality;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers questions that name a chord by its parts: "what is the third of an Ab minor chord?" (one
 * member), "a diminished seventh chord on C#" (quality before root), "what is a Cmaj7 chord?" (a
 * particular chord, which the router may take for a definition question) and "what is the tritone
 * substitute of G7?" (the dominant seventh a tritone away: Db7).
 */
final class ChordMemberQuestions {
  private static final List<String> MEMBERS =
      List.of("root", "third", "fifth", "seventh", "ninth", "eleventh", "thirteenth");
  private static final Pattern MEMBER = Pattern.compile("(?i:\\b(root|third|fifth|seventh|ninth|eleventh|thirteenth)\\s+"
      + "(?:note\\s+)?(?:of|in)\\s+(?:an?\\s+|the\\s+)?)(.+?)(?i:\\s+(?:chord|triad))(?![\\w])");
  private static final Pattern TRITONE_SUB = Pattern.compile(
      "(?i:\\btritone\\s+sub(?:stitut(?:e|ion))?\\s+(?:of|for)\\s+(?:an?\\s+|the\\s+)?)(" + ProsePatterns.NOTE + "\\S*)");
  private static final Pattern QUALITY_ON_ROOT = Pattern.compile("(?i:\\b((?:major|minor|dominant|diminished|augmented|"
      + "half[\\s-]diminished|suspended|fully[\\s-]diminished)(?:[\\s-][a-z0-9]+){0,3}?)\\s+(?:chord|triad)\\s+(?:built\\s+)?"
      + "(?:on|from|with\\s+(?:the\\s+)?root)\\s+)(" + ProsePatterns.NOTE + ")(?![\\w#])");
  /** "What is a Cmaj7 chord?", "what's an F#m7b5": the whole question names one chord with its root. */
  private static final Pattern WHAT_IS_CHORD = Pattern.compile(
      "(?i:^\\s*(?:what\\s+is|what's|define|explain)\\s+(?:an?\\s+|the\\s+)?)([A-G][^?!.]*?)(?i:\\s+chord)?\\s*[?!.]?\\s*$");
  private static final Pattern NOT_A_CHORD_WORD = Pattern.compile("(?i)\\b(?:scale|key|mode|signature|interval|cadence|progression|triads|in|of|to|and|above|below)\\b");
  private static final Interval DIMINISHED_FIFTH = Interval.of(Quality.DIMINISHED, 5);
  private static final Interval AUGMENTED_FOURTH = Interval.of(Quality.AUGMENTED, 4);

  private ChordMemberQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    Matcher member = MEMBER.matcher(text);
    if (member.find()) {
      Optional<Chord> chord = ChordQuestions.find(member.group(2));
      if (chord.isPresent()) {
        return member(chord.get(), member.group(1).toLowerCase(Locale.ROOT));
      }
    }
    Matcher whatIs = WHAT_IS_CHORD.matcher(text);
    if (whatIs.find() && !NOT_A_CHORD_WORD.matcher(whatIs.group(1)).find()) {
      Optional<TheoryAnswer> spelled = ChordQuestions.answer("spell the " + whatIs.group(1) + " chord");
      if (spelled.isPresent()) {
        return spelled;
      }
    }
    Matcher onRoot = QUALITY_ON_ROOT.matcher(text);
    if (onRoot.find()) {
      Optional<TheoryAnswer> spelled = ChordQuestions.answer("spell " + onRoot.group(2) + " " + onRoot.group(1) + " chord");
      if (spelled.isPresent()) {
        return spelled;
      }
    }
    Matcher sub = TRITONE_SUB.matcher(text);
    if (sub.find()) {
      return ChordQuestions.find(sub.group(1).replaceAll("[?.!,]+$", "")).flatMap(ChordMemberQuestions::tritoneSubstitute);
    }
    return Optional.empty();
  }

  private static Optional<TheoryAnswer> member(Chord chord, String member) {
    int number = 2 * MEMBERS.indexOf(member) + 1;
    List<Interval> intervals = chord.intervals();
    for (int i = 0; i < intervals.size(); i++) {
      if (intervals.get(i).number() == number) {
        Note tone = chord.tones().get(i);
        String answer = "The " + member + " of " + Prose.withArticle(chord.name()) + " (" + chord.symbol() + ") is " + tone
            + (number == 1 ? "" : ", " + Prose.withArticle(intervals.get(i).name()) + " above the root " + chord.root())
            + ". The chord is " + Prose.list(chord.tones()) + ".";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("symbol", chord.symbol());
        details.put("member", member);
        details.put("note", tone.toString());
        details.put("interval", intervals.get(i).shortName());
        return Optional.of(new TheoryAnswer(Intent.CHORD_SPELLING, answer, Prose.strings(List.of(tone)), details));
      }
    }
    return Optional.of(new TheoryAnswer(Intent.CHORD_SPELLING, Prose.capitalise(Prose.withArticle(chord.name())) + " ("
        + chord.symbol() + ") has no " + member + ": it is " + Prose.list(chord.tones()) + ".", Prose.strings(chord.tones()),
        Map.of("symbol", chord.symbol(), "member", member)));
  }

  private static Optional<TheoryAnswer> tritoneSubstitute(Chord dominant) {
    if (dominant.type() != ChordType.DOMINANT_SEVENTH) {
      // Answering with the chord's spelling would answer another question; say why there is none.
      return Optional.of(new TheoryAnswer(Intent.CHORD_SPELLING, "A tritone substitute replaces a dominant seventh chord; "
          + dominant.symbol() + " is " + Prose.withArticle(dominant.name()) + " (" + Prose.list(dominant.tones())
          + "), not a dominant seventh, so it has none.", Prose.strings(dominant.tones()), Map.of("symbol", dominant.symbol())));
    }
    try {
      // The root a tritone away, spelled as the diminished fifth or the augmented fourth, whichever needs
      // fewer accidentals (flat on a tie): G7 -> Db7, Bb7 -> E7 rather than Fb7.
      Note flat = dominant.root().transpose(DIMINISHED_FIFTH);
      Note sharp = dominant.root().transpose(AUGMENTED_FOURTH);
      Note root = Math.abs(sharp.accidental()) < Math.abs(flat.accidental()) ? sharp : flat;
      Chord substitute = Chord.of(root, ChordType.DOMINANT_SEVENTH);
      String answer = "The tritone substitute of " + dominant.symbol() + " is " + substitute.symbol() + ": "
          + Prose.list(substitute.tones()) + ", the dominant seventh a tritone away from " + dominant.root()
          + " (its root spelled with the fewer accidentals). The two chords share their tritone: the third and seventh of " + dominant.symbol() + ", "
          + dominant.tones().get(1) + " and " + dominant.tones().get(3) + ", are the same pitches as the seventh and third of "
          + substitute.symbol() + ", " + substitute.tones().get(3) + " and " + substitute.tones().get(1) + ".";
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("symbol", dominant.symbol());
      details.put("substitute", substitute.symbol());
      return Optional.of(new TheoryAnswer(Intent.CHORD_SPELLING, answer, Prose.strings(substitute.tones()), details));
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
  }
}
