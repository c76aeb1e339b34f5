/* Map page: located canonical events as points over the packaged country boundaries. */
"use strict";
(function () {
  const { svg, getAll, pageFilters, legend, range, TYPES } = window.EW;
  const MAX_EVENTS = 5000;

  function projection(map) {
    const width = Number(map.dataset.width);
    const height = Number(map.dataset.height);
    const top = Number(map.dataset.latTop);
    const bottom = Number(map.dataset.latBottom);
    return (lon, lat) => {
      const clamped = Math.max(bottom, Math.min(top, lat));
      return [((lon + 180) / 360) * width, ((top - clamped) / (top - bottom)) * height];
    };
  }

  function radius(event) {
    const killed = event.fatalities_max || event.fatalities_min || 0;
    const hurt = event.injured_max || event.injured_min || 0;
    return 3 + 2.2 * Math.sqrt(killed + hurt / 2);
  }

  /** The viewBox framing every point (with margins, in the map's aspect ratio), or the whole world. */
  function frame(map, points) {
    const width = Number(map.dataset.width);
    const height = Number(map.dataset.height);
    if (!points.length) return [0, 0, width, height];
    const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
    let w = Math.max(160, Math.max(...xs) - Math.min(...xs) + 120);
    let h = Math.max(w * height / width, Math.max(...ys) - Math.min(...ys) + 80);
    w = Math.min(width, Math.max(w, h * width / height));
    h = Math.min(height, w * height / width);
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    const x = Math.max(0, Math.min(width - w, cx - w / 2));
    const y = Math.max(0, Math.min(height - h, cy - h / 2));
    return [x, y, w, h];
  }

  function applyFrame(map, box) {
    map.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
    const scale = box[2] / Number(map.dataset.width);
    map.querySelectorAll("circle.point").forEach((c) => c.setAttribute("r", (Number(c.dataset.r) * scale).toFixed(2)));
  }

  function draw(map, events) {
    const layer = document.getElementById("points");
    const project = projection(map);
    layer.replaceChildren();
    const located = events.filter((e) => e.lat !== null && e.lon !== null && e.lat !== undefined && e.lon !== undefined);
    located.sort((a, b) => radius(b) - radius(a));
    const countries = new Set(located.map((e) => e.place_country).filter(Boolean));
    map.querySelectorAll(".countries path").forEach((p) => p.classList.toggle("active", countries.has(p.dataset.iso3)));
    for (const e of located) {
      const [x, y] = project(e.lon, e.lat);
      const dot = svg("circle", { class: "point t-" + e.type, cx: x.toFixed(1), cy: y.toFixed(1),
        r: radius(e).toFixed(1), "data-r": radius(e).toFixed(2), "data-event-id": e.id, tabindex: 0 }, layer);
      const killed = range(e.fatalities_min, e.fatalities_max);
      svg("title", { text: `${e.type} · ${e.place_name || "?"} · ${e.date_value || ""}${killed ? " · " + killed + " killed" : ""}` }, dot);
    }
    return located;
  }

  async function main() {
    const map = document.getElementById("world-map");
    const status = document.getElementById("map-status");
    try {
      const events = await getAll("/api/events", pageFilters(), MAX_EVENTS);
      const located = draw(map, events);
      const project = projection(map);
      const zoomed = frame(map, located.map((e) => project(e.lon, e.lat)));
      const world = frame(map, []);
      const toggle = document.getElementById("map-zoom");
      let showingWorld = false;
      applyFrame(map, zoomed);
      toggle.hidden = !located.length;
      toggle.addEventListener("click", () => {
        showingWorld = !showingWorld;
        applyFrame(map, showingWorld ? world : zoomed);
        toggle.textContent = showingWorld ? "Zoom to the events" : "Show the whole world";
      });
      status.textContent = `${located.length} of ${events.length} events have a location.`;
      legend(document.getElementById("legend"), TYPES.filter((t) => located.some((e) => e.type === t)));
    } catch (error) {
      status.textContent = "Could not load the events: " + error.message;
    }
  }

  document.addEventListener("DOMContentLoaded", main);
})();
