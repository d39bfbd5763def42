// Cadenza tutor widget. Embed on any page with:
//   <script src="https://your-cadenza-host/widget.js" defer></script>
// Optional attributes on the script tag: data-title="Ask the theory tutor", data-level="beginner".
// It draws a button in the corner that opens a small chat panel; everything lives in a shadow root,
// so the host page's styles neither leak in nor get touched.
(function () {
  "use strict";
  const script = document.currentScript;
  const origin = new URL(script.src, location.href).origin;
  const title = script.dataset.title || "Ask the theory tutor";
  const level = script.dataset.level || null;

  const host = document.createElement("div");
  host.setAttribute("data-cadenza-widget", "");
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 24px;
        background: #7a2e8e; color: #fff; font: 600 15px system-ui, sans-serif; padding: 12px 18px; cursor: pointer;
        box-shadow: 0 4px 14px rgba(0,0,0,.2); }
      .panel { position: fixed; right: 20px; bottom: 76px; z-index: 2147483000; width: min(360px, calc(100vw - 40px));
        max-height: 70vh; display: none; flex-direction: column; background: #fff; color: #1d1f24; border-radius: 12px;
        box-shadow: 0 8px 30px rgba(0,0,0,.25); font: 14px/1.5 system-ui, sans-serif; overflow: hidden; }
      .panel.open { display: flex; }
      .head { background: #7a2e8e; color: #fff; padding: 10px 14px; font-weight: 600; }
      .log { flex: 1; overflow-y: auto; padding: 10px 14px; }
      .q { text-align: right; margin: 6px 0; color: #5c6370; }
      .a { margin: 6px 0 12px; white-space: pre-wrap; }
      .src { font-size: 12px; color: #5c6370; margin: 2px 0; }
      form { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #e4e1da; }
      input { flex: 1; font: inherit; padding: 6px 8px; border: 1px solid #e4e1da; border-radius: 6px; }
      button.send { border: 0; background: #7a2e8e; color: #fff; border-radius: 6px; padding: 6px 12px; cursor: pointer; font: inherit; }
    </style>
    <button class="launcher" type="button" aria-expanded="false"></button>
    <div class="panel" role="dialog" aria-label="Cadenza tutor">
      <div class="head"></div>
      <div class="log" aria-live="polite"></div>
      <form><input maxlength="2000" placeholder="e.g. What is a half cadence?" aria-label="Your question"><button class="send">Ask</button></form>
    </div>`;
  const launcher = root.querySelector(".launcher");
  const panel = root.querySelector(".panel");
  const log = root.querySelector(".log");
  const input = root.querySelector("input");
  launcher.textContent = title;
  root.querySelector(".head").textContent = title;

  launcher.addEventListener("click", () => {
    const open = panel.classList.toggle("open");
    launcher.setAttribute("aria-expanded", String(open));
    if (open) input.focus();
  });

  function line(className, text) {
    const div = document.createElement("div");
    div.className = className;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  root.querySelector("form").addEventListener("submit", async event => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    line("q", question);
    const answer = line("a", "…");
    try {
      const body = { question: question };
      if (level) body.level = level;
      const response = await fetch(origin + "/api/ask", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
      });
      const result = await response.json();
      if (!response.ok) { answer.textContent = result.error || "The tutor could not answer."; return; }
      answer.textContent = result.answer;
      for (const c of result.citations || []) line("src", "[" + c.n + "] " + c.title + (c.heading ? " — " + c.heading : ""));
    } catch (err) {
      answer.textContent = "The tutor is unreachable right now.";
    }
  });
})();
