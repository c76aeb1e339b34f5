/* eventwire web UI: shared helpers. Every piece of data is inserted as text (textContent or
   text nodes), never as HTML, so article text cannot inject markup. */
"use strict";
(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const FILTER_KEYS = ["actor", "type", "since", "until", "outlet", "place", "a", "b"];

  /** An HTML element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** An SVG element with attributes. */
  function svg(tag, attrs, parent) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  /** GET a JSON endpoint; a failure throws with the API's error message. */
  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : response.statusText;
      throw new Error(message);
    }
    return body;
  }

  /** The page's filters from its URL, limited to the keys the API knows. */
  function pageFilters(extraKeys) {
    const given = new URLSearchParams(window.location.search);
    const out = new URLSearchParams();
    for (const key of FILTER_KEYS.concat(extraKeys || [])) {
      const value = given.get(key);
      if (value) out.set(key, value);
    }
    return out;
  }

  /** Every page of a paginated endpoint, up to ``maxItems`` items. */
  async function getAll(path, params, maxItems) {
    const items = [];
    let offset = 0;
    while (offset !== null && items.length < maxItems) {
      const query = new URLSearchParams(params);
      query.set("limit", "500");
      query.set("offset", String(offset));
      const page = await getJSON(path + "?" + query.toString());
      items.push(...page.items);
      offset = page.next_offset;
    }
    return items;
  }

  function legend(container, types) {
    if (!container) return;
    container.replaceChildren();
    for (const type of types) {
      container.append(el("span", { class: "item" }, el("span", { class: "dot t-" + type }), type));
    }
  }

  function showError(container, error) {
    container.replaceChildren(el("p", { class: "warning", text: "Could not load the data: " + error.message }));
  }

  /** ``text`` with [start, end) wrapped in ``tag``, as nodes. */
  function marked(text, start, end, tag) {
    const nodes = [];
    if (start < 0 || end <= start) return [document.createTextNode(text)];
    nodes.push(document.createTextNode(text.slice(0, start)));
    nodes.push(el(tag, {}, text.slice(start, end)));
    nodes.push(document.createTextNode(text.slice(end)));
    return nodes;
  }

  /** The sentence with its evidence marked and the trigger in bold inside it. */
  function sentenceNodes(sentence, evidence, trigger) {
    const text = (typeof sentence === "string" && sentence) || evidence || "";
    const at = evidence ? text.indexOf(evidence) : -1;
    if (at < 0) {
      const t = trigger ? text.indexOf(trigger) : -1;
      return marked(text, t, t + (trigger || "").length, "strong");
    }
    const mark = el("mark");
    const t = trigger ? evidence.indexOf(trigger) : -1;
    mark.append(...marked(evidence, t, t + (trigger || "").length, "strong"));
    return [document.createTextNode(text.slice(0, at)), mark, document.createTextNode(text.slice(at + evidence.length))];
  }

  function reasonsText(reasons) {
    if (reasons === null || reasons === undefined || reasons === "") return "";
    let value = reasons;
    if (typeof value === "string") {
      try { value = JSON.parse(value); } catch (e) { return value; }
    }
    if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; ");
    if (typeof value === "object") return Object.entries(value).map(([k, v]) => k + ": " + (typeof v === "object" ? JSON.stringify(v) : v)).join("; ");
    return String(value);
  }

  function range(min, max) {
    if (min === null || min === undefined) return null;
    return max !== null && max !== undefined && max !== min ? min + "–" + max : String(min);
  }

  function facts(pairs) {
    const dl = el("dl", { class: "facts" });
    for (const [name, value] of pairs) {
      if (value === null || value === undefined || value === "") continue;
      dl.append(el("dt", { text: name }), el("dd", { text: value }));
    }
    return dl;
  }

  /** Open the evidence panel for one canonical event: its fields and every report of it. */
  async function showEvidence(eventId) {
    const panel = document.getElementById("evidence");
    if (!panel) return;
    const body = panel.querySelector(".evidence-body");
    panel.hidden = false;
    body.replaceChildren(el("p", { class: "hint", text: "Loading evidence…" }));
    let data;
    try {
      data = await getJSON("/api/events/" + encodeURIComponent(eventId));
    } catch (error) {
      showError(body, error);
      return;
    }
    const e = data.event || {};
    const title = el("h3", {}, el("span", { class: "swatch t-" + e.type, text: e.type }), " ",
      (e.source_name || e.source_code || "?") + " → " + (e.target_name || e.target_code || "?"));
    const summary = facts([
      ["date", e.date_value || e.date_start], ["place", e.place_name], ["killed", range(e.fatalities_min, e.fatalities_max)],
      ["injured", range(e.injured_min, e.injured_max)], ["CAMEO", e.cameo],
      ["Goldstein", e.goldstein], ["reports", (e.n_mentions || 0) + " in " + (e.n_outlets || 0) + " outlets"],
      ["id", e.id],
    ]);
    const mentions = (data.mentions || []).map((m) => {
      const link = el("a", { href: "/articles/" + encodeURIComponent(m.article_id) + "#ev-" + encodeURIComponent(m.event_id) },
        m.title || "(untitled)");
      return el("div", { class: "mention" },
        el("div", { class: "meta" }, (m.outlet || "unknown outlet") + " · " + (m.published || "undated") + " · "), link,
        el("p", { class: "sentence" }, ...sentenceNodes(m.sentence, m.evidence, m.trigger_text)),
        el("p", { class: "reasons", text: reasonsText(m.reasons) }));
    });
    body.replaceChildren(title, summary, el("h4", { text: "Evidence" }), ...mentions);
    panel.scrollIntoView({ block: "nearest" });
  }

  function hideEvidence() {
    const panel = document.getElementById("evidence");
    if (panel) panel.hidden = true;
  }

  document.addEventListener("click", (event) => {
    const closer = event.target.closest("[data-close-evidence]");
    if (closer) { hideEvidence(); return; }
    const row = event.target.closest("[data-event-id]");
    if (row) {
      document.querySelectorAll(".selected[data-event-id]").forEach((n) => n.classList.remove("selected"));
      row.classList.add("selected");
      showEvidence(row.getAttribute("data-event-id"));
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches && event.target.matches("[data-event-id]")) {
      showEvidence(event.target.getAttribute("data-event-id"));
    }
  });

  window.EW = { TYPES, el, svg, getJSON, getAll, pageFilters, legend, showError, showEvidence, range };
})();
