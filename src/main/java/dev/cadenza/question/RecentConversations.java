package dev.cadenza.question;

import java.util.LinkedHashMap;
import java.util.Map;

/** Conversations remembered in this process: at most a fixed number, the least recently used forgotten first. */
final class RecentConversations implements FollowUps.Memory {

  private final Map<String, FollowUps.Turn> turns;

  RecentConversations(int maxConversations) {
    if (maxConversations < 1) {
      throw new IllegalArgumentException("illegal maxConversations: " + maxConversations + ", must be >= 1");
    }
    this.turns = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, FollowUps.Turn> eldest) {
        return size() > maxConversations;
      }
    };
  }

  @Override
  public synchronized FollowUps.Turn last(String conversationId) {
    return turns.get(conversationId);
  }

  @Override
  public synchronized void remember(String conversationId, FollowUps.Turn turn) {
    turns.put(conversationId, turn);
  }
}
