/* Article page: a click on an event field (or a quote) flashes its evidence span in the text. */
"use strict";
(function () {
  function spanText(segments, start, end) {
    return segments
      .filter((s) => Number(s.dataset.s) < end && start < Number(s.dataset.e))
      .map((s) => {
        const from = Math.max(start, Number(s.dataset.s)) - Number(s.dataset.s);
        const to = Math.min(end, Number(s.dataset.e)) - Number(s.dataset.s);
        return s.textContent.slice(from, to);
      })
      .join("");
  }

  function flash(segments, start, end) {
    segments.forEach((s) => s.classList.remove("flash"));
    const hit = segments.filter((s) => Number(s.dataset.s) < end && start < Number(s.dataset.e));
    hit.forEach((s) => s.classList.add("flash"));
    if (hit.length) hit[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function main() {
    const segments = Array.from(document.querySelectorAll("#article-text .seg"));
    document.addEventListener("click", (event) => {
      const button = event.target.closest("button.field");
      if (!button) return;
      const start = Number(button.dataset.s), end = Number(button.dataset.e);
      document.querySelectorAll("button.field.active").forEach((b) => b.classList.remove("active"));
      button.classList.add("active");
      flash(segments, start, end);
      const card = button.closest(".event-card, .quote-card");
      const note = card && card.querySelector(".field-evidence");
      if (note) {
        note.hidden = false;
        note.textContent = `Evidence (${button.dataset.how}): “${spanText(segments, start, end)}” [${start}–${end}]`;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", main);
})();
