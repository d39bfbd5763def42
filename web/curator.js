// Cadenza curator page: lists documents (newest change first, searchable), uploads and deletes them with the
// curator token. The token is checked against the server when entered and kept in session storage only.
(function () {
  "use strict";
  const TOKEN_KEY = "cadenza-curator-token";
  const PAGE_SIZE = 20;
  let page = 1;

  const status = document.getElementById("status");
  const tokenInput = document.getElementById("token");
  const tokenState = document.getElementById("token-state");

  const search = document.getElementById("search");

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }
  function showTokenState() { tokenState.textContent = token() ? "token accepted for this session" : "no token yet: uploads and deletes will be refused"; }
  function say(text, isError) { status.textContent = text; status.style.color = isError ? "#a12622" : ""; }

  async function errorText(response) {
    try { return (await response.json()).error || response.statusText; } catch (e) { return response.statusText; }
  }

  function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }

  async function load() {
    const query = new URLSearchParams({ page: page, size: PAGE_SIZE, sort: "changed", q: search.value.trim() });
    const response = await fetch("/api/documents?" + query);
    if (!response.ok) { say("Could not list documents: " + await errorText(response), true); return; }
    const body = await response.json();
    const tbody = document.querySelector("#documents tbody");
    tbody.textContent = "";
    for (const doc of body.documents) {
      const row = document.createElement("tr");
      const changed = doc.changed ? new Date(doc.changed).toLocaleString() : "";
      [doc.id, doc.title, doc.topic, doc.level, String(doc.chunks), changed].forEach(v => row.appendChild(cell(v)));
      const actions = document.createElement("td");
      if (doc.id.startsWith("uploads/")) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Delete";
        remove.setAttribute("aria-label", "Delete " + doc.id);
        remove.addEventListener("click", () => removeDocument(doc.id));
        actions.appendChild(remove);
      }
      row.appendChild(actions);
      tbody.appendChild(row);
    }
    const pages = Math.max(1, Math.ceil(body.total / PAGE_SIZE));
    document.getElementById("total").textContent = "(" + body.total + ")";
    document.getElementById("page").textContent = "page " + page + " of " + pages;
    document.getElementById("prev").disabled = page <= 1;
    document.getElementById("next").disabled = page >= pages;
  }

  async function removeDocument(id) {
    if (!confirm("Delete " + id + "? Its chunks and the stored original are removed.")) return;
    const response = await fetch("/api/documents/" + id, { method: "DELETE", headers: { Authorization: "Bearer " + token() } });
    say(response.ok ? "Deleted " + id : "Delete failed: " + await errorText(response), !response.ok);
    load();
  }

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
    const headers = { Authorization: "Bearer " + token() };
    let response = await fetch("/api/documents", { method: "POST", body: form, headers: headers });
    if (response.status === 409) {
      const message = await errorText(response);
      const existing = /already exists; replace it with PUT \/api\/documents\/(\S+)/.exec(message);
      if (existing && confirm(existing[1] + " already exists. Replace it with this file?")) {
        response = await fetch("/api/documents/" + existing[1], { method: "PUT", body: form, headers: headers });
      } else {
        say(message, true);
        return;
      }
    }
    if (response.ok) {
      const body = await response.json();
      say((body.kind === "UNCHANGED" ? "Unchanged: " : "Saved ") + body.id + " (" + body.chunks + " chunks); it is searchable now.");
    } else {
      say("Upload failed: " + await errorText(response), true);
    }
    load();
  });

  document.getElementById("prev").addEventListener("click", () => { page--; load(); });
  document.getElementById("next").addEventListener("click", () => { page++; load(); });
  showTokenState();
  load();
})();
