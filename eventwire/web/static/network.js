/* Network page: actors and their relations, laid out by a small force simulation (no library). */
"use strict";
(function () {
  const { svg, getJSON, pageFilters, showError } = window.EW;
  const WIDTH = 1100;
  const HEIGHT = 600;

  function relation(edge) {
    if ((edge.conflict || 0) > (edge.cooperation || 0)) return "conf";
    if ((edge.cooperation || 0) > (edge.conflict || 0)) return "coop";
    return (edge.mean_goldstein || 0) < 0 ? "conf" : (edge.mean_goldstein || 0) > 0 ? "coop" : "mixed";
  }

  /** Positions for every node: springs along edges, repulsion between all pairs, a pull to the centre. */
  function layout(nodes, edges) {
    const pos = new Map();
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      pos.set(n.id, { x: WIDTH / 2 + 220 * Math.cos(angle), y: HEIGHT / 2 + 200 * Math.sin(angle), vx: 0, vy: 0 });
    });
    const links = edges.filter((e) => pos.has(e.source) && pos.has(e.target) && e.source !== e.target);
    for (let step = 0; step < 300; step++) {
      const cooling = 1 - step / 300;
      for (const a of nodes) {
        const pa = pos.get(a.id);
        for (const b of nodes) {
          if (a === b) continue;
          const pb = pos.get(b.id);
          let dx = pa.x - pb.x, dy = pa.y - pb.y;
          const d2 = Math.max(dx * dx + dy * dy, 25);
          pa.vx += (dx / d2) * 400; pa.vy += (dy / d2) * 400;
        }
        pa.vx += (WIDTH / 2 - pa.x) * 0.012; pa.vy += (HEIGHT / 2 - pa.y) * 0.012;
      }
      for (const link of links) {
        const ps = pos.get(link.source), pt = pos.get(link.target);
        const dx = pt.x - ps.x, dy = pt.y - ps.y;
        const dist = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const pull = (dist - 120) * 0.02;
        ps.vx += (dx / dist) * pull; ps.vy += (dy / dist) * pull;
        pt.vx -= (dx / dist) * pull; pt.vy -= (dy / dist) * pull;
      }
      for (const p of pos.values()) {
        p.x = Math.max(40, Math.min(WIDTH - 40, p.x + p.vx * cooling));
        p.y = Math.max(30, Math.min(HEIGHT - 30, p.y + p.vy * cooling));
        p.vx *= 0.5; p.vy *= 0.5;
      }
    }
    return { pos, links };
  }

  function draw(container, data) {
    container.replaceChildren();
    const nodes = data.nodes || [];
    const { pos, links } = layout(nodes, data.edges || []);
    const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: "100%", height: HEIGHT }, container);
    const maxEvents = Math.max(1, ...links.map((e) => e.events || 1));
    for (const e of links) {
      const a = pos.get(e.source), b = pos.get(e.target);
      const line = svg("line", { class: relation(e), x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        "stroke-width": (1 + 6 * (e.events || 1) / maxEvents).toFixed(1) }, root);
      svg("title", { text: `${e.source} → ${e.target}: ${e.events} events, ${e.cooperation || 0} cooperation, ${e.conflict || 0} conflict, mean Goldstein ${e.mean_goldstein}` }, line);
      line.addEventListener("click", () => {
        window.location.href = "/dyads/" + encodeURIComponent(e.source) + "/" + encodeURIComponent(e.target);
      });
    }
    const maxNode = Math.max(1, ...nodes.map((n) => n.events || 1));
    for (const n of nodes) {
      const p = pos.get(n.id);
      const dot = svg("circle", { cx: p.x, cy: p.y, r: (5 + 14 * Math.sqrt((n.events || 1) / maxNode)).toFixed(1),
        "data-actor": n.id }, root);
      svg("title", { text: `${n.name || n.id} (${n.id}): ${n.events} events` }, dot);
      dot.addEventListener("click", () => {
        window.location.href = "/timeline?actor=" + encodeURIComponent(n.id);
      });
      svg("text", { x: p.x + 10, y: p.y - 8, text: n.id }, root);
    }
  }

  async function main() {
    const container = document.getElementById("network-chart");
    const params = pageFilters();
    params.set("limit", "500");
    try {
      const data = await getJSON("/api/network?" + params.toString());
      document.getElementById("network-empty").hidden = (data.nodes || []).length > 0;
      draw(container, data);
    } catch (error) {
      showError(container, error);
    }
  }

  document.addEventListener("DOMContentLoaded", main);
})();
