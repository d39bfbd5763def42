package dev.cadenza.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage sentence may follow an exact answer as context: only when it is about the same object.
 * A sentence naming a note or key the exact answer does not contain is about another chord or key ("The #9
 * is correctly spelled F##" belongs to E7#9, not Gb7#9), true there and false here, so it is left out.
 */
final class ExactContext {

  /** A note name with its accidentals; a bare capital "A" counts only before a key word (it is usually the article). */
  private static final Pattern NOTE = Pattern.compile(
      "(?<![\\w#])([A-G](?:##|#|bb|b|x|♯|♭)?)(?![\\w'’])(?:\\s+(major|minor|natural|flat|sharp))?");

  private ExactContext() {}

  static boolean sameObject(String sentence, String facts) {
    Set<String> allowed = notes(facts);
    return allowed.containsAll(notes(sentence));
  }

  static Set<String> notes(String text) {
    Set<String> notes = new HashSet<>();
    Matcher m = NOTE.matcher(text);
    while (m.find()) {
      String note = m.group(1).replace('♯', '#').replace('♭', 'b');
      boolean article = note.equals("A") && m.group(2) == null && followedByWord(text, m.end(1));
      if (!article) notes.add(note.toUpperCase(Locale.ROOT).charAt(0) + note.substring(1));
    }
    return notes;
  }

  private static boolean followedByWord(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
  }
}
