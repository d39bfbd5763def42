package dev.cadenza.answer;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-up questions within a conversation, resolved against what the conversation was last about before
 * they are routed and retrieved: a pronoun takes the last subject ("where does it resolve?" after the German
 * sixth), "one" takes its noun ("and a deceptive one?" after the plagal cadence), an elliptical question takes
 * the last question's frame ("and phrygian?" after "what is dorian mode", "what about in minor?" after "explain
 * the ii V I"), and a short question that names no subject of its own is asked about the last one. Each
 * conversation id keeps its last question and subject in a {@link Memory}: in this process by default (at most
 * {@code maxConversations}, the least recently used forgotten first), or in a database every replica shares.
 * Thread-safe.
 */
public final class FollowUps {

  public static final int DEFAULT_MAX_CONVERSATIONS = 1_000;

  /** What a conversation was last about: its last question, resolved, and that question's subject. */
  public record Turn(String question, String subject) {}

  /** Where each conversation's last turn is kept; thread-safe. */
  public interface Memory {
    /** The last turn of {@code conversationId}, or null when there is none (or it was forgotten). */
    Turn last(String conversationId);

    void remember(String conversationId, Turn turn);
  }

  private static final Pattern ELLIPSIS = Pattern.compile(
      "(?i)^\\W*(?:and|or|so|now|then|what\\s+about|how\\s+about|same\\s+for)\\s+(.{1,40}?)\\W*$");
  private static final Pattern PREPOSITION = Pattern.compile("(?i)^(?:in|on|for|with|over|from|starting\\s+on)\\s+.+");
  private static final Pattern ONE = Pattern.compile(
      "(?i)\\b(?:(a|an|the|which|different|other)\\s+)?((?!(?:me|us|you|them|just|only|is|are)\\b)[\\w#°/-]+\\s+)?(ones?)\\b");
  private static final Pattern DEMONSTRATIVE = Pattern.compile(
      "(?i)\\b(?:this|that|these|those)\\s+(?:chords?|scales?|modes?|notes?|intervals?|cadences?|progressions?|kinds?|types?"
          + "|forms?|things?)\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(it|its|them|they|this)\\b");
  /** A question with more words of its own than this is a new question, whatever pronoun it uses. */
  private static final int FOLLOW_UP_TERMS = 4;
  /** A question that asks what something is names its own subject. */
  private static final Pattern OWN_SUBJECT = Pattern.compile(
      "(?i)^\\W*(?:what\\s+(?:is|are)|what's|whats|define|explain|describe|tell\\s+me\\s+about|list|spell|name)\\b.*");
  /** A question this short names no subject of its own ("what happens in the development?"). */
  private static final int SHORT_QUESTION_TERMS = 3;

  private final Memory conversations;

  public FollowUps(int maxConversations) {
    this(new RecentConversations(maxConversations));
  }

  public FollowUps(Memory conversations) {
    this.conversations = conversations;
  }

  public FollowUps() {
    this(DEFAULT_MAX_CONVERSATIONS);
  }

  /**
   * The question as it is meant in its conversation, and remembered as the conversation's last turn.
   *
   * @param answersAlone whether a question is answered exactly as it stands (then it is left alone unless it
   *     points back with a pronoun or "one")
   */
  public String resolve(String conversationId, String question, Predicate<String> answersAlone) {
    if (conversationId == null) return question;
    Turn last = conversations.last(conversationId);
    String resolved = last == null ? question : resolve(question, last, answersAlone);
    // A resolved follow-up is still about the last subject; a question standing alone sets a new one.
    String subject = last != null && !resolved.equals(question) ? last.subject() : QuestionForm.read(resolved).subject();
    conversations.remember(conversationId, new Turn(resolved, subject));
    return resolved;
  }

  private static String resolve(String question, Turn last, Predicate<String> answersAlone) {
    String subject = last.subject();
    if (subject.isBlank()) return question;
    Matcher ellipsis = ELLIPSIS.matcher(question);
    if (ellipsis.matches() && !ellipsis.group(1).contains(" is ") && Terms.of(ellipsis.group(1)).size() <= 3) {
      return elliptical(ellipsis.group(1).strip(), last);
    }
    if (Terms.of(question).size() > FOLLOW_UP_TERMS) return question;
    Matcher demonstrative = DEMONSTRATIVE.matcher(question);
    if (demonstrative.find()) {
      return question.substring(0, demonstrative.start()) + "the " + subject + question.substring(demonstrative.end());
    }
    if (PREPOSITION.matcher(question.strip()).matches() && Terms.of(question).size() <= 2) {
      return stripEnd(last.question()) + " " + stripEnd(question);
    }
    Matcher one = ONE.matcher(question);
    if (one.find()) {
      return question.substring(0, one.start()) + (one.group(1) == null ? "" : one.group(1) + " ")
          + renamed(subject, one.group(2), false) + question.substring(one.end());
    }
    Matcher pronoun = PRONOUN.matcher(question);
    if (pronoun.find()) {
      String replacement = pronoun.group(1).equalsIgnoreCase("its") ? "the " + subject + "'s" : "the " + subject;
      return question.substring(0, pronoun.start()) + replacement + question.substring(pronoun.end());
    }
    boolean namesSubject = Terms.of(question).stream().anyMatch(Terms.of(subject)::contains);
    if (!namesSubject && !OWN_SUBJECT.matcher(question).matches() && Terms.of(question).size() <= SHORT_QUESTION_TERMS
        && !answersAlone.test(question)) {
      return stripEnd(question) + " in " + subject + "?";
    }
    return question;
  }

  /** "and phrygian?" after "what is dorian mode": the last question about the new subject. */
  private static String elliptical(String fragment, Turn last) {
    if (PREPOSITION.matcher(fragment).matches()) {
      return stripEnd(last.question()) + " " + fragment;
    }
    String bare = fragment.replaceFirst("(?i)^(?:a|an|the)\\s+", "");
    Matcher one = ONE.matcher(bare);
    String subject = one.find() ? renamed(last.subject(), one.group(2), false) : renamed(last.subject(), bare, true);
    String frame = last.question();
    int at = frame.toLowerCase(Locale.ROOT).indexOf(last.subject().toLowerCase(Locale.ROOT));
    return at < 0 ? "what is " + subject + "?"
        : frame.substring(0, at) + subject + frame.substring(at + last.subject().length());
  }

  /**
   * The last subject renamed by a word: it replaces the first of several ("dorian mode" + "phrygian" = "phrygian
   * mode"); a one-word subject it replaces ("triplet" + "duplet") or, as the modifier of "one", stands before
   * ("suspension" + "a 4-3 one" = "4-3 suspension"). Several words are a subject of their own ("neighbor tone").
   */
  private static String renamed(String subject, String modifier, boolean replacesNoun) {
    if (modifier == null || modifier.isBlank()) return subject;
    String m = modifier.strip();
    String[] words = subject.split("\\s+");
    if (m.contains(" ")) return m;
    if (words.length == 1) return replacesNoun ? m : m + " " + subject;
    return m + " " + String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
  }

  private static String stripEnd(String question) {
    return question.strip().replaceFirst("[?.!\\s]+$", "");
  }
}
