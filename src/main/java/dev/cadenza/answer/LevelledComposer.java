package dev.cadenza.answer;

import dev.cadenza.corpus.Level;

/**
 * The embedded composer with its answer's register set by the student's level, as a step after composition: a
 * beginner gets a shorter answer with plain-words glosses ({@link BeginnerWording}); intermediate and advanced
 * students get the composer's compact answer as it is. Refusals are never reworded.
 */
public final class LevelledComposer implements Answerer {

  private final Answerer composer;
  private final BeginnerWording beginner = new BeginnerWording(BeginnerGlossary.bundled());

  public LevelledComposer(Answerer composer) {
    this.composer = composer;
  }

  /** The default embedded answerer: a {@link GroundedComposer} with its default options. */
  public LevelledComposer() {
    this(new GroundedComposer());
  }

  @Override
  public String name() {
    return composer.name();
  }

  @Override
  public Draft answer(GenerationRequest request) {
    Draft draft = composer.answer(request);
    if (request.register() != Level.BEGINNER || !draft.covered()) {
      return draft;
    }
    return new Draft(beginner.reword(draft.text(), request.question()), true, draft.fallback());
  }
}
