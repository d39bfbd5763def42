package dev.cadenza.route;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Varies the surface of a filled template the way students type: a politeness prefix or suffix, lower case or a
 * capital first letter (of an ordinary first word), and one of several endings. The words in between are left
 * alone, so the theory tokens keep the spelling that their {@link TokenShape} is read from.
 */
final class Phrasing {
  private static final List<String> PREFIXES =
      List.of(
          "could you tell me ", "quick question: ", "hey, ", "please ", "can you tell me ", "I was wondering ",
          "hi! ", "help: ", "so ", "teacher asked: ", "do you know ", "sorry, ", "one more: ", "hello, ");
  private static final List<String> SUFFIXES = List.of(" please", " thanks", " for me", " - thanks!", " pls");
  private static final List<String> ENDINGS = List.of("?", "?", "", "", ".", "??", " ?", "!");
  private static final int PREFIX_ONE_IN = 4;
  private static final int SUFFIX_ONE_IN = 8;
  /** Of this many draws, one lower-cases the question, two capitalise it and the rest keep it as typed. */
  private static final int CASE_CHOICES = 6;
  /** A lower-case word of two or more letters: capitalising "bVII" or "vii°/V" would change what it says. */
  private static final Pattern ORDINARY_WORD = Pattern.compile("(?![ivx]+\\b)[a-z][a-z']+\\b(?![°ø/#+])");

  private Phrasing() {}

  static String vary(String question, Random random) {
    String body = question.endsWith("?") ? question.substring(0, question.length() - 1) : question;
    String varied = body;
    if (random.nextInt(PREFIX_ONE_IN) == 0) {
      varied = TheoryFillers.pick(PREFIXES, random) + varied;
    }
    if (random.nextInt(SUFFIX_ONE_IN) == 0) {
      varied += TheoryFillers.pick(SUFFIXES, random);
    }
    varied += TheoryFillers.pick(ENDINGS, random);
    return switch (random.nextInt(CASE_CHOICES)) {
      case 0 -> varied.toLowerCase(Locale.ROOT);
      case 1, 2 -> ORDINARY_WORD.matcher(varied).lookingAt()
          ? varied.substring(0, 1).toUpperCase(Locale.ROOT) + varied.substring(1) : varied;
      default -> varied;
    };
  }
}
