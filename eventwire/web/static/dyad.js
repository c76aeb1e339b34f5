/* Dyad page: the daily tension index as a line over each day's weighted events as bars. */
"use strict";
(function () {
  const { svg, getJSON, el, showError } = window.EW;

  function draw(container, series) {
    container.replaceChildren();
    if (!series.length) {
      container.append(el("p", { class: "empty", text: "No events between these actors yet." }));
      return;
    }
    const margin = { left: 44, right: 24, top: 14, bottom: 40 };
    const width = Math.max(600, container.clientWidth - 4);
    const height = 280;
    const root = svg("svg", { class: "tension", viewBox: `0 0 ${width} ${height}`, width, height }, container);
    const values = series.flatMap((d) => [d.score || 0, d.raw || 0, 0]);
    const lo = Math.min(...values), hi = Math.max(...values);
    const span = hi - lo || 1;
    const plotW = width - margin.left - margin.right, plotH = height - margin.top - margin.bottom;
    const pad = Math.min(30, plotW / (2 * series.length));
    const x = (i) => margin.left + pad + (series.length === 1 ? (plotW - 2 * pad) / 2 : (i / (series.length - 1)) * (plotW - 2 * pad));
    const y = (v) => margin.top + ((hi - v) / span) * plotH;
    for (let k = 0; k <= 4; k++) {
      const v = lo + (span * k) / 4;
      svg("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y(v), y2: y(v) }, root);
      svg("text", { x: margin.left - 6, y: y(v) + 4, "text-anchor": "end", text: v.toFixed(1) }, root);
    }
    const barW = Math.max(2, Math.min(10, plotW / series.length - 1));
    series.forEach((d, i) => {
      if (!d.raw) return;
      const top = Math.min(y(d.raw), y(0));
      const bar = svg("rect", { class: d.raw > 0 ? "up" : "down", x: x(i) - barW / 2, width: barW, y: top,
        height: Math.max(1, Math.abs(y(d.raw) - y(0))) }, root);
      svg("title", { text: `${String(d.date).slice(0, 10)}: ${d.raw.toFixed(1)} (${(d.events || []).length} events)` }, bar);
      bar.addEventListener("click", () => {
        const heading = document.getElementById("day-" + String(d.date).slice(0, 10));
        document.querySelectorAll("h3.day.selected").forEach((h) => h.classList.remove("selected"));
        if (heading) { heading.classList.add("selected"); heading.scrollIntoView({ block: "center" }); }
      });
    });
    const path = series.map((d, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(d.score || 0).toFixed(1)}`).join("");
    svg("path", { class: "line", d: path }, root);
    svg("line", { class: "axis", x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0) }, root);
    const every = Math.ceil(series.length / 12);
    series.forEach((d, i) => {
      if (i % every) return;
      svg("text", { x: x(i), y: height - margin.bottom + 16, "text-anchor": "middle", text: String(d.date).slice(0, 10) }, root);
    });
  }

  async function main() {
    const container = document.getElementById("tension-chart");
    const query = new URLSearchParams({ a: container.dataset.a, b: container.dataset.b });
    try {
      const data = await getJSON("/api/tension?" + query.toString());
      draw(container, data.items || []);
    } catch (error) {
      showError(container, error);
    }
  }

  document.addEventListener("DOMContentLoaded", main);
})();
