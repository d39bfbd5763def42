package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Correct textbook-style prose: the verifier may find claims in it but must never call one incorrect. */
class VerifierCorpusTest {
  /** Claims the verifier reads in these documents today; fewer means it stopped reading a phrasing. */
  private static final int MIN_CLAIMS = 37;

  private final Verifier verifier = new Verifier();

  static Stream<String> documents() {
    return Stream.of(
        """
        The C major scale is made up of seven notes: C, D, E, F, G, A and B. The C major scale consists of \
        the notes C, D, E, F, G, A and B. A major triad consists of a root, a major third and a perfect fifth. \
        For example, C major is C, E, G. The notes C, E and G form a C major triad. Cmaj7 adds a major seventh, \
        B, to the triad C, E, G.""",
        """
        Relative keys share a key signature: C major and A minor both have no sharps or flats. G major has one \
        sharp, F#, while E minor, its relative minor, also has one sharp. The relative minor of G major is E \
        minor. E♭ major's relative minor is C minor. The parallel major of A minor is A major. The relative \
        major of A minor is C major. The key of A major has three sharps. Db major has five flats.""",
        """
        The interval from C up to G is a perfect fifth, while from G up to C is a perfect fourth. A tritone, \
        such as from F to B, is an augmented fourth. B to F is a diminished fifth. Inverting a major third \
        gives a minor sixth: C up to E is a major third, and E up to C is a minor sixth. The leading tone B is \
        a minor second below C. B is a half step below C. C to D is a second.""",
        """
        In a minor key, the dominant chord is usually major: in A minor, V is E, G#, B, using the raised \
        seventh from harmonic minor. The Italian sixth in A minor contains F, A and D#. Secondary dominants \
        are common: V/V in C major is D, F#, A. The German augmented sixth chord in C minor is spelled A♭, C, \
        E♭, F♯. A Neapolitan sixth in C major is F, A♭, D♭. In C major, the V7 of C is G7.""",
        """
        Take the chord Dm7 (D, F, A, C) and lower its fifth. A diminished seventh chord stacks minor thirds: \
        B, D, F, A♭. The B diminished seventh chord is B, D, F, Ab. An Am7 chord is A–C–E–G, and C6 is \
        C–E–G–A. \
        Guide tones for G7 are B and F. C7 = C E Bb and G, the fifth, is optional.""",
        """
        The whole-tone scale on C is C, D, E, F♯, G♯, A♯. The C whole-tone scale is C, D, E, F#, G#, Bb. C \
        Lydian is C, D, E, F#, G, A, B. The C minor pentatonic scale contains C, Eb, F, G and Bb. The notes of \
        a major scale are C, D, E, F, G, A and B when it starts on C. A major scale consists of C, D, E, F, G, \
        A, B when built on C. The A natural minor scale descending is A, G, F, E, D, C, B, A.""",
        """
        A D# major 13th chord is spelled D#, F##, A#, C##, E#, G#, B#, although the 11th (G#) is usually \
        left out. A C13 chord is C, E, G, Bb, D, A: the 11th is omitted. The C9 chord in a rootless voicing \
        is E, G, Bb, D. The E half-diminished seventh chord is E, G, Bb, D. An E-diminished-major ninth is E, \
        G, Bb, D#, F#. The F-minor-ninth chord is F, Ab, C, Eb, G. A C7alt chord could be C, E, Bb, Db, Ab.""",
        """
        Chords built on each degree of C major are C, Dm, Em, F, G, Am and B°. In the key of G major, the \
        chords are G, Am, Bm, C, D, Em and F#dim. The I, IV and V chords in C major are C, F and G. The \
        primary triads of C major are C, F and G. Compare Cmaj7 and Am7: C, E, G, B versus A, C, E, G. \
        The first chord is C, E, G and the second is F, A, C. A chord built on C is C, E and G.""",
        """
        Cadences: the authentic cadence moves from V to I, and in C major V7 is G, B, D, F. The plagal \
        cadence moves from IV to I; in C major, IV is F, A, C. In C minor, iv is F, Ab, C. In E minor, VII \
        is D, F#, A. In C major, vii°7 is B, D, F, Ab, borrowed from C minor. In C major, bVI is Ab, C, Eb.""");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void findsNoIncorrectClaimInCorrectProse(String document) {
    VerificationReport report = verifier.verify(document);
    List<Claim> wrong = report.claims().stream().filter(c -> c.verdict().equals("incorrect")).toList();
    assertThat(wrong).isEmpty();
  }

  /** The documents above are only a test of false alarms if the verifier reads claims in them at all. */
  @Test
  void readsClaimsInTheseDocuments() {
    List<Integer> perDocument = documents().map(d -> verifier.verify(d).claims().size()).toList();
    System.out.println("claims per document: " + perDocument);
    assertThat(perDocument.stream().filter(n -> n > 0).count()).as("documents with claims: %s", perDocument).isGreaterThanOrEqualTo(8);
    assertThat(perDocument.stream().mapToInt(Integer::intValue).sum()).as("claims: %s", perDocument).isGreaterThanOrEqualTo(MIN_CLAIMS);
  }
}
