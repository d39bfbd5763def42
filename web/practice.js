// Cadenza practice page: keeps an anonymous learner id in this browser (POST /api/learners makes one), asks
// POST /api/practice/next for an exercise, sends the answer to POST /api/practice/answer and shows the verdict
// with the explanation, and draws GET /api/learners/{id}/progress as plain SVG. Notes play through CadenzaSynth.
// Plain JavaScript, no build step, nothing loaded from elsewhere.
(function () {
  "use strict";
  const STORE_KEY = "cadenza-learner";
  const SVG = "http://www.w3.org/2000/svg";
  const LETTERS = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

  const status = document.getElementById("status");
  const itemBox = document.getElementById("item");
  const answerInput = document.getElementById("answer");
  const answerButton = document.getElementById("answer-button");
  const playButton = document.getElementById("play");
  const feedback = document.getElementById("feedback");
  let learnerId = window.localStorage.getItem(STORE_KEY);
  let item = null;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach((name) => node.setAttribute(name, attributes[name]));
    return node;
  }

  async function call(method, path, body) {
    const response = await fetch(path, {
      method: method,
      headers: body ? { "Content-Type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json();
    if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), { status: response.status });
    return data;
  }

  async function learner() {
    if (!learnerId) {
      learnerId = (await call("POST", "/api/learners")).learnerId;
      window.localStorage.setItem(STORE_KEY, learnerId);
    }
    return learnerId;
  }

  // "F##4", "Bb3", "Fx5" to a MIDI number; unknown text gives null.
  function midiOf(name) {
    const match = /^([A-G])(##|x|#|bb|b)?(-?\d+)$/.exec(name);
    if (!match) return null;
    const shift = { "##": 2, x: 2, "#": 1, bb: -2, b: -1 }[match[2]] || 0;
    return 12 * (Number(match[3]) + 1) + LETTERS[match[1]] + shift;
  }

  function playNotes(names) {
    const pitches = names.map(midiOf).filter((p) => p !== null);
    const notes = pitches.map((pitch, i) => ({ pitch: pitch, onset: 0.6 * i, duration: 0.55, velocity: 90, channel: 0 }));
    const together = pitches.map((pitch) => ({ pitch: pitch, onset: 0.6 * pitches.length + 0.3, duration: 1.2, velocity: 80, channel: 0 }));
    window.CadenzaSynth.synth.play(notes.concat(together));
  }

  async function next(event) {
    event.preventDefault();
    const topic = document.getElementById("topic").value;
    status.textContent = "Choosing an exercise…";
    try {
      const id = await learner();
      item = await call("POST", "/api/practice/next", topic ? { learnerId: id, topic: topic } : { learnerId: id });
    } catch (error) {
      if (error.status === 404) {
        window.localStorage.removeItem(STORE_KEY);
        learnerId = null;
      }
      status.textContent = "Could not get an exercise: " + error.message;
      return;
    }
    status.textContent = "";
    document.getElementById("item-meta").textContent = item.topic.replace("-", " ") + " · difficulty "
      + item.difficulty + " of 5" + (item.review ? " · a review of one you missed" : "");
    document.getElementById("prompt").textContent = item.prompt;
    document.getElementById("format").textContent = "Answer with " + item.answerFormat + ".";
    playButton.hidden = item.notes.length === 0 && !item.midi;
    feedback.replaceChildren();
    answerInput.value = "";
    answerButton.disabled = false;
    itemBox.hidden = false;
    answerInput.focus();
  }

  async function answer(event) {
    event.preventDefault();
    if (!item) return;
    answerButton.disabled = true;
    let result;
    try {
      result = await call("POST", "/api/practice/answer", { learnerId: learnerId, itemId: item.itemId, answer: answerInput.value });
    } catch (error) {
      feedback.replaceChildren(element("p", "verdict wrong", error.message));
      answerButton.disabled = error.status !== 400;
      return;
    }
    const parts = [element("p", "verdict " + (result.correct ? "right" : "wrong"),
      result.correct ? "Right." : "Not quite: the answer is " + result.expected + ".")];
    if (result.misconception) parts.push(element("p", "misconception", "It looks as if you " + result.misconception.description + "."));
    parts.push(element("p", "", result.explanation));
    const rating = result.rating;
    parts.push(element("p", "meta", "Rating in " + rating.topic + ": " + Math.round(rating.before) + " → " + Math.round(rating.after)));
    if (result.citations.length) {
      const sources = element("p", "meta", "Read more: ");
      result.citations.forEach((c, i) => sources.append((i ? "; " : "") + (c.title || c.docId) + (c.heading ? " — " + c.heading : "")));
      parts.push(sources);
    }
    feedback.replaceChildren(...parts);
    item = null;
    showProgress();
  }

  function lineChart(values) {
    const width = 320, height = 120, pad = 24;
    const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "accuracy per block of ten answers: "
      + values.map((v) => Math.round(100 * v) + "%").join(", ") });
    chart.append(svg("line", { x1: pad, y1: height - pad, x2: width - 4, y2: height - pad, class: "axis" }));
    chart.append(svg("line", { x1: pad, y1: 4, x2: pad, y2: height - pad, class: "axis" }));
    const x = (i) => pad + (values.length < 2 ? 0 : i * (width - pad - 8) / (values.length - 1));
    const y = (v) => height - pad - v * (height - pad - 8);
    chart.append(svg("polyline", { class: "line", points: values.map((v, i) => x(i) + "," + y(v)).join(" ") }));
    values.forEach((v, i) => chart.append(svg("circle", { class: "dot", cx: x(i), cy: y(v), r: 3 })));
    const top = svg("text", { x: 2, y: 14 });
    top.textContent = "100%";
    chart.append(top);
    return chart;
  }

  function barChart(topics) {
    const row = 22, width = 320, label = 150;
    const chart = svg("svg", { viewBox: "0 0 " + width + " " + (row * topics.length + 4), role: "img", "aria-label": "mastery by topic" });
    topics.forEach((t, i) => {
      const text = svg("text", { x: 0, y: row * i + 15 });
      text.textContent = t.topic.replace("-", " ") + " " + Math.round(100 * t.mastery) + "%";
      chart.append(text);
      chart.append(svg("rect", { class: "bar-back", x: label, y: row * i + 4, width: width - label, height: 14, rx: 3 }));
      chart.append(svg("rect", { class: "bar", x: label, y: row * i + 4, width: (width - label) * t.mastery, height: 14, rx: 3 }));
    });
    return chart;
  }

  async function showProgress() {
    if (!learnerId) return;
    let progress;
    try {
      progress = await call("GET", "/api/learners/" + encodeURIComponent(learnerId) + "/progress");
    } catch (error) {
      return;
    }
    if (progress.itemsAnswered === 0) return;
    const totals = document.getElementById("totals");
    totals.replaceChildren();
    [["Answered", progress.itemsAnswered], ["Accuracy", Math.round(100 * progress.accuracy) + "%"],
      ["Streak", progress.currentStreak + " (best " + progress.bestStreak + ")"],
      ["Time practising", Math.round(progress.timeOnTaskSeconds / 60) + " min"],
      ["Reviews due", progress.reviewsDue + " of " + progress.reviewsScheduled]].forEach(([name, value]) => {
      totals.append(element("dt", "", name), element("dd", "", String(value)));
    });
    document.getElementById("trend").replaceChildren(lineChart(progress.accuracyTrend));
    document.getElementById("mastery").replaceChildren(barChart(progress.topics));
    const list = document.getElementById("misconceptions");
    list.replaceChildren(...(progress.misconceptions.length ? progress.misconceptions.map((m) =>
      element("li", "", m.description + " — seen " + m.count + "×" + (m.shownIn === "uploads" ? " in your MIDI uploads" : "")
        + ", " + (m.open ? "still open" : "resolved")))
      : [element("li", "meta", "None seen yet.")]));
    document.getElementById("progress").hidden = false;
  }

  document.getElementById("next-form").addEventListener("submit", next);
  document.getElementById("answer-form").addEventListener("submit", answer);
  // An ear item's phrase comes as a MIDI file from the server's renderer (base64); other items as note names.
  function playMidi(base64) {
    const bytes = Uint8Array.from(window.atob(base64), (c) => c.charCodeAt(0));
    window.CadenzaSynth.synth.play(window.CadenzaSynth.parseMidi(bytes.buffer));
  }

  playButton.addEventListener("click", () => {
    if (item && item.midi) playMidi(item.midi);
    else if (item) playNotes(item.notes);
  });
  const asked = new URLSearchParams(window.location.search).get("topic");
  if (asked) document.getElementById("topic").value = asked;
  showProgress();
})();
