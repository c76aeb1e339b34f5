/* Timeline page: stacked bars of canonical events per period and type, and the event list. */
"use strict";
(function () {
  const { el, svg, getJSON, pageFilters, legend, showError, range, TYPES } = window.EW;

  function day(value) { return String(value || "").slice(0, 10); }

  function addDays(iso, n) {
    const d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  /** The last day of the period that starts on ``start``. */
  function periodEnd(start, by) {
    if (by === "week") return addDays(start, 6);
    if (by === "month") {
      const d = new Date(start + "T00:00:00Z");
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    }
    return start;
  }

  function drawChart(container, items, by, onPick) {
    const periods = [...new Set(items.map((i) => day(i.period)))].filter(Boolean).sort();
    const types = TYPES.filter((t) => items.some((i) => i.type === t));
    container.replaceChildren();
    if (!periods.length) {
      container.append(el("p", { class: "empty", text: "No dated events match these filters." }));
      return types;
    }
    const totals = Object.fromEntries(periods.map((p) => [p, 0]));
    items.forEach((i) => { if (totals[day(i.period)] !== undefined) totals[day(i.period)] += i.events; });
    const maxTotal = Math.max(1, ...Object.values(totals));
    const band = Math.max(14, Math.min(48, 1100 / periods.length));
    const margin = { left: 40, right: 12, top: 12, bottom: 56 };
    const height = 260;
    const width = margin.left + margin.right + band * periods.length;
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline" }, container);
    const plotH = height - margin.top - margin.bottom;
    const y = (v) => margin.top + plotH - (v / maxTotal) * plotH;
    const ticks = Math.min(5, maxTotal);
    for (let k = 0; k <= ticks; k++) {
      const v = Math.round((maxTotal * k) / ticks);
      svg("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y(v), y2: y(v) }, root);
      svg("text", { x: margin.left - 6, y: y(v) + 4, "text-anchor": "end", text: v }, root);
    }
    periods.forEach((period, index) => {
      const x = margin.left + index * band;
      let base = 0;
      for (const type of TYPES) {
        const item = items.find((i) => day(i.period) === period && i.type === type);
        if (!item) continue;
        const rect = svg("rect", {
          class: "bar t-" + type, x: x + 2, width: band - 4, y: y(base + item.events),
          height: Math.max(1, y(base) - y(base + item.events)), "data-period": period, "data-type": type,
        }, root);
        svg("title", { text: `${period} · ${type}: ${item.events} events, ${item.mentions} reports, ${item.fatalities || 0} killed` }, rect);
        rect.addEventListener("click", () => {
          container.querySelectorAll("rect.selected").forEach((r) => r.classList.remove("selected"));
          rect.classList.add("selected");
          onPick(period, periodEnd(period, by), type);
        });
        base += item.events;
      }
      if (periods.length <= 40 || index % Math.ceil(periods.length / 40) === 0) {
        svg("text", { x: x + band / 2, y: height - margin.bottom + 12, "text-anchor": "end",
          transform: `rotate(-50 ${x + band / 2} ${height - margin.bottom + 12})`, text: period.slice(5) }, root);
      }
    });
    svg("line", { class: "axis", x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0) }, root);
    return types;
  }

  let latestRequest = 0;

  // The list and its title change together, once the events have come: the title never names
  // a selection whose rows are not shown yet, and an answer overtaken by a later click is dropped.
  async function loadEvents(params, heading) {
    const body = document.querySelector("#event-list tbody");
    const empty = document.getElementById("event-list-empty");
    const request = ++latestRequest;
    body.setAttribute("aria-busy", "true");
    const query = new URLSearchParams(params);
    query.set("limit", "200");
    let page;
    try {
      page = await getJSON("/api/events?" + query.toString());
    } catch (error) {
      if (request === latestRequest) {
        body.removeAttribute("aria-busy");
        showError(body, error);
      }
      return;
    }
    if (request !== latestRequest) return;
    body.removeAttribute("aria-busy");
    document.getElementById("event-list-title").textContent = heading;
    body.replaceChildren(...page.items.map((e) => el("tr", { class: "clickable", "data-event-id": e.id, tabindex: 0 },
      el("td", { text: e.date_value || day(e.date) || "" }),
      el("td", {}, el("span", { class: "swatch t-" + e.type, text: e.type })),
      el("td", { text: e.source_name || e.source_code || "" }),
      el("td", { text: e.target_name || e.target_code || "" }),
      el("td", { text: e.place_name || "" }),
      el("td", { text: range(e.fatalities_min, e.fatalities_max) || "" }),
      el("td", { text: e.n_mentions }),
      el("td", { text: e.trigger_text || "" }))));
    empty.hidden = page.items.length > 0;
  }

  async function main() {
    const chart = document.getElementById("timeline-chart");
    const params = pageFilters();
    const by = new URLSearchParams(window.location.search).get("by") || "day";
    const query = new URLSearchParams(params);
    query.set("by", ["day", "week", "month"].includes(by) ? by : "day");
    query.set("limit", "500");
    try {
      const data = await getJSON("/api/timeline?" + query.toString());
      const types = drawChart(chart, data.items, by, (since, until, type) => {
        const picked = new URLSearchParams(params);
        picked.set("since", since);
        picked.set("until", until);
        picked.set("type", type);
        loadEvents(picked, `${type} events, ${since}${until !== since ? " to " + until : ""}`);
      });
      legend(document.getElementById("legend"), types);
    } catch (error) {
      showError(chart, error);
    }
    await loadEvents(params, "Events");
  }

  document.addEventListener("DOMContentLoaded", main);
})();
