// Cadenza curator page, Drafts tab: uploads held back for wrong facts. One draft is shown with each disputed fact
// highlighted in its text and the engine's value beside it; the curator publishes it anyway (recorded) or discards it.
(function () {
  "use strict";
  const curator = window.CadenzaCurator;
  const element = curator.element;
  const list = document.getElementById("drafts");
  const view = document.getElementById("draft-view");
  const listStatus = document.getElementById("drafts-status");
  let shown = null;

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  async function loadList() {
    const count = document.getElementById("draft-count");
    if (!curator.token()) { listStatus.textContent = "Enter the curator token to see drafts."; count.textContent = ""; return; }
    const response = await curator.api("/api/drafts");
    if (!response.ok) { listStatus.textContent = "Could not list drafts: " + await curator.errorText(response); return; }
    const drafts = (await response.json()).drafts;
    count.textContent = drafts.length ? "(" + drafts.length + ")" : "";
    listStatus.textContent = drafts.length ? "" : "No drafts: every upload so far agreed with the engine.";
    const items = [];
    for (const draft of drafts) {
      const item = element("li");
      const open = element("button", "quiet", draft.title + " — " + plural(draft.incorrect, "disputed fact"));
      open.type = "button";
      open.addEventListener("click", () => show(draft.id));
      item.appendChild(open);
      item.appendChild(element("span", "meta", " " + draft.id + ", saved " + curator.when(draft.saved)));
      items.push(item);
    }
    // Replaced in one step after the request, so two loads at once cannot both append.
    list.replaceChildren(...items);
  }

  // The text with each incorrect claim in a <mark>, followed by the engine's value; never parsed as HTML.
  function highlighted(text, wrong) {
    const pre = document.getElementById("draft-text");
    pre.textContent = "";
    let at = 0;
    wrong.forEach((claim, i) => {
      pre.appendChild(document.createTextNode(text.slice(at, claim.start)));
      const mark = element("mark", "wrong", text.slice(claim.start, claim.end));
      mark.id = "claim-" + (i + 1);
      pre.appendChild(mark);
      pre.appendChild(element("span", "correction", " engine: " + claim.expected + " "));
      at = claim.end;
    });
    pre.appendChild(document.createTextNode(text.slice(at)));
  }

  async function show(id) {
    const response = await curator.api("/api/drafts/" + id);
    if (!response.ok) { listStatus.textContent = "Could not open " + id + ": " + await curator.errorText(response); return; }
    const draft = await response.json();
    shown = draft.id;
    const wrong = draft.claims.filter(c => c.verdict === "incorrect");
    document.getElementById("draft-title").textContent = draft.title + " (" + draft.id + ")";
    document.getElementById("draft-summary").textContent = plural(draft.claims.length, "checkable fact") + ", "
      + wrong.length + " disputed by the theory engine. Fix the file and upload it again as " + draft.fileName + ", or publish it as it is.";
    highlighted(draft.text, wrong);
    const claims = document.getElementById("draft-claims");
    claims.textContent = "";
    for (const claim of wrong) {
      const item = element("li");
      item.appendChild(element("span", "meta", "line " + claim.line + ", column " + claim.column + ": "));
      item.appendChild(element("mark", "wrong", claim.text));
      item.appendChild(element("span", null, " → "));
      item.appendChild(element("span", "correction", claim.correction));
      claims.appendChild(item);
    }
    view.hidden = false;
  }

  async function act(method, path, done) {
    const response = await curator.api(path, { method: method });
    if (!response.ok) { listStatus.textContent = "Failed: " + await curator.errorText(response); return; }
    listStatus.textContent = done;
    view.hidden = true;
    loadList();
    curator.reloadDocuments();
  }

  document.getElementById("draft-publish").addEventListener("click", () => {
    if (shown && confirm("Publish " + shown + " with the facts the engine disputes? The override is recorded.")) {
      act("POST", "/api/drafts/" + shown + "/publish", "Published " + shown + " anyway; the override is on record.");
    }
  });
  document.getElementById("draft-discard").addEventListener("click", () => {
    if (shown && confirm("Discard the draft of " + shown + "? A published version, if any, stays.")) {
      act("DELETE", "/api/drafts/" + shown, "Discarded the draft of " + shown + ".");
    }
  });

  curator.onTab("drafts", loadList);
  window.CadenzaCuratorDrafts = { show: show };
  loadList();
})();
