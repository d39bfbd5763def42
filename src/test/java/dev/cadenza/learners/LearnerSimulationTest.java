package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated learners through the whole adaptive loop: ratings move their way, the planted misconception is found. */
class LearnerSimulationTest {
  private static final long SEED = 42;
  private static final int ITEMS = 120;
  private static final int BLOCK = 20;
  /** The letter-name habit shows on about half the items; it must be targeted well before this. */
  private static final int DETECTED_WITHIN = 40;

  private Database database;
  private LearnerSimulation simulation;

  @BeforeEach
  void open(@TempDir Path folder) {
    database = Database.open(DatabaseSettings.sqlite(folder.resolve("simulation.db")));
    simulation = new LearnerSimulation(new JdbcLearnerRepository(database), SEED);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aStrongLearnersRatingRisesAboveTheStart() {
    LearnerSimulation.Trajectory run = simulation.run(new SimulatedLearner("strong", 1400, false), ITEMS, BLOCK);
    assertThat(run.blocks().getLast().meanRating()).isGreaterThan(run.blocks().getFirst().meanRating())
        .isGreaterThan(Elo.START + 50);
    assertThat(run.detectedAfter()).isEmpty();
  }

  @Test
  void aWeakLearnersRatingFallsBelowTheStart() {
    LearnerSimulation.Trajectory run = simulation.run(new SimulatedLearner("weak", 800, false), ITEMS, BLOCK);
    assertThat(run.blocks().getLast().meanRating()).isLessThan(run.blocks().getFirst().meanRating())
        .isLessThan(Elo.START - 50);
  }

  @Test
  void theLetterNameHabitIsTargetedSoonAndItsTopicsGetMorePractice() {
    LearnerSimulation.Trajectory run = simulation.run(new SimulatedLearner("by-sound", 1200, true), ITEMS, BLOCK);
    assertThat(run.detectedAfter()).isPresent();
    assertThat(run.detectedAfter().getAsInt()).isLessThanOrEqualTo(DETECTED_WITHIN);
    assertThat(run.shareTargeted()).isGreaterThan(run.shareUntargeted() + 0.15);
    assertThat(run.habitLeft()).isLessThan(1);
  }
}
