// Cadenza curator page, Gaps tab: groups of questions the library answered badly, most asked first, with the two
// actions: mark a group covered by a document (which the curator names) or dismiss it.
(function () {
  "use strict";
  const curator = window.CadenzaCurator;
  const element = curator.element;
  const tbody = document.querySelector("#gaps tbody");
  const statusLine = document.getElementById("gaps-status");
  const filter = document.getElementById("gap-status");

  function questionCell(group) {
    const td = element("td");
    td.appendChild(element("strong", null, group.question));
    const others = group.wordings.filter(w => w !== group.question);
    if (others.length) td.appendChild(element("div", "meta", "also: " + others.map(w => "“" + w + "”").join(", ")));
    if (group.reasons.includes("weak")) td.appendChild(element("div", "meta", "some answers rested on a weak passage"));
    if (group.coveredBy) td.appendChild(element("div", "meta", "covered by " + group.coveredBy));
    return td;
  }

  function actionsCell(group) {
    const td = element("td", "gap-actions");
    if (group.status !== "open") return td;
    const label = element("label", "visually-hidden", "Document that covers “" + group.question + "”");
    const input = element("input");
    input.id = "cover-" + group.id;
    label.htmlFor = input.id;
    input.placeholder = group.nearest[0] || "document id";
    const cover = element("button", "quiet", "Covered by");
    cover.type = "button";
    cover.addEventListener("click", () => act(group, "covered", { docId: input.value.trim() || input.placeholder }));
    const dismiss = element("button", "quiet", "Dismiss");
    dismiss.type = "button";
    dismiss.setAttribute("aria-label", "Dismiss “" + group.question + "”");
    dismiss.addEventListener("click", () => act(group, "dismiss"));
    td.append(cover, label, input, dismiss);
    return td;
  }

  async function act(group, action, body) {
    const response = await curator.api("/api/curator/gaps/" + group.id + "/" + action, { method: "POST", json: body });
    statusLine.textContent = response.ok
      ? (action === "dismiss" ? "Dismissed “" : "Marked covered: “") + group.question + "”"
      : "Failed: " + await curator.errorText(response);
    load();
  }

  async function load() {
    if (!curator.token()) { statusLine.textContent = "Enter the curator token to see the gap log."; tbody.replaceChildren(); return; }
    const response = await curator.api("/api/curator/gaps?status=" + filter.value);
    if (!response.ok) { statusLine.textContent = "Could not load gaps: " + await curator.errorText(response); return; }
    const groups = (await response.json()).groups;
    if (!groups.length) statusLine.textContent = "No " + filter.value + " gaps.";
    else if (!statusLine.textContent.startsWith("Marked") && !statusLine.textContent.startsWith("Dismissed")) statusLine.textContent = "";
    const rows = [];
    for (const group of groups) {
      const row = element("tr");
      row.appendChild(element("td", "count", String(group.count)));
      row.appendChild(questionCell(group));
      row.appendChild(element("td", null, curator.when(group.lastAsked)));
      row.appendChild(element("td", "nearest", group.nearest.join("\n")));
      row.appendChild(element("td", null, group.levels.concat(group.topics).join(", ") || "none"));
      row.appendChild(actionsCell(group));
      rows.push(row);
    }
    // Replaced in one step after the request, so two loads at once cannot both append.
    tbody.replaceChildren(...rows);
  }

  filter.addEventListener("change", () => { statusLine.textContent = ""; load(); });
  document.getElementById("gap-filter").addEventListener("submit", event => { event.preventDefault(); load(); });
  curator.onTab("gaps", load);
})();
