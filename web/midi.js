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

  // ---- Synth: triangle waves for pitched notes, noise bursts for percussion, scheduled a little ahead.
  const synth = {
    context: null,
    output: null,
    sources: new Set(),
    timer: null,
    start: 0,
    onStop: null,

    ensureContext() {
      if (!this.context) {
        this.context = new (window.AudioContext || window.webkitAudioContext)();
        const compressor = this.context.createDynamicsCompressor();
        this.output = this.context.createGain();
        this.output.gain.value = 0.5;
        this.output.connect(compressor);
        compressor.connect(this.context.destination);
      }
      return this.context;
    },

    play(notes, onStop) {
      this.stop();
      const context = this.ensureContext();
      context.resume();
      const queue = notes.slice().sort((a, b) => a.onset - b.onset);
      const end = queue.reduce((latest, n) => Math.max(latest, n.onset + n.duration), 0);
      this.start = context.currentTime + 0.1;
      this.onStop = onStop || null;
      let next = 0;
      const schedule = () => {
        const horizon = context.currentTime - this.start + 0.5;
        while (next < queue.length && queue[next].onset < horizon) this.sound(queue[next++]);
        if (context.currentTime - this.start > end + 0.3) this.stop();
      };
      schedule();
      this.timer = setInterval(schedule, 100);
    },

    sound(note) {
      const context = this.context;
      const at = this.start + note.onset;
      const peak = 0.05 + 0.2 * (note.velocity || 80) / 127;
      const gain = context.createGain();
      gain.connect(this.output);
      let source;
      if (note.channel === DRUM_CHANNEL) {
        const length = Math.floor(context.sampleRate * 0.12);
        const buffer = context.createBuffer(1, length, context.sampleRate);
        const samples = buffer.getChannelData(0);
        for (let i = 0; i < length; i++) samples[i] = (Math.random() * 2 - 1) * (1 - i / length);
        source = context.createBufferSource();
        source.buffer = buffer;
        gain.gain.setValueAtTime(peak, at);
        source.start(at);
      } else {
        source = context.createOscillator();
        source.type = "triangle";
        source.frequency.value = 440 * Math.pow(2, (note.pitch - 69) / 12);
        const release = at + Math.max(0.05, note.duration);
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(peak, at + 0.01);
        gain.gain.setTargetAtTime(peak * 0.35, at + 0.01, 0.3);
        gain.gain.setTargetAtTime(0, release, 0.04);
        source.start(at);
        source.stop(release + 0.3);
      }
      source.connect(gain);
      this.sources.add(source);
      source.onended = () => { this.sources.delete(source); gain.disconnect(); };
    },

    // Seconds since playback began, or null when nothing plays.
    position() {
      return this.timer === null ? null : this.context.currentTime - this.start;
    },

    stop() {
      if (this.timer !== null) clearInterval(this.timer);
      this.timer = null;
      for (const source of this.sources) {
        try { source.stop(); } catch (ignored) { /* not started yet */ }
      }
      this.sources.clear();
      const onStop = this.onStop;
      this.onStop = null;
      if (onStop) onStop();
    }
  };

  // ---- Minimal Standard MIDI File reader, for the example files: notes in seconds through the tempo map.
  function parseMidi(buffer) {
    const bytes = new Uint8Array(buffer);
    let pos = 0;
    const need = n => { if (pos + n > bytes.length) throw new Error("the MIDI example is truncated"); };
    const byte = () => { need(1); return bytes[pos++]; };
    const word = n => { let value = 0; for (let i = 0; i < n; i++) value = value * 256 + byte(); return value; };
    const tag = () => String.fromCharCode(byte(), byte(), byte(), byte());
    const variable = () => { let value = 0, b; do { b = byte(); value = value * 128 + (b & 0x7f); } while (b & 0x80); return value; };

    if (tag() !== "MThd") throw new Error("the example is not a MIDI file");
    const headerEnd = word(4) + pos;
    word(2);
    const tracks = word(2);
    const division = word(2);
    if (division & 0x8000) throw new Error("SMPTE timing is not supported");
    pos = headerEnd;
    const tempos = [{ tick: 0, micros: 500000 }];
    const notes = [];
    let track = 0;
    while (track < tracks && pos < bytes.length) {
      const id = tag();
      const end = word(4) + pos;
      if (id !== "MTrk") {
        pos = end;
        continue;
      }
      let tick = 0, running = 0;
      const open = new Map();
      while (pos < end) {
        tick += variable();
        let status = bytes[pos] & 0x80 ? byte() : running;
        if (status === 0xff) {
          const type = byte(), length = variable();
          if (type === 0x51 && length === 3) tempos.push({ tick: tick, micros: word(3) }); else pos += length;
        } else if (status === 0xf0 || status === 0xf7) {
          pos += variable();
        } else {
          running = status;
          const command = status & 0xf0, channel = status & 0x0f;
          const first = byte(), second = command === 0xc0 || command === 0xd0 ? 0 : byte();
          const key = channel * 128 + first;
          if (command === 0x90 && second > 0) {
            if (!open.has(key)) open.set(key, []);
            open.get(key).push({ tick: tick, velocity: second });
          } else if ((command === 0x80 || command === 0x90) && open.has(key) && open.get(key).length) {
            const on = open.get(key).shift();
            notes.push({ pitch: first, velocity: on.velocity, channel: channel, track: track, on: on.tick, off: tick });
          }
        }
      }
      pos = end;
      track++;
    }
    tempos.sort((a, b) => a.tick - b.tick);
    const seconds = tick => {
      let time = 0, last = tempos[0];
      for (const change of tempos) {
        if (change.tick > tick) break;
        time += (change.tick - last.tick) * last.micros / 1e6 / division;
        last = change;
      }
      return time + (tick - last.tick) * last.micros / 1e6 / division;
    };
    return notes.map(n => ({ pitch: n.pitch, velocity: n.velocity, channel: n.channel, track: n.track,
      onset: seconds(n.on), duration: seconds(n.off) - seconds(n.on) }));
  }

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
