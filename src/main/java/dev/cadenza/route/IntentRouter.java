package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.IntentClassifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Routes a question to its {@link Intent} with a multinomial logistic regression (Tribuo's linear SGD with AdaGrad),
 * trained at construction on questions from {@link QuestionGenerator}. Training and prediction are deterministic:
 * the same {@link RouterSettings} give the same model. The trained model is never modified, and a prediction reads
 * it without side effects, so {@link #classify} and {@link #route} are safe to call from many threads.
 */
public final class IntentRouter implements IntentClassifier {
  private static final LabelFactory LABELS = new LabelFactory();
  private static final double LEARNING_RATE = 1.0;
  private static final double ADAGRAD_EPSILON = 0.1;
  private static final int MINIBATCH_SIZE = 1;
  /** Tribuo's value for "log no training progress". */
  private static final int NO_PROGRESS_LOGGING = -1;
  private static final double PRESENT = 1.0;

  private final RouterSettings settings;
  private final Model<Label> model;
  private final Duration trainingTime;

  public IntentRouter(RouterSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    long start = System.nanoTime();
    List<LabelledQuestion> questions =
        new QuestionGenerator(settings.generatorSeed()).generate(settings.questionsPerIntent());
    this.model = train(questions, settings);
    this.trainingTime = Duration.ofNanos(System.nanoTime() - start);
  }

  /** A router trained with {@link RouterSettings#DEFAULTS}. */
  public static IntentRouter trainDefault() {
    return new IntentRouter(RouterSettings.DEFAULTS);
  }

  @Override
  public Intent classify(String question) {
    return route(question).intent();
  }

  /** The intent and the model's confidence, falling back to {@link Intent#CONCEPTUAL} below the threshold. */
  public Routing route(String question) {
    Objects.requireNonNull(question, "question");
    Label best = model.predict(example(LabelFactory.UNKNOWN_LABEL, question)).getOutput();
    return Routing.gated(Intent.valueOf(best.getLabel()), best.getScore(), settings.confidenceThreshold());
  }

  public RouterSettings settings() {
    return settings;
  }

  /** Wall-clock time to generate the training questions and train the model. */
  public Duration trainingTime() {
    return trainingTime;
  }

  private static Model<Label> train(List<LabelledQuestion> questions, RouterSettings settings) {
    String source =
        "QuestionGenerator seed " + settings.generatorSeed() + ", " + settings.questionsPerIntent() + " per intent";
    MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(source, LABELS), LABELS);
    for (LabelledQuestion question : questions) {
      dataset.add(example(new Label(question.intent().name()), question.question()));
    }
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new LogMulticlass(),
            new AdaGrad(LEARNING_RATE, ADAGRAD_EPSILON),
            settings.epochs(),
            NO_PROGRESS_LOGGING,
            MINIBATCH_SIZE,
            settings.trainerSeed());
    return trainer.train(dataset);
  }

  private static Example<Label> example(Label label, String question) {
    SortedSet<String> features = QuestionFeatures.of(question);
    double[] values = new double[features.size()];
    Arrays.fill(values, PRESENT);
    return new ArrayExample<>(label, features.toArray(String[]::new), values);
  }
}
