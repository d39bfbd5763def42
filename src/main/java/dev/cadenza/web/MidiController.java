package dev.cadenza.web;

import dev.cadenza.answer.AskResult;
import dev.cadenza.app.Cadenza;
import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiExamples;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * MIDI: analysis and feedback for an uploaded file or an ABC tune, questions about a file, and rendered
 * examples to play.
 */
final class MidiController {

  private final Cadenza cadenza;

  MidiController(Cadenza cadenza) {
    this.cadenza = cadenza;
  }

  /** POST /api/midi/analyze; with a learnerId form field the part-writing issues go to that learner's record. */
  void analyze(Context ctx) {
    String learnerId = knownLearner(ctx);
    MidiAnalysis analysis = cadenza.midi().analysis(upload(ctx));
    Map<String, Object> json = cadenza.midi().json(analysis);
    if (learnerId != null) {
      json.put("misconceptionsRecorded", cadenza.practice().recordUpload(learnerId, analysis.issues()));
    }
    ctx.json(json);
  }

  /** POST /api/abc/analyze: an ABC tune as the text body. */
  void analyzeAbc(Context ctx) {
    String abc = Bodies.utf8(ctx.bodyAsBytes());
    if (abc.isBlank()) {
      throw new IllegalArgumentException("send the ABC tune as the request body (text/plain)");
    }
    ctx.json(cadenza.midi().analyzeAbc(abc));
  }

  void ask(Context ctx) {
    String question = ctx.formParam("question");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("form field 'question' must not be empty");
    }
    String learnerId = knownLearner(ctx);
    MidiAnalysis analysis = cadenza.midi().analysis(upload(ctx));
    if (learnerId != null) {
      cadenza.practice().recordUpload(learnerId, analysis.issues());
    }
    AskResult result = cadenza.midi().ask(analysis, question);
    Observability.answered(ctx, result);
    ctx.json(result);
  }

  /** GET /api/theory/midi?chord=Cmaj7 | ?scale=D dorian | ?progression=ii-V-I&key=Bb | ?cadence=PAC&key=G. */
  void example(Context ctx) {
    String chord = ctx.queryParam("chord");
    String scale = ctx.queryParam("scale");
    String progression = ctx.queryParam("progression");
    String cadence = ctx.queryParam("cadence");
    String key = ctx.queryParamAsClass("key", String.class).getOrDefault("C");
    byte[] midi;
    if (chord != null) {
      midi = MidiExamples.chord(chord);
    } else if (scale != null) {
      midi = MidiExamples.scale(scale);
    } else if (progression != null) {
      midi = MidiExamples.progression(progression, key);
    } else if (cadence != null) {
      midi = MidiExamples.cadence(cadence, key);
    } else {
      throw new IllegalArgumentException("give one of 'chord', 'scale', 'progression' (with 'key') or 'cadence' (with 'key')");
    }
    ctx.contentType("audio/midi").header("Content-Disposition", "inline; filename=\"cadenza-example.mid\"").result(midi);
  }

  /** The optional learnerId form field, checked before any work: an unknown learner is a 404. */
  private String knownLearner(Context ctx) {
    String learnerId = ctx.formParam("learnerId");
    if (learnerId == null || learnerId.isBlank()) {
      return null;
    }
    cadenza.practice().requireLearner(learnerId);
    return learnerId;
  }

  private static byte[] upload(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw new IllegalArgumentException("send the MIDI file as multipart/form-data in a field named 'file'");
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw new IllegalArgumentException("multipart upload needs a part named 'file'");
    }
    try (var in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upload " + file.filename(), e);
    }
  }
}
