// Cadenza chat page: sends questions to /api/ask and renders the answer with its numbered sources.
(function () {
  "use strict";
  const conversation = document.getElementById("conversation");
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const button = document.getElementById("ask-button");

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Turns "[2]" markers into links to the matching source, without interpreting the answer as HTML.
  function renderAnswer(text, turnId) {
    const container = element("div", "answer");
    const parts = text.split(/(\[\d+\])/);
    for (const part of parts) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (match) {
        const sup = element("sup", "cite");
        const link = element("a", null, "[" + match[1] + "]");
        link.href = "#" + turnId + "-source-" + match[1];
        sup.appendChild(link);
        container.appendChild(sup);
      } else {
        container.appendChild(document.createTextNode(part));
      }
    }
    return container;
  }

  function renderCitations(citations, turnId) {
    const list = element("ol", "citations");
    for (const c of citations) {
      const item = element("li");
      item.id = turnId + "-source-" + c.n;
      item.value = c.n;
      const details = element("details");
      details.appendChild(element("summary", null, c.title + (c.heading ? " — " + c.heading : "")));
      details.appendChild(element("blockquote", null, c.text));
      item.appendChild(details);
      list.appendChild(item);
    }
    return list;
  }

  function renderVerification(verification) {
    if (!verification || !verification.claims || verification.claims.length === 0) return null;
    const box = element("div", "verification");
    const checked = verification.claims.filter(c => c.verdict !== "unchecked");
    const wrong = verification.claims.filter(c => c.verdict === "incorrect");
    box.appendChild(element("span", wrong.length ? "incorrect" : "correct",
      wrong.length ? wrong.length + " theory fact(s) corrected by the theory engine"
                   : checked.length + " theory fact(s) checked by the theory engine"));
    return box;
  }

  // One conversation id per tab, so a model backend with memory can follow up ("and its relative minor?").
  const conversationId = sessionStorage.getItem("cadenza-conversation") ||
    (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
  sessionStorage.setItem("cadenza-conversation", conversationId);

  function renderResult(turn, body, turnId) {
    turn.textContent = "";
    turn.appendChild(renderAnswer(body.answer, turnId));
    const verification = renderVerification(body.verification);
    if (verification) turn.appendChild(verification);
    if (body.citations && body.citations.length) turn.appendChild(renderCitations(body.citations, turnId));
    const meta = "answered by " + body.backend + (body.fallback ? " (fallback: " + body.fallback + ")" : "")
      + " in " + (body.timingsMs ? body.timingsMs.total : "?") + " ms";
    turn.appendChild(element("div", "meta", meta));
  }

  function fail(turn, message) {
    turn.classList.add("error");
    turn.textContent = message;
  }

  let turns = 0;
  // Streams the answer over Server-Sent Events: verified sentences appear as they are generated, then the
  // final event replaces them with the finished answer (citations renumbered) and its sources.
  function ask(question) {
    const turnId = "t" + (++turns);
    conversation.appendChild(element("div", "turn question", question));
    const turn = element("div", "turn");
    const live = element("div", "answer");
    turn.appendChild(element("div", "meta", "Thinking…"));
    conversation.appendChild(turn);
    button.disabled = true;
    const params = new URLSearchParams({ q: question, conversationId: conversationId });
    const events = new EventSource("/api/ask/stream?" + params.toString());
    let started = false;
    const finish = () => { events.close(); button.disabled = false; turn.scrollIntoView({ behavior: "smooth", block: "end" }); };
    events.addEventListener("token", event => {
      if (!started) { turn.textContent = ""; turn.appendChild(live); started = true; }
      live.textContent += JSON.parse(event.data).text;
    });
    events.addEventListener("done", event => { renderResult(turn, JSON.parse(event.data), turnId); finish(); });
    events.addEventListener("failure", event => { fail(turn, JSON.parse(event.data).error); finish(); });
    // Fires only while the answer is still open: the done and failure handlers close the stream first.
    events.onerror = () => { fail(turn, "Could not reach the Cadenza server, or the question was rejected."); finish(); };
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    ask(question);
  });
  input.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  for (const example of document.querySelectorAll("button.example")) {
    example.addEventListener("click", () => ask(example.textContent));
  }
})();
