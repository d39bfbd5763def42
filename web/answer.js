// Draws one finished answer of the chat page: the text with its [n] citations, music (a staff with ▶ Play for
// notes, composed melodies and ```abc blocks; a keyboard for fingerings), the verification note, the sources
// (each opens in place when its [n] is clicked), follow-up suggestions and the timing line.
(function () {
  "use strict";
  const music = window.CadenzaMusic;
  const FENCED_ABC = /```abc\s*\n([\s\S]*?)```/g;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function openSource(turnId, n) {
    const item = document.getElementById(turnId + "-source-" + n);
    if (!item) return;
    const details = item.querySelector("details");
    details.open = true;
    item.scrollIntoView({ block: "nearest" });
    details.querySelector("summary").focus({ preventScroll: true });
  }

  // Prose with "[2]" turned into links that open source 2, never interpreting the answer as HTML.
  function prose(text, turnId) {
    const container = element("div", "answer");
    for (const part of text.split(/(\[\d+\])/)) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (!match) {
        container.appendChild(document.createTextNode(music.pretty(part)));
        continue;
      }
      const sup = element("sup", "cite");
      const link = element("a", null, "[" + match[1] + "]");
      link.href = "#" + turnId + "-source-" + match[1];
      link.setAttribute("aria-label", "source " + match[1]);
      link.addEventListener("click", event => { event.preventDefault(); openSource(turnId, match[1]); });
      sup.appendChild(link);
      container.appendChild(sup);
    }
    return container;
  }

  // The answer text, with each fenced ABC block drawn as a staff where it stood.
  function body(text, turnId, withChords) {
    const parts = [];
    let last = 0, match;
    FENCED_ABC.lastIndex = 0;
    while ((match = FENCED_ABC.exec(text)) !== null) {
      if (match.index > last) parts.push(prose(text.slice(last, match.index).trimEnd(), turnId));
      const staff = music.staff(match[1], "the melody in notation", withChords);
      parts.push(staff || element("pre", "abc", match[1]));
      last = FENCED_ABC.lastIndex;
    }
    if (last < text.length) parts.push(prose(text.slice(last).trimStart(), turnId));
    return { parts: parts, drewAbc: last > 0 };
  }

  function extraMusic(result) {
    const piece = result.music;
    if (piece && piece.kind === "fingering") return music.fingering(piece);
    if (piece && piece.kind === "melody" && piece.abc) return music.staff(piece.abc, "the melody in notation", true);
    const abc = music.theoryAbc(result.theory, result.theory ? result.theory.answer : "");
    return abc ? music.staff(abc, "the notes of the answer", false) : null;
  }

  function citations(list, turnId) {
    const ol = element("ol", "citations");
    for (const c of list) {
      const item = element("li");
      item.id = turnId + "-source-" + c.n;
      item.value = c.n;
      const details = element("details");
      details.appendChild(element("summary", null, c.title + (c.heading ? " — " + c.heading : "")));
      details.appendChild(element("blockquote", null, music.pretty(c.text)));
      item.appendChild(details);
      ol.appendChild(item);
    }
    return ol;
  }

  function verification(report) {
    if (!report || !report.claims || report.claims.length === 0) return null;
    const checked = report.claims.filter(c => c.verdict !== "unchecked");
    const wrong = report.claims.filter(c => c.verdict === "incorrect");
    const box = element("div", "verification");
    box.appendChild(element("span", wrong.length ? "incorrect" : "correct",
      wrong.length ? wrong.length + " theory fact(s) corrected by the theory engine"
                   : checked.length + " theory fact(s) checked by the theory engine"));
    return box;
  }

  function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }

  // Two or three next questions: the server's own when it sends them, else from the answer's subject
  // (a chord or scale to play) and the headings of the passages it used.
  function followUps(result) {
    if (Array.isArray(result.followUps) && result.followUps.length) return result.followUps.slice(0, 3);
    const asked = result.question.toLowerCase();
    const ideas = [];
    const theory = Object.assign({}, (result.theory || {}).details || {}, result.theory || {});
    if (theory.symbol && theory.intent === "chord_spelling") ideas.push("How do you play a " + theory.symbol + " chord on the piano?");
    if (theory.intent === "chord_spelling" && theory.symbol) ideas.push("What are the inversions of " + theory.symbol + "?");
    if (theory.tonic && theory.scale) ideas.push("What are the fingerings for the " + theory.tonic + " " + theory.scale + " scale on piano?");
    // A passage's section heading, or its document's title when the question already names the section.
    for (const c of result.citations || []) {
      const topic = [c.heading, c.title].find(t => t && !asked.includes(t.toLowerCase()));
      if (topic) ideas.push("Tell me more about " + lowerFirst(topic) + ".");
    }
    return [...new Set(ideas)].slice(0, 3);
  }

  function suggestions(result, ask) {
    const ideas = followUps(result);
    if (!ideas.length) return null;
    const box = element("div", "follow-ups");
    box.appendChild(element("span", "meta", "Next:"));
    for (const idea of ideas) {
      const button = element("button", "example", music.pretty(idea));
      button.type = "button";
      button.addEventListener("click", () => ask(idea));
      box.appendChild(button);
    }
    return box;
  }

  // The practice topic a question is about, first match wins, for a link to exercises on it (practice.html).
  const PRACTICE_TOPICS = [
    [/cadence/, "cadence", "cadences"],
    [/key signature|how many (sharps|flats)/, "key-signature", "key signatures"],
    [/relative (major|minor|key)/, "relative-key", "relative keys"],
    [/roman numeral|\b(ii|iii|iv|vi|vii)\b/, "roman-numeral", "Roman numerals"],
    [/inversion|figured bass|6\/4|6\/5|4\/3/, "inversion", "inversions and figures"],
    [/interval|\b(second|third|fourth|fifth|sixth|seventh)\b/, "interval", "intervals"],
    [/scale|\bmode\b|dorian|phrygian|lydian|mixolydian/, "scale-spelling", "spelling scales"],
    [/which chord|what chord/, "chord-identification", "naming chords"],
    [/chord|triad/, "chord-spelling", "spelling chords"],
  ];

  function practiceLink(question) {
    const asked = question.toLowerCase();
    const match = PRACTICE_TOPICS.find(([pattern]) => pattern.test(asked));
    if (!match) return null;
    const link = element("a", "practice-link", "Practise " + match[2]);
    link.href = "/practice.html?topic=" + match[1];
    return link;
  }

  // Fills the turn with a finished result; ask(question) is called by a follow-up suggestion.
  function render(turn, result, turnId, ask) {
    turn.textContent = "";
    const text = body(result.answer, turnId, true);
    text.parts.forEach(part => turn.appendChild(part));
    if (!text.drewAbc) {
      const extra = extraMusic(result);
      if (extra) turn.appendChild(extra);
    } else if (result.music && result.music.kind === "fingering") {
      turn.appendChild(music.fingering(result.music));
    }
    const report = verification(result.verification);
    if (report) turn.appendChild(report);
    if (result.citations && result.citations.length) turn.appendChild(citations(result.citations, turnId));
    const next = suggestions(result, ask);
    if (next) turn.appendChild(next);
    const practice = practiceLink(result.question || "");
    if (practice) turn.appendChild(practice);
    turn.appendChild(element("div", "meta", "answered by " + result.backend
      + (result.fallback ? " (fallback: " + result.fallback + ")" : "")
      + " in " + (result.timingsMs ? result.timingsMs.total : "?") + " ms"));
  }

  // The answer as plain text for the live region: prose only, accidentals as signs, ABC left out.
  function spoken(result) {
    return music.pretty(result.answer.replace(FENCED_ABC, " (melody shown in notation) ").replace(/\[\d+\]/g, ""));
  }

  window.CadenzaAnswer = { render: render, spoken: spoken, pretty: music.pretty };
})();
