// Cadenza MIDI page: uploads a file to POST /api/midi/analyze (multipart field "file"), shows the analysis
// on an SVG piano roll (bars, chord labels and cadences above, issues as red boxes), plays the file with a
// small Web Audio synth from the analysis's "notes" array, and plays examples from GET /api/theory/midi.
//
// Choice for the examples: GET /api/theory/midi?chord=… / ?scale=… / ?progression=…&key=… returns
// audio/midi bytes, and this page reads them with the minimal Standard MIDI File parser below (note on/off,
// running status, tempo changes) instead of asking for ?format=json, so it depends only on the MIDI bytes.
// Plain JavaScript, no build step, nothing loaded from elsewhere.
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const DRUM_CHANNEL = 9;
  const PIXELS_PER_SECOND = 60;
  const ROW = 6;
  const HEADER = 64;
  const DRUM_LANE = 14;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const synth = window.CadenzaSynth.synth;
  const parseMidi = window.CadenzaSynth.parseMidi;

  // ---- Piano roll.
  // Seconds at a 1-based bar and beat, interpolating within the bar between its start and the next bar's.
  function secondsAt(analysis, bar, beat) {
    const lines = analysis.barLines;
    const line = lines[Math.min(Math.max(bar, 1), lines.length) - 1];
    const next = bar < lines.length ? lines[bar].seconds : analysis.durationSeconds;
    return line.seconds + (beat - 1) / line.beats * (next - line.seconds);
  }

  function beatWidth(analysis, bar) {
    return (secondsAt(analysis, bar, 2) - secondsAt(analysis, bar, 1)) * PIXELS_PER_SECOND;
  }

  function drawRoll(analysis, frame, onIssue) {
    const pitched = analysis.notes.filter(n => n.channel !== DRUM_CHANNEL);
    const drums = analysis.notes.filter(n => n.channel === DRUM_CHANNEL);
    const low = pitched.length ? pitched.reduce((lowest, n) => Math.min(lowest, n.pitch), 127) - 2 : 58;
    const high = pitched.length ? pitched.reduce((highest, n) => Math.max(highest, n.pitch), 0) + 2 : 62;
    const rollHeight = (high - low + 1) * ROW;
    const width = Math.max(frame.clientWidth - 2, Math.ceil(analysis.durationSeconds * PIXELS_PER_SECOND) + 40);
    const height = HEADER + rollHeight + (drums.length ? DRUM_LANE : 0);
    const root = svg("svg", { width: width, height: height, class: "roll", role: "img",
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
      root.appendChild(svg("text", { x: at, y: 28, class: "chord" }, chord.symbol));
      root.appendChild(svg("text", { x: at, y: 42, class: "roman" }, chord.roman));
    }
    for (const cadence of analysis.cadences) {
      root.appendChild(svg("text", { x: x(secondsAt(analysis, cadence.bar, cadence.beat)) + 3, y: 57, class: "cadence" },
        cadence.type));
    }
    for (const note of pitched) {
      const rect = svg("rect", { x: x(note.onset), y: y(note.pitch), width: Math.max(2, x(note.duration)), height: ROW - 1,
        rx: 1, fill: "hsl(" + ((note.track * 67) % 360) + ", 55%, 48%)" });
      rect.appendChild(svg("title", {}, note.name + " (track " + note.track + ")"));
      root.appendChild(rect);
    }
    for (const note of drums) {
      root.appendChild(svg("rect", { x: x(note.onset), y: HEADER + rollHeight + 3, width: 3, height: DRUM_LANE - 6, class: "drum" }));
    }
    analysis.issues.forEach((issue, index) => {
      const box = svg("rect", { x: x(secondsAt(analysis, issue.bar, issue.beat)), y: HEADER, height: rollHeight,
        width: Math.max(4, beatWidth(analysis, issue.bar)), class: "issue", "data-issue": index });
      box.appendChild(svg("title", {}, "Bar " + issue.bar + ", beat " + issue.beat + ": " + issue.message));
      box.addEventListener("click", () => onIssue(index));
      root.appendChild(box);
    });
    const cursor = svg("line", { x1: 0, x2: 0, y1: 0, y2: height, class: "cursor", visibility: "hidden" });
    root.appendChild(cursor);
    frame.textContent = "";
    frame.appendChild(root);
    return cursor;
  }

  // ---- Page.
  const form = document.getElementById("upload-form");
  const fileInput = document.getElementById("file");
  const analyseButton = document.getElementById("analyse-button");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const frame = document.getElementById("roll-frame");
  const playButton = document.getElementById("play");
  const stopButton = document.getElementById("stop");
  let analysis = null;
  let cursor = null;
  let rollPlaying = false;

  function summaryRow(list, term, value) {
    if (value === undefined || value === null || value === "") return;
    list.appendChild(element("dt", null, term));
    list.appendChild(element("dd", null, value));
  }

  function showIssue(index) {
    const items = document.querySelectorAll("#issues li");
    items.forEach((item, i) => item.style.fontWeight = i === index ? "600" : "");
    for (const box of frame.querySelectorAll("rect.issue")) {
      box.classList.toggle("selected", Number(box.getAttribute("data-issue")) === index);
    }
    if (items[index]) items[index].scrollIntoView({ behavior: "smooth", block: "nearest" });
  }

  function render(data) {
    analysis = data;
    const summary = document.getElementById("summary");
    summary.textContent = "";
    summaryRow(summary, "Key", data.key ? data.key.tonic + " " + data.key.mode + " (confidence " + data.key.confidence + ")"
      : "none (percussion only)");
    summaryRow(summary, "Meter", data.meter + (data.meterAssumed ? " (assumed)" : ""));
    summaryRow(summary, "Length", data.bars + " bars, " + data.durationSeconds.toFixed(1) + " s");
    summaryRow(summary, "Tempo", data.tempo.length ? data.tempo[0].bpm + " beats per minute"
      + (data.tempo.length > 1 ? ", changing " + (data.tempo.length - 1) + " times" : "") : "");
    summaryRow(summary, "Texture", data.texture ? data.texture.label : "");
    summaryRow(summary, "Modulations", data.modulations.map(m => "bar " + m.bar + ": " + m.to + " (" + m.relation + ")").join("; "));
    summaryRow(summary, "Cadences", data.cadences.map(c => c.type + " in bar " + c.bar).join(", "));
    document.getElementById("warnings").textContent = data.warnings.join(" ");
    const issues = document.getElementById("issues");
    issues.textContent = "";
    data.issues.forEach((issue, index) => {
      const item = element("li");
      item.appendChild(element("span", null, "Bar " + issue.bar + ", beat " + issue.beat + ": " + issue.message + " "));
      item.appendChild(element("span", "rule", issue.rule));
      // The passage of the theory library that explains the broken rule, when the server found one.
      const reference = (data.references || []).find(r => r.rule === issue.rule);
      if (reference) {
        item.appendChild(element("div", "reference", "Why: " + reference.docTitle +
          (reference.heading ? " — " + reference.heading : "") + " (" + reference.chunkId + ")"));
      }
      item.addEventListener("click", () => showIssue(index));
      issues.appendChild(item);
    });
    if (!data.issues.length) issues.appendChild(element("li", null, "No issues found."));
    document.getElementById("feedback").textContent = data.feedback;
    result.hidden = false;
    cursor = drawRoll(data, frame, showIssue);
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      return body.error || "Request failed with status " + response.status;
    } catch (notJson) {
      return "Request failed with status " + response.status;
    }
  }

  form.addEventListener("submit", async event => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    synth.stop();
    analyseButton.disabled = true;
    status.textContent = "Analysing " + file.name + "…";
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch("/api/midi/analyze", { method: "POST", body: body });
      if (!response.ok) {
        status.textContent = await errorText(response);
        return;
      }
      render(await response.json());
      status.textContent = file.name + ": " + analysis.notes.length + " notes.";
    } catch (err) {
      status.textContent = "Could not reach the Cadenza server: " + err.message;
    } finally {
      analyseButton.disabled = false;
    }
  });

  function followCursor() {
    const seconds = synth.position();
    if (!rollPlaying || seconds === null || !cursor) return;
    const at = Math.max(0, seconds) * PIXELS_PER_SECOND;
    cursor.setAttribute("x1", at);
    cursor.setAttribute("x2", at);
    if (at > frame.scrollLeft + frame.clientWidth - 40 || at < frame.scrollLeft) frame.scrollLeft = at - 40;
    requestAnimationFrame(followCursor);
  }

  playButton.addEventListener("click", () => {
    if (!analysis) return;
    synth.play(analysis.notes, () => {
      rollPlaying = false;
      playButton.disabled = false;
      stopButton.disabled = true;
      if (cursor) cursor.setAttribute("visibility", "hidden");
    });
    rollPlaying = true;
    playButton.disabled = true;
    stopButton.disabled = false;
    cursor.setAttribute("visibility", "visible");
    requestAnimationFrame(followCursor);
  });
  stopButton.addEventListener("click", () => synth.stop());

  // ---- Examples from the theory engine.
  const exampleStatus = document.getElementById("example-status");
  const value = id => document.getElementById(id).value.trim();
  const exampleQueries = {
    chord: () => "chord=" + encodeURIComponent(value("example-chord")),
    scale: () => "scale=" + encodeURIComponent(value("example-scale")),
    progression: () => "progression=" + encodeURIComponent(value("example-progression"))
      + "&key=" + encodeURIComponent(value("example-key"))
  };
  for (const button of document.querySelectorAll("button[data-example]")) {
    button.addEventListener("click", async () => {
      const query = exampleQueries[button.getAttribute("data-example")]();
      exampleStatus.textContent = "Loading…";
      try {
        const response = await fetch("/api/theory/midi?" + query);
        if (!response.ok) {
          exampleStatus.textContent = await errorText(response);
          return;
        }
        const notes = parseMidi(await response.arrayBuffer());
        exampleStatus.textContent = "Playing " + notes.length + " notes.";
        synth.play(notes, () => { exampleStatus.textContent = ""; });
      } catch (err) {
        exampleStatus.textContent = "Could not play the example: " + err.message;
      }
    });
  }
})();
