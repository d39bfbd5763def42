package dev.cadenza.theory.query;

import dev.cadenza.theory.query.QueryResult.KeyResult;
import dev.cadenza.theory.query.QueryResult.KeysResult;
import java.util.List;

/** The English of key answers: signatures, related keys and the keys with a given signature. */
final class KeyProse {
  private KeyProse() {}

  static String signature(KeyResult r) {
    if (r.usuallyWrittenAs() != null || Math.abs(r.fifths()) > 7) {
      return r.key() + " is a theoretical key: its signature would need " + SignatureProse.count(r.fifths()) + " ("
          + AnswerRenderer.list(r.signature()) + "), so it is usually written as its enharmonic equivalent"
          + (r.usuallyWrittenAs() == null ? "" : ", " + r.usuallyWrittenAs()) + ".";
    }
    return r.key() + " has " + SignatureProse.count(r.fifths())
        + (r.signature().isEmpty() ? "" : ": " + AnswerRenderer.list(r.signature())) + ".";
  }

  static String related(KeyResult r) {
    String relation = r.relation();
    String mode = r.related().substring(r.related().indexOf(' ') + 1);
    String withSignature = signature(r.fifths(), r.signature());
    return switch (relation) {
      case "relative" -> "The relative " + mode + " of " + r.key() + " is " + r.related() + ": both keys share the signature of "
          + withSignature + ".";
      case "enharmonic" -> "The enharmonic equivalent of " + r.key() + " is " + r.related() + ": the same pitches with "
          + signature(r.relatedFifths(), r.relatedSignature()) + " where " + r.key() + " has " + withSignature + ".";
      case "parallel" -> "The parallel " + mode + " of " + r.key() + " is " + r.related() + ", on the same tonic: " + r.related()
          + " has " + signature(r.relatedFifths(), r.relatedSignature()) + " where " + r.key() + " has " + withSignature + ".";
      default -> {
        boolean up = relation.equals("dominant");
        yield "The " + relation + " key of " + r.key() + " is " + r.related() + ", a perfect fifth " + (up ? "above" : "below")
            + ": one step " + (up ? "clockwise" : "counter-clockwise") + " on the circle of fifths, with "
            + signature(r.relatedFifths(), r.relatedSignature()) + " where " + r.key() + " has " + withSignature + ".";
      }
    };
  }

  static String keys(KeysResult r) {
    int fifths = r.sharps() ? r.count() : -r.count();
    String count = SignatureProse.count(fifths);
    String notes = r.signature().isEmpty() ? "." : ": " + AnswerRenderer.list(r.signature()) + ".";
    return r.keys().size() == 1 ? r.keys().getFirst() + " has " + count + notes
        : r.keys().getFirst() + " and its relative, " + r.keys().get(1) + ", have " + count + notes;
  }

  /** "5 flats (Bb, Eb, Ab, Db, Gb)", "no sharps or flats". */
  private static String signature(int fifths, List<String> notes) {
    return SignatureProse.count(fifths) + (notes.isEmpty() ? "" : " (" + AnswerRenderer.list(notes) + ")");
  }
}
