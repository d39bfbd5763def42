package dev.cadenza.theory.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      ScaleClaims::find,
      TranspositionClaims::find);

  /** The end of a cited sentence ("... resolves to I. [2] "): no claim reaches past its citation. */
  private static final Pattern CITED_END = Pattern.compile("\\[\\d+\\]\\s+");
  private static final int MAX_KEPT_SENTENCES = 16_384;

  /**
   * The claims of cited sentences read before: a grounded answer quotes the same library sentences question after
   * question, and reading each again cost a tenth of an answer. Emptied when full.
   */
  private final Map<String, List<Claim>> kept = new ConcurrentHashMap<>();

  /** Every claim found, in order of position, without overlaps. */
  public VerificationReport verify(String text) {
    List<Claim> claims = new ArrayList<>();
    Matcher end = CITED_END.matcher(text);
    int from = 0;
    while (end.find()) {
      addClaims(claims, text.substring(from, end.end()), from);
      from = end.end();
    }
    if (from == 0) return new VerificationReport(claimsIn(text));
    addClaims(claims, text.substring(from), from);
    return new VerificationReport(claims);
  }

  /** The claims of one cited sentence, at their places in the whole text. */
  private void addClaims(List<Claim> claims, String sentence, int offset) {
    if (kept.size() >= MAX_KEPT_SENTENCES) kept.clear();
    for (Claim c : kept.computeIfAbsent(sentence, Verifier::claimsIn)) {
      claims.add(new Claim(c.text(), c.kind(), c.verdict(), c.expected(), c.start() + offset, c.end() + offset,
          c.correction()));
    }
  }

  private static List<Claim> claimsIn(String text) {
    String clean = ClaimText.clean(text);
    TreeMap<Integer, Claim> accepted = new TreeMap<>();
    for (Function<String, List<Claim>> extractor : EXTRACTORS) {
      for (Claim claim : extractor.apply(clean)) {
        if (free(accepted, claim)) {
          accepted.put(claim.start(), withOriginalText(claim, text));
        }
      }
    }
    return List.copyOf(accepted.values());
  }

  /** Whether the claim overlaps none of the accepted ones, which never overlap each other. */
  private static boolean free(TreeMap<Integer, Claim> accepted, Claim claim) {
    Map.Entry<Integer, Claim> before = accepted.floorEntry(claim.start());
    Map.Entry<Integer, Claim> after = accepted.ceilingEntry(claim.start());
    return (before == null || before.getValue().end() <= claim.start())
        && (after == null || claim.end() <= after.getKey());
  }

  /** The claim's text as written in the input (Unicode accidentals included). */
  private static Claim withOriginalText(Claim claim, String original) {
    return new Claim(original.substring(claim.start(), claim.end()), claim.kind(), claim.verdict(), claim.expected(),
        claim.start(), claim.end(), claim.correction());
  }
}
