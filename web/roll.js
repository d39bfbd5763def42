// The MIDI page's piano roll: a keyboard with pitch names along the left edge (it stays in view while the
// roll scrolls), bars, chord labels and cadences above, notes coloured per track in blues, greens and violets,
// and issues as hatched red boxes that never cover one another (issues at the same time share the height).
// Issue boxes are focusable buttons: Enter or Space selects one, as a click does.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const DRUM_CHANNEL = 9;
  const PIXELS_PER_SECOND = 60;
  const ROW = 7;
  const HEADER = 64;
  const DRUM_LANE = 14;
  const KEYS_WIDTH = 44;
  const BLACK = new Set([1, 3, 6, 8, 10]);
  const NAMES = ["C", "C\u266F", "D", "E\u266D", "E", "F", "F\u266F", "G", "A\u266D", "A", "B\u266D", "B"];
  // Track colours keep clear of the issue red: hues from green through blue to violet.
  const TRACK_HUES = [212, 150, 268, 188, 112, 240, 292, 168];

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Seconds at a 1-based bar and beat, interpolating within the bar between its start and the next bar's.
  function secondsAt(analysis, bar, beat) {
    const lines = analysis.barLines;
    const line = lines[Math.min(Math.max(bar, 1), lines.length) - 1];
    const next = bar < lines.length ? lines[bar].seconds : analysis.durationSeconds;
    return line.seconds + (beat - 1) / line.beats * (next - line.seconds);
  }

  // Each issue's span in pixels and a lane, so that issues overlapping in time sit one above the other.
  function issueLanes(analysis) {
    const spans = analysis.issues.map((issue, index) => {
      const start = secondsAt(analysis, issue.bar, issue.beat) * PIXELS_PER_SECOND;
      const end = Math.max(start + 4, secondsAt(analysis, issue.bar, issue.beat + 1) * PIXELS_PER_SECOND);
      return { index: index, start: start, end: end, lane: 0 };
    });
    const laneEnds = [];
    for (const span of spans.slice().sort((a, b) => a.start - b.start || a.index - b.index)) {
      let lane = laneEnds.findIndex(end => end <= span.start);
      if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
      laneEnds[lane] = span.end;
      span.lane = lane;
    }
    return { spans: spans, lanes: Math.max(1, laneEnds.length) };
  }

  function keyboard(low, high, height, y) {
    const keys = svg("svg", { width: KEYS_WIDTH, height: height, class: "keys", "aria-hidden": "true" });
    for (let pitch = low; pitch <= high; pitch++) {
      const black = BLACK.has(pitch % 12);
      keys.appendChild(svg("rect", { x: 0, y: y(pitch), width: black ? KEYS_WIDTH * 0.6 : KEYS_WIDTH, height: ROW, class: black ? "key-black" : "key-white" }));
      if (pitch % 12 === 0 || pitch === low || pitch === high) {
        keys.appendChild(svg("text", { x: KEYS_WIDTH - 3, y: y(pitch) + ROW - 1, "text-anchor": "end", class: "key-name" },
          NAMES[pitch % 12] + (Math.floor(pitch / 12) - 1)));
      }
    }
    return keys;
  }

  function draw(analysis, frame, onIssue) {
    const pitched = analysis.notes.filter(n => n.channel !== DRUM_CHANNEL);
    const drums = analysis.notes.filter(n => n.channel === DRUM_CHANNEL);
    const low = pitched.length ? pitched.reduce((lowest, n) => Math.min(lowest, n.pitch), 127) - 2 : 58;
    const high = pitched.length ? pitched.reduce((highest, n) => Math.max(highest, n.pitch), 0) + 2 : 62;
    const rollHeight = (high - low + 1) * ROW;
    const width = Math.max(frame.clientWidth - KEYS_WIDTH - 2, Math.ceil(analysis.durationSeconds * PIXELS_PER_SECOND) + 40);
    const height = HEADER + rollHeight + (drums.length ? DRUM_LANE : 0);
    const root = svg("svg", { width: width, height: height, class: "roll", role: "group",
      "aria-label": "Piano roll with bars, chords and issues" });
    const y = pitch => HEADER + (high - pitch) * ROW;
    const x = seconds => seconds * PIXELS_PER_SECOND;

    for (let pitch = low; pitch <= high; pitch++) {
      if (pitch % 12 === 0) root.appendChild(svg("rect", { x: 0, y: y(pitch), width: width, height: ROW, class: "c-row" }));
    }
    for (const line of analysis.barLines) {
      root.appendChild(svg("line", { x1: x(line.seconds), x2: x(line.seconds), y1: 0, y2: height, class: "bar-line" }));
      root.appendChild(svg("text", { x: x(line.seconds) + 3, y: 12, class: "bar-number" }, String(line.bar)));
    }
    for (const chord of analysis.chords) {
      const at = x(secondsAt(analysis, chord.bar, chord.beat)) + 3;
      root.appendChild(svg("text", { x: at, y: 28, class: "chord" }, window.CadenzaMusic.pretty(chord.symbol)));
      root.appendChild(svg("text", { x: at, y: 42, class: "roman" }, chord.roman));
    }
    for (const cadence of analysis.cadences) {
      root.appendChild(svg("text", { x: x(secondsAt(analysis, cadence.bar, cadence.beat)) + 3, y: 57, class: "cadence" }, cadence.type));
    }
    for (const note of pitched) {
      const rect = svg("rect", { x: x(note.onset), y: y(note.pitch) + 1, width: Math.max(2, x(note.duration)), height: ROW - 2,
        rx: 1, class: "note", fill: "hsl(" + TRACK_HUES[note.track % TRACK_HUES.length] + ", 60%, 40%)" });
      rect.appendChild(svg("title", {}, note.name + " (track " + note.track + ")"));
      root.appendChild(rect);
    }
    for (const note of drums) {
      root.appendChild(svg("rect", { x: x(note.onset), y: HEADER + rollHeight + 3, width: 3, height: DRUM_LANE - 6, class: "drum" }));
    }
    const { spans, lanes } = issueLanes(analysis);
    const laneHeight = rollHeight / lanes;
    for (const span of spans) {
      const issue = analysis.issues[span.index];
      const label = "Issue " + (span.index + 1) + ", bar " + issue.bar + ", beat " + issue.beat + ": " + issue.message;
      const box = svg("rect", { x: span.start, y: HEADER + span.lane * laneHeight, width: span.end - span.start, height: laneHeight,
        class: "issue", "data-issue": span.index, tabindex: 0, role: "button", "aria-label": label });
      box.appendChild(svg("title", {}, label));
      box.addEventListener("click", () => onIssue(span.index));
      box.addEventListener("keydown", event => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); onIssue(span.index); }
      });
      root.appendChild(box);
    }
    const cursor = svg("line", { x1: 0, x2: 0, y1: 0, y2: height, class: "cursor", visibility: "hidden" });
    root.appendChild(cursor);
    const row = document.createElement("div");
    row.className = "roll-row";
    row.appendChild(keyboard(low, high, height, y));
    row.appendChild(root);
    frame.textContent = "";
    frame.appendChild(row);
    return cursor;
  }

  window.CadenzaRoll = { draw: draw, PIXELS_PER_SECOND: PIXELS_PER_SECOND, KEYS_WIDTH: KEYS_WIDTH };
})();
