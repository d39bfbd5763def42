// Cadenza chat page: streams answers from /api/ask/stream, keeps the conversation in localStorage (until
// "New conversation"), sends the chosen level, and brings each finished answer into view above the input.
(function () {
  "use strict";
  const HISTORY_KEY = "cadenza-history";
  const LEVEL_KEY = "cadenza-level";
  const MAX_TURNS = 40;
  const conversation = document.getElementById("conversation");
  const announcer = document.getElementById("announcer");
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const button = document.getElementById("ask-button");
  const level = document.getElementById("level");
  const examples = document.getElementById("examples");

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function newId() {
    return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
  }

  // {conversationId, turns: [{question, result}]}: what a reload brings back.
  function loadHistory() {
    try {
      const saved = JSON.parse(localStorage.getItem(HISTORY_KEY));
      if (saved && saved.conversationId && Array.isArray(saved.turns)) return saved;
    } catch (unreadable) { /* start afresh */ }
    return { conversationId: newId(), turns: [] };
  }

  let history = loadHistory();

  function saveHistory() {
    history.turns = history.turns.slice(-MAX_TURNS);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch (full) {
      // Storage full or disabled: keep only the newest half and try once more.
      history.turns = history.turns.slice(-Math.floor(MAX_TURNS / 2));
      try { localStorage.setItem(HISTORY_KEY, JSON.stringify(history)); } catch (stillFull) { /* this tab keeps it */ }
    }
  }

  let turns = 0;
  function addTurn(question) {
    const turnId = "t" + (++turns);
    conversation.appendChild(element("div", "turn question", CadenzaAnswer.pretty(question)));
    const turn = element("article", "turn");
    turn.setAttribute("aria-label", "Answer to: " + question);
    conversation.appendChild(turn);
    examples.open = false;
    return { turn: turn, turnId: turnId };
  }

  // The newest answer's top at the top of the window (with its question when both fit), clear of the input.
  function reveal(turn) {
    const question = turn.previousElementSibling;
    const room = window.innerHeight - form.getBoundingClientRect().height - 16;
    const both = turn.getBoundingClientRect().bottom - question.getBoundingClientRect().top;
    (both <= room ? question : turn).scrollIntoView({ block: "start" });
  }

  function fail(turn, message) {
    turn.classList.add("error");
    turn.textContent = message;
    announcer.textContent = message;
  }

  function finish(turn, question, result, turnId) {
    CadenzaAnswer.render(turn, result, turnId, ask);
    announcer.textContent = CadenzaAnswer.spoken(result);
    history.turns.push({ question: question, result: result });
    saveHistory();
  }

  // Streams the answer over Server-Sent Events: verified sentences appear as they are generated, then the
  // final event replaces them with the finished answer (citations renumbered), its music and its sources.
  function ask(question) {
    if (button.disabled) return;
    const { turn, turnId } = addTurn(question);
    turn.appendChild(element("div", "meta", "Thinking…"));
    turn.setAttribute("aria-busy", "true");
    button.disabled = true;
    announcer.textContent = "";
    reveal(turn);
    stream(question, turn, turnId, true);
  }

  // One try at an answer. "busy" means the server is at capacity and said so at once: the first time, the
  // page waits as long as the server asks and tries once more; "failure" means the answer broke off.
  function stream(question, turn, turnId, mayRetry) {
    const params = new URLSearchParams({ q: question, conversationId: history.conversationId });
    if (level.value) params.set("level", level.value);
    const events = new EventSource("/api/ask/stream?" + params.toString());
    const live = element("div", "answer");
    let started = false;
    const done = () => { events.close(); button.disabled = false; turn.removeAttribute("aria-busy"); reveal(turn); };
    events.addEventListener("token", event => {
      if (!started) { turn.textContent = ""; turn.appendChild(live); started = true; }
      live.textContent += CadenzaAnswer.pretty(JSON.parse(event.data).text);
    });
    events.addEventListener("done", event => { finish(turn, question, JSON.parse(event.data), turnId); done(); });
    events.addEventListener("failure", event => { fail(turn, JSON.parse(event.data).error); done(); });
    events.addEventListener("busy", event => {
      const busy = JSON.parse(event.data);
      if (!mayRetry) { fail(turn, busy.error); done(); return; }
      events.close();
      const seconds = busy.retryAfterSeconds || 1;
      const waiting = "The tutor is busy with other students; retrying in " + seconds + (seconds === 1 ? " second…" : " seconds…");
      turn.textContent = "";
      turn.appendChild(element("div", "meta", waiting));
      announcer.textContent = waiting;
      setTimeout(() => stream(question, turn, turnId, false), seconds * 1000);
    });
    // Fires only while the answer is still open: the done and failure handlers close the stream first.
    events.onerror = () => {
      fail(turn, "Could not reach the Cadenza server, the question was rejected, or too many questions came too fast.");
      done();
    };
  }

  function restore() {
    for (const saved of history.turns) {
      const { turn, turnId } = addTurn(saved.question);
      CadenzaAnswer.render(turn, saved.result, turnId, ask);
    }
    if (history.turns.length) conversation.lastElementChild.scrollIntoView({ block: "start" });
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question || button.disabled) return;
    input.value = "";
    ask(question);
  });
  input.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  for (const example of document.querySelectorAll("button.example")) {
    example.addEventListener("click", () => ask(example.textContent));
  }
  document.getElementById("new-conversation").addEventListener("click", () => {
    window.CadenzaSynth.synth.stop();
    history = { conversationId: newId(), turns: [] };
    saveHistory();
    conversation.textContent = "";
    announcer.textContent = "New conversation.";
    examples.open = true;
    input.focus();
  });
  level.value = localStorage.getItem(LEVEL_KEY) || "";
  level.addEventListener("change", () => localStorage.setItem(LEVEL_KEY, level.value));
  restore();
})();
