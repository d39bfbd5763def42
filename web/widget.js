// Cadenza tutor widget. Embed on any page with:
//   <script src="https://your-cadenza-host/widget.js" defer></script>
// Optional attributes on the script tag: data-title="Ask the theory tutor", data-level="beginner".
// A corner button opens a small chat panel (close with × or Escape); answers stream in as they are verified,
// and each [n] opens its source's passage. Everything lives in a shadow root, so the host page's styles
// neither leak in nor get touched. Script API: window.Cadenza.open("question"?) and window.Cadenza.close().
(function () {
  "use strict";
  const script = document.currentScript;
  const origin = new URL(script.src, location.href).origin;
  const title = script.dataset.title || "Ask the theory tutor";
  const level = script.dataset.level || null;
  const EXAMPLES = ["What is a deceptive cadence?", "Spell a Bb dominant 7th chord", "How do I avoid parallel fifths?"];
  // Display only: the API's ASCII spellings (F##, Bb, Cm7b5) with the musical signs.
  const SIGNS = { "##": "\u{1D12A}", "#": "\u266F", "bb": "\u{1D12B}", "b": "\u266D" };
  const pretty = text => text.replace(/\b([A-G])(##|bb|#|b)(?=$|[^A-Za-z#]|m|d|a|s|M)/g, (all, letter, sign) => letter + SIGNS[sign])
    .replace(/(?<=[0-9(])([b#])(?=(?:5|9|11|13)(?![0-9]))/g, sign => SIGNS[sign]);

  const host = document.createElement("div");
  host.setAttribute("data-cadenza-widget", "");
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      * { box-sizing: border-box; }
      button { font: inherit; cursor: pointer; min-width: 24px; min-height: 24px; }
      button:focus-visible, summary:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #7a2e8e; outline-offset: 2px; }
      .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 24px;
        background: #7a2e8e; color: #fff; font: 600 15px system-ui, sans-serif; padding: 12px 18px;
        box-shadow: 0 4px 14px rgba(0,0,0,.2); }
      .panel { position: fixed; right: 20px; bottom: 76px; z-index: 2147483000; width: min(380px, calc(100vw - 40px));
        max-height: min(70vh, 560px); display: none; flex-direction: column; background: #fff; color: #1d1f24; border-radius: 12px;
        box-shadow: 0 8px 30px rgba(0,0,0,.25); font: 14px/1.5 system-ui, sans-serif; overflow: hidden; }
      .panel.open { display: flex; }
      .head { display: flex; align-items: center; justify-content: space-between; background: #7a2e8e; color: #fff; padding: 6px 8px 6px 14px; }
      .head h2 { font: 600 15px system-ui, sans-serif; margin: 0; }
      .close { border: 0; background: transparent; color: #fff; font-size: 20px; line-height: 1; padding: 4px 8px; border-radius: 6px; }
      .log { flex: 1; overflow-y: auto; padding: 10px 14px; overflow-wrap: anywhere; }
      .q { text-align: right; margin: 6px 0; color: #555b66; }
      .a { margin: 6px 0 4px; white-space: pre-wrap; }
      .a a { display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px; text-align: center; color: #7a2e8e; font-weight: 600; text-decoration: none; }
      details { font-size: 13px; margin: 2px 0; }
      summary { cursor: pointer; color: #555b66; min-height: 24px; }
      blockquote { margin: 4px 0 8px; padding-left: 8px; border-left: 3px solid #e4e1da; color: #555b66; white-space: pre-wrap; }
      .examples button { display: block; margin: 4px 0; border: 1px solid #7a2e8e; background: #fff; color: #7a2e8e; border-radius: 6px; padding: 4px 8px; text-align: left; }
      .error { color: #a12622; }
      form { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #e4e1da; }
      input { flex: 1; min-width: 0; font: inherit; padding: 6px 8px; border: 1px solid #767168; border-radius: 6px; color: #1d1f24; background: #fff; }
      button.send { border: 0; background: #7a2e8e; color: #fff; border-radius: 6px; padding: 6px 12px; }
      button:disabled { opacity: .6; }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    </style>
    <button class="launcher" type="button" aria-expanded="false" aria-controls="cadenza-panel"></button>
    <div class="panel" id="cadenza-panel" role="dialog" aria-labelledby="cadenza-title">
      <div class="head"><h2 id="cadenza-title"></h2><button class="close" type="button" aria-label="Close the tutor">\u00D7</button></div>
      <div class="log"><div class="examples"><p>Try one:</p></div></div>
      <div class="sr" role="status" aria-live="polite"></div>
      <form><input maxlength="2000" placeholder="e.g. What is a half cadence?" aria-label="Your question"><button class="send">Ask</button></form>
    </div>`;
  const $ = selector => root.querySelector(selector);
  const launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), input = $("input"), send = $("button.send");
  const status = $(".sr"), examples = $(".examples");
  launcher.textContent = title;
  $("#cadenza-title").textContent = title;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setOpen(open) {
    panel.classList.toggle("open", open);
    launcher.setAttribute("aria-expanded", String(open));
    if (open) input.focus(); else launcher.focus();
  }

  launcher.addEventListener("click", () => setOpen(!panel.classList.contains("open")));
  $(".close").addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", event => { if (event.key === "Escape") { event.stopPropagation(); setOpen(false); } });

  let asked = 0;
  // The finished answer: [n] links that open source n's passage below it.
  function render(answer, result) {
    const id = "w" + asked;
    answer.textContent = "";
    for (const part of pretty(result.answer).split(/(\[\d+\])/)) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (!match) { answer.appendChild(document.createTextNode(part)); continue; }
      const link = element("a", null, part);
      link.href = "#";
      link.setAttribute("aria-label", "source " + match[1]);
      link.addEventListener("click", event => {
        event.preventDefault();
        const source = root.getElementById(id + "-" + match[1]);
        if (source) { source.open = true; source.scrollIntoView({ block: "nearest" }); source.querySelector("summary").focus(); }
      });
      answer.appendChild(link);
    }
    const sources = element("div", "sources");
    for (const c of result.citations || []) {
      const details = element("details");
      details.id = id + "-" + c.n;
      details.appendChild(element("summary", null, "[" + c.n + "] " + c.title + (c.heading ? " — " + c.heading : "")));
      details.appendChild(element("blockquote", null, pretty(c.text)));
      sources.appendChild(details);
    }
    answer.after(sources);
  }

  function ask(question) {
    if (send.disabled || !question) return;
    asked++;
    examples.remove();
    log.appendChild(element("div", "q", pretty(question)));
    const answer = element("div", "a", "…");
    log.appendChild(answer);
    log.scrollTop = log.scrollHeight;
    send.disabled = true;
    status.textContent = "";
    stream(question, answer, true);
  }

  // One try at an answer; a "busy" server is asked once more after the wait it names.
  function stream(question, answer, mayRetry) {
    const params = new URLSearchParams({ q: question });
    if (level) params.set("level", level);
    const events = new EventSource(origin + "/api/ask/stream?" + params);
    let started = false;
    const finish = text => {
      events.close();
      send.disabled = false;
      status.textContent = text;
      log.scrollTop = log.scrollHeight;
    };
    events.addEventListener("token", event => {
      if (!started) { answer.textContent = ""; started = true; }
      answer.textContent += pretty(JSON.parse(event.data).text);
      log.scrollTop = log.scrollHeight;
    });
    events.addEventListener("done", event => {
      const result = JSON.parse(event.data);
      render(answer, result);
      finish(pretty(result.answer).replace(/\[\d+\]/g, ""));
    });
    const fail = message => { answer.className = "a error"; answer.textContent = message; finish(message); };
    events.addEventListener("failure", event => fail(JSON.parse(event.data).error));
    events.addEventListener("busy", event => {
      const busy = JSON.parse(event.data);
      if (!mayRetry) { fail(busy.error); return; }
      events.close();
      const seconds = busy.retryAfterSeconds || 1;
      answer.textContent = "Busy, retrying in " + seconds + (seconds === 1 ? " second…" : " seconds…");
      status.textContent = answer.textContent;
      setTimeout(() => stream(question, answer, false), seconds * 1000);
    });
    events.onerror = () => fail("The tutor is unreachable right now, or too many questions came too fast.");
  }

  for (const example of EXAMPLES) {
    const button = element("button", null, example);
    button.type = "button";
    button.addEventListener("click", () => ask(example));
    examples.appendChild(button);
  }
  $("form").addEventListener("submit", event => {
    event.preventDefault();
    const question = input.value.trim();
    input.value = "";
    ask(question);
  });

  window.Cadenza = {
    open(question) { setOpen(true); if (question) ask(String(question).trim()); },
    close() { setOpen(false); }
  };
})();
