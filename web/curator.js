// Cadenza curator page: lists documents (newest change first, searchable) with how students use them, uploads and
// deletes them with the curator token, and switches between the documents, drafts and gaps tabs. The token is
// checked against the server when entered and kept in session storage only. Drafts and gaps have their own scripts,
// which use the helpers published here as window.CadenzaCurator.
(function () {
  "use strict";
  const TOKEN_KEY = "cadenza-curator-token";
  const PAGE_SIZE = 20;
  let page = 1;

  const status = document.getElementById("status");
  const tokenInput = document.getElementById("token");
  const tokenState = document.getElementById("token-state");
  const search = document.getElementById("search");
  const tabListeners = {};

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }
  function showTokenState() { tokenState.textContent = token() ? "token accepted for this session" : "no token yet: uploads, drafts, gaps and usage need one"; }
  function say(text, isError) { status.textContent = text; status.style.color = isError ? "var(--bad)" : ""; }

  async function errorText(response) {
    try { return (await response.json()).error || response.statusText; } catch (e) { return response.statusText; }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function cell(text) { return element("td", null, text); }
  function when(iso) { return new Date(iso).toLocaleString([], { dateStyle: "short", timeStyle: "short" }); }

  // fetch with the curator token; JSON bodies are sent as JSON.
  function api(path, options) {
    const init = Object.assign({ method: "GET" }, options || {});
    init.headers = Object.assign({ Authorization: "Bearer " + token() }, init.headers || {});
    if (init.json !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(init.json);
      delete init.json;
    }
    return fetch(path, init);
  }

  // Usage per document id, or an empty map without a token (usage is for curators only).
  async function usageById() {
    const byId = new Map();
    if (!token()) return byId;
    const response = await api("/api/curator/usage");
    if (!response.ok) return byId;
    for (const row of (await response.json()).documents) byId.set(row.docId, row);
    return byId;
  }

  function citedCell(use) {
    const td = document.createElement("td");
    if (!use) { td.textContent = token() ? "0" : "–"; return td; }
    if (!use.groups.length) { td.textContent = String(use.citations); return td; }
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = String(use.citations);
    summary.setAttribute("aria-label", use.citations + " citations; show the questions");
    details.appendChild(summary);
    const list = document.createElement("ul");
    list.className = "plain-list meta";
    for (const group of use.groups) {
      const item = document.createElement("li");
      item.textContent = "“" + group.question + "” ×" + group.citations;
      list.appendChild(item);
    }
    details.appendChild(list);
    td.appendChild(details);
    return td;
  }

  async function load() {
    const query = new URLSearchParams({ page: page, size: PAGE_SIZE, sort: "changed", q: search.value.trim() });
    const [response, usage] = await Promise.all([fetch("/api/documents?" + query), usageById()]);
    if (!response.ok) { say("Could not list documents: " + await errorText(response), true); return; }
    const body = await response.json();
    const rows = [];
    for (const doc of body.documents) {
      const row = document.createElement("tr");
      const changed = doc.changed ? when(doc.changed) : "";
      const use = usage.get(doc.id);
      [doc.id, doc.title, doc.topic, doc.level, String(doc.chunks)].forEach(v => row.appendChild(cell(v)));
      row.appendChild(citedCell(use));
      row.appendChild(cell(use ? String(use.clicks) : token() ? "0" : "–"));
      row.appendChild(cell(changed));
      const actions = document.createElement("td");
      if (doc.id.startsWith("uploads/")) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "quiet";
        remove.textContent = "Delete";
        remove.setAttribute("aria-label", "Delete " + doc.id);
        remove.addEventListener("click", () => removeDocument(doc.id));
        actions.appendChild(remove);
      }
      row.appendChild(actions);
      rows.push(row);
    }
    document.querySelector("#documents tbody").replaceChildren(...rows);
    const pages = Math.max(1, Math.ceil(body.total / PAGE_SIZE));
    document.getElementById("total").textContent = "(" + body.total + ")";
    document.getElementById("page").textContent = "page " + page + " of " + pages;
    document.getElementById("prev").disabled = page <= 1;
    document.getElementById("next").disabled = page >= pages;
  }

  async function removeDocument(id) {
    if (!confirm("Delete " + id + "? Its chunks, the stored original and any waiting draft are removed.")) return;
    const response = await api("/api/documents/" + id, { method: "DELETE" });
    say(response.ok ? "Deleted " + id : "Delete failed: " + await errorText(response), !response.ok);
    load();
  }

  // Tabs: one panel shown at a time; #drafts and #gaps in the address open those tabs.
  const tabs = Array.from(document.querySelectorAll("[role=tab]"));
  function selectTab(tab) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    }
    const name = tab.id.replace("tab-", "");
    history.replaceState(null, "", name === "documents" ? location.pathname : "#" + name);
    if (tabListeners[name]) tabListeners[name]();
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", event => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      selectTab(next);
    });
  });

  // A token is kept only once the server accepts it (GET /api/curator/token changes nothing).
  document.getElementById("token-form").addEventListener("submit", async event => {
    event.preventDefault();
    const candidate = tokenInput.value.trim();
    if (!candidate) return;
    tokenState.textContent = "checking…";
    try {
      const response = await fetch("/api/curator/token", { headers: { Authorization: "Bearer " + candidate } });
      if (response.ok) {
        sessionStorage.setItem(TOKEN_KEY, candidate);
        tokenInput.value = "";
        showTokenState();
        load();
        const shown = tabs.find(tab => tab.getAttribute("aria-selected") === "true");
        if (shown) selectTab(shown);
      } else {
        sessionStorage.removeItem(TOKEN_KEY);
        tokenState.textContent = "token refused: " + await errorText(response);
      }
    } catch (unreachable) {
      tokenState.textContent = "could not reach the server to check the token";
    }
  });

  let searchTimer = null;
  search.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { page = 1; load(); }, 200);
  });
  document.getElementById("search-form").addEventListener("submit", event => { event.preventDefault(); page = 1; load(); });

  document.getElementById("upload-form").addEventListener("submit", async event => {
    event.preventDefault();
    const file = document.getElementById("file").files[0];
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    say("Uploading " + file.name + "…");
    let response = await api("/api/documents", { method: "POST", body: form });
    if (response.status === 409) {
      const message = await errorText(response);
      const existing = /already exists; replace it with PUT \/api\/documents\/(\S+)/.exec(message);
      if (existing && confirm(existing[1] + " already exists. Replace it with this file?")) {
        response = await api("/api/documents/" + existing[1], { method: "PUT", body: form });
      } else {
        say(message, true);
        return;
      }
    }
    if (!response.ok) {
      say("Upload failed: " + await errorText(response), true);
    } else {
      const body = await response.json();
      if (body.kind === "DRAFTED") {
        say("Held back: " + body.incorrect + " fact" + (body.incorrect === 1 ? "" : "s") + " in " + body.id + " disagree with the engine. See Drafts.", true);
        selectTab(document.getElementById("tab-drafts"));
        window.CadenzaCuratorDrafts.show(body.id);
      } else {
        say((body.kind === "UNCHANGED" ? "Unchanged: " : "Saved ") + body.id + " (" + body.chunks + " chunks); it is searchable now.");
      }
    }
    load();
  });

  document.getElementById("prev").addEventListener("click", () => { page--; load(); });
  document.getElementById("next").addEventListener("click", () => { page++; load(); });

  window.CadenzaCurator = {
    token: token,
    api: api,
    errorText: errorText,
    when: when,
    element: element,
    reloadDocuments: load,
    // Called whenever the named tab is shown (after the token changes too).
    onTab: (name, listener) => { tabListeners[name] = listener; }
  };

  showTokenState();
  load();
  // Opening the tab named in the address waits for the other scripts to register their listeners.
  window.addEventListener("DOMContentLoaded", () => {
    const named = document.getElementById("tab-" + location.hash.slice(1));
    if (named) selectTab(named);
  });
})();
