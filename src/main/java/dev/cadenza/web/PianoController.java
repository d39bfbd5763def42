package dev.cadenza.web;

import dev.cadenza.compose.ComposeRequest;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Style;
import dev.cadenza.piano.FingeringQuestions;
import io.javalin.http.Context;

/** Piano tasks: a melody composed over a progression, and the fingering of a scale, arpeggio or chord. */
final class PianoController {

  /** The JSON body of POST /api/compose (docs/piano.md). */
  record ComposeBody(String chords, String numerals, String key, Integer barsPerChord, Long seed, String style) {}

  private static final int MAX_TEXT = 500;

  private final Composer composer = new Composer();

  void compose(Context ctx) {
    ComposeBody body = Bodies.read(ctx, ComposeBody.class);
    for (String text : new String[] {body.chords(), body.numerals(), body.key()}) {
      if (text != null && text.length() > MAX_TEXT) {
        throw new IllegalArgumentException("text fields are limited to " + MAX_TEXT + " characters");
      }
    }
    ComposeRequest request = new ComposeRequest(body.chords(), body.numerals(), body.key(),
        body.barsPerChord() == null ? 1 : body.barsPerChord(),
        body.seed() == null ? ComposeRequest.DEFAULT_SEED : body.seed(),
        body.style() == null ? Style.FLOWING : Style.parse(body.style()));
    ctx.json(composer.compose(request));
  }

  /** GET /api/fingering?q=E major scale (or any "how do you play ..." wording). */
  void fingering(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("query parameter 'q' must name a scale, arpeggio or chord");
    }
    if (q.length() > MAX_TEXT) {
      throw new IllegalArgumentException("query parameter 'q' is limited to " + MAX_TEXT + " characters");
    }
    String question = "What is the fingering for the " + q.strip() + "?";
    ctx.json(FingeringQuestions.answer(question).orElseThrow(() -> new IllegalArgumentException(
        "no scale, arpeggio or chord found in '" + q.strip() + "'")));
  }
}
