package dev.cadenza.theory.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds checkable music-theory claims in free text (a model's answer, a corpus document) and checks
 * each against the engine. Conservative by design: only claims read with confidence are reported, and
 * anything recognised but not confidently checkable is "unchecked", never "incorrect".
 */
public final class Verifier {
  /** Extractors in priority order: where two claims overlap, the earlier extractor's claim is kept. */
  private static final List<Function<String, List<Claim>>> EXTRACTORS = List.of(
      RomanClaims::find,
      KeyClaims::find,
      RelativeKeyClaims::find,
      IntervalClaims::find,
      ChordClaims::find,
      ScaleClaims::find);

  /** Every claim found, in order of position, without overlaps. */
  public VerificationReport verify(String text) {
    String clean = ClaimText.clean(text);
    List<Claim> accepted = new ArrayList<>();
    for (Function<String, List<Claim>> extractor : EXTRACTORS) {
      for (Claim claim : extractor.apply(clean)) {
        if (accepted.stream().noneMatch(a -> a.start() < claim.end() && claim.start() < a.end())) {
          accepted.add(withOriginalText(claim, text));
        }
      }
    }
    return new VerificationReport(accepted);
  }

  /** The claim's text as written in the input (Unicode accidentals included). */
  private static Claim withOriginalText(Claim claim, String original) {
    return new Claim(original.substring(claim.start(), claim.end()), claim.kind(), claim.verdict(), claim.expected(),
        claim.start(), claim.end(), claim.correction());
  }
}
