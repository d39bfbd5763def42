package dev.cadenza.reliability;

import dev.cadenza.learners.Exercises;
import dev.cadenza.learners.JdbcLearnerRepository;
import dev.cadenza.learners.Practice;
import dev.cadenza.learners.PracticeItem;
import dev.cadenza.learners.SimulatedLearner;
import dev.cadenza.learners.Sources;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The process {@link KillDuringPracticeTest} kills: one learner practising without pause on the SQLite file named by
 * its argument, printing {@code learner ID} first and {@code answered N} after each answer has been committed.
 */
public final class PracticeChild {

  private PracticeChild() {}

  public static void main(String[] args) {
    JdbcLearnerRepository repository =
        new JdbcLearnerRepository(Database.open(DatabaseSettings.sqlite(Path.of(args[0]))));
    Exercises exercises = new Exercises();
    Practice practice = new Practice(repository, exercises, Sources.topicDocuments(), Clock.systemUTC(), 5);
    SimulatedLearner learner = new SimulatedLearner("child", 1000, false);
    SplittableRandom random = new SplittableRandom(5);
    String id = practice.createLearner();
    System.out.println("learner " + id);
    for (int n = 1; ; n++) {
      PracticeItem item = practice.next(id, Optional.empty());
      var exercise = exercises.rebuild(repository.issued(item.itemId()).orElseThrow().itemKey());
      practice.answer(id, item.itemId(), learner.answer(exercise, exercises, random, 0));
      System.out.println("answered " + n);
    }
  }
}
