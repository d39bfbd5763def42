// Cadenza MIDI page: uploads a file to POST /api/midi/analyze (multipart field "file"), shows the analysis on
// the piano roll (roll.js), lists the issues (each selectable by keyboard, each with the library passage that
// explains it), plays the file with CadenzaSynth, answers questions about the file through POST /api/midi/ask,
// and plays examples from GET /api/theory/midi. Plain JavaScript, no build step, nothing loaded from elsewhere.
(function () {
  "use strict";

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const synth = window.CadenzaSynth.synth;
  const parseMidi = window.CadenzaSynth.parseMidi;
  const PIXELS_PER_SECOND = window.CadenzaRoll.PIXELS_PER_SECOND;

  // ---- Page.
  const form = document.getElementById("upload-form");
  const fileInput = document.getElementById("file");
  const analyseButton = document.getElementById("analyse-button");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const frame = document.getElementById("roll-frame");
  const playButton = document.getElementById("play");
  const stopButton = document.getElementById("stop");
  const issueStatus = document.getElementById("issue-status");
  const questionBox = document.getElementById("question-box");
  let analysis = null;
  let analysedFile = null;
  let cursor = null;
  let rollPlaying = false;

  function summaryRow(list, term, value) {
    if (value === undefined || value === null || value === "") return;
    list.appendChild(element("dt", null, term));
    list.appendChild(element("dd", null, value));
  }

  // Marks one issue in the list and on the roll, and says which it is to screen readers.
  function showIssue(index) {
    const items = document.querySelectorAll("#issues li");
    items.forEach((item, i) => item.classList.toggle("selected", i === index));
    for (const box of frame.querySelectorAll("rect.issue")) {
      const selected = Number(box.getAttribute("data-issue")) === index;
      box.classList.toggle("selected", selected);
      if (selected) box.scrollIntoView({ block: "nearest", inline: "center" });
    }
    const issue = analysis.issues[index];
    issueStatus.textContent = "Issue " + (index + 1) + " of " + analysis.issues.length + ": bar " + issue.bar
      + ", beat " + issue.beat + ". " + issue.message;
    if (items[index]) items[index].scrollIntoView({ behavior: "smooth", block: "nearest" });
  }

  // "Why:" opens the passage of the theory library that explains the rule, read from the document's chunks.
  function why(reference) {
    const box = element("div", "reference");
    const toggle = element("button", "why", "Why: " + reference.docTitle + (reference.heading ? " — " + reference.heading : ""));
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    const passage = element("blockquote", "passage");
    passage.hidden = true;
    toggle.addEventListener("click", async event => {
      event.stopPropagation();
      const open = passage.hidden;
      passage.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
      if (!open || passage.textContent) return;
      passage.textContent = "Loading…";
      try {
        const response = await fetch("/api/documents/" + reference.docId.split("/").map(encodeURIComponent).join("/"));
        const chunk = response.ok ? (await response.json()).chunks.find(c => c.chunkId === reference.chunkId) : null;
        passage.textContent = chunk ? window.CadenzaMusic.pretty(chunk.text) : "The passage could not be loaded.";
      } catch (unreachable) {
        passage.textContent = "The passage could not be loaded.";
      }
    });
    box.appendChild(toggle);
    box.appendChild(passage);
    return box;
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
      const select = element("button", "issue-button", "Bar " + issue.bar + ", beat " + issue.beat + ": " + issue.message);
      select.type = "button";
      select.addEventListener("click", () => showIssue(index));
      item.appendChild(select);
      item.appendChild(element("span", "rule", " " + issue.rule));
      const reference = (data.references || []).find(r => r.rule === issue.rule);
      if (reference) item.appendChild(why(reference));
      issues.appendChild(item);
    });
    if (!data.issues.length) issues.appendChild(element("li", null, "No issues found."));
    document.getElementById("feedback").textContent = data.feedback;
    result.hidden = false;
    questionBox.hidden = false;
    cursor = window.CadenzaRoll.draw(data, frame, showIssue);
  }

  // After a failed upload nothing of the previous file stays on screen.
  function clear() {
    synth.stop();
    analysis = null;
    analysedFile = null;
    cursor = null;
    result.hidden = true;
    questionBox.hidden = true;
    frame.textContent = "";
    document.getElementById("issues").textContent = "";
    document.getElementById("midi-answer").textContent = "";
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      return body.error || "Request failed with status " + response.status;
    } catch (notJson) {
      return "Request failed with status " + response.status;
    }
  }

  // The practice page's anonymous learner id, if this browser has one: an upload may count in that learner's record.
  const learnerId = window.localStorage.getItem("cadenza-learner");
  const recordBox = document.getElementById("record");
  document.getElementById("record-label").hidden = !learnerId;

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
      if (learnerId && recordBox.checked) body.append("learnerId", learnerId);
      const response = await fetch("/api/midi/analyze", { method: "POST", body: body });
      if (!response.ok) {
        clear();
        status.textContent = await errorText(response);
        return;
      }
      render(await response.json());
      analysedFile = file;
      status.textContent = file.name + ": " + analysis.notes.length + " notes.";
    } catch (err) {
      clear();
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
    const visible = frame.clientWidth - window.CadenzaRoll.KEYS_WIDTH;
    if (at > frame.scrollLeft + visible - 40 || at < frame.scrollLeft) frame.scrollLeft = at - 40;
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

  // ---- Questions about the analysed file.
  const askForm = document.getElementById("midi-ask-form");
  const askInput = document.getElementById("midi-question");
  const askButton = document.getElementById("midi-ask-button");
  const answerBox = document.getElementById("midi-answer");
  let answers = 0;

  async function askAboutFile(question) {
    if (!analysedFile || askButton.disabled) return;
    askButton.disabled = true;
    answerBox.textContent = "Thinking…";
    try {
      const body = new FormData();
      body.append("file", analysedFile);
      body.append("question", question);
      const response = await fetch("/api/midi/ask", { method: "POST", body: body });
      if (!response.ok) {
        answerBox.textContent = await errorText(response);
        return;
      }
      const turn = element("article", "turn");
      window.CadenzaAnswer.render(turn, await response.json(), "m" + (++answers), next => { askInput.value = next; askAboutFile(next); });
      answerBox.textContent = "";
      answerBox.appendChild(turn);
    } catch (err) {
      answerBox.textContent = "Could not reach the Cadenza server: " + err.message;
    } finally {
      askButton.disabled = false;
    }
  }

  askForm.addEventListener("submit", event => {
    event.preventDefault();
    const question = askInput.value.trim();
    if (question) askAboutFile(question);
  });

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
