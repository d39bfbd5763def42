package dev.cadenza.midi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Measures density and names the texture from how notes start together. */
final class TextureAnalyzer {

  /** Share of notes starting in groups of three or more that makes a texture chordal. */
  private static final double CHORDAL = 0.6;
  /** Below this share of onsets shared by two or more parts, several parts count as independent lines. */
  private static final double INDEPENDENT = 0.3;

  private TextureAnalyzer() {}

  /** @param notes pitched notes in onset order, not empty */
  static Texture describe(List<Note> notes, int bars) {
    List<double[]> edges = new ArrayList<>();
    for (Note note : notes) {
      edges.add(new double[] {note.onset(), 1});
      edges.add(new double[] {note.end(), -1});
    }
    edges.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    int sounding = 0;
    int most = 0;
    double busy = 0;
    double weighted = 0;
    for (int i = 0; i < edges.size(); i++) {
      if (i > 0 && sounding > 0) {
        double span = edges.get(i)[0] - edges.get(i - 1)[0];
        busy += span;
        weighted += span * sounding;
      }
      sounding += (int) edges.get(i)[1];
      most = Math.max(most, sounding);
    }
    double seconds = notes.stream().mapToDouble(n -> n.onsetSeconds() + n.durationSeconds()).max().orElse(0)
        - notes.getFirst().onsetSeconds();
    Set<Integer> parts = new HashSet<>();
    notes.forEach(note -> parts.add(note.part()));
    double averageVoices = busy > 0 ? weighted / busy : 0;
    double perSecond = seconds > 0 ? notes.size() / seconds : 0;
    return new Texture(label(notes, most, parts.size()), parts.size(), Rounding.thousandths(averageVoices), most,
        Rounding.thousandths(perSecond), Rounding.thousandths((double) notes.size() / bars));
  }

  private static String label(List<Note> notes, int most, int parts) {
    if (most <= 1) {
      return "monophonic";
    }
    int inChords = 0;
    int groups = 0;
    int shared = 0;
    int i = 0;
    while (i < notes.size()) {
      int start = i;
      Set<Integer> groupParts = new HashSet<>();
      double onset = notes.get(i).onset();
      for (; i < notes.size() && notes.get(i).onset() < onset + MelodyAnalyzer.TOGETHER; i++) {
        groupParts.add(notes.get(i).part());
      }
      groups++;
      inChords += i - start >= 3 ? i - start : 0;
      shared += groupParts.size() >= 2 ? 1 : 0;
    }
    if (inChords >= CHORDAL * notes.size()) {
      return "homophonic: block chords";
    }
    if (parts >= 2 && shared < INDEPENDENT * groups) {
      return "polyphonic: independent lines";
    }
    return "homophonic: melody and accompaniment";
  }
}
