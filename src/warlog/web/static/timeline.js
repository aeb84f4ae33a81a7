"use strict";
// The timeline under the map: events per day (or week, or month on long spans) stacked by type,
// deaths as a line, and a brush: dragging across it picks the period that filters the map and the list.
(function () {
  const NS = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  const PAD = { left: 34, right: 34, top: 8, bottom: 20 };

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (parent) parent.appendChild(node);
    return node;
  }

  function binSize(spanDays) {
    if (spanDays <= 400) return { days: 1, name: "day" };
    if (spanDays <= 3000) return { days: 7, name: "week" };
    return { days: 30, name: "month" };
  }

  function iso(time) { return new Date(time).toISOString().slice(0, 10); }

  // Draws `events` into `svg`; `period` = {since, until} as YYYY-MM-DD or null; `colour(type)` gives
  // a type's colour; `onBrush(since, until)` is called with the period picked (nulls to clear).
  function draw(svg, events, period, colour, onBrush) {
    svg.replaceChildren();
    const dated = events.filter((e) => e.event_date);
    const width = svg.clientWidth || 800, height = svg.clientHeight || 170;
    if (!dated.length) {
      el("text", { x: PAD.left, y: height / 2 }, svg).textContent = "No dated events.";
      return "day";
    }
    const times = dated.map((e) => Date.parse(e.event_date));
    const first = Math.min(...times), last = Math.max(...times);
    const bin = binSize((last - first) / DAY);
    const count = Math.floor((last - first) / DAY / bin.days) + 1;
    const bins = Array.from({ length: count }, () => ({ types: new Map(), total: 0, deaths: 0 }));
    dated.forEach((e, i) => {
      const b = bins[Math.floor((times[i] - first) / DAY / bin.days)];
      b.types.set(e.event_type, (b.types.get(e.event_type) || 0) + 1);
      b.total += 1;
      b.deaths += e.fatalities_best || 0;
    });
    const most = Math.max(...bins.map((b) => b.total)), deadliest = Math.max(1, ...bins.map((b) => b.deaths));
    const plotW = width - PAD.left - PAD.right, plotH = height - PAD.top - PAD.bottom;
    const step = plotW / count;
    const x = (time) => PAD.left + ((time - first) / DAY / bin.days) * step;
    // One path per type holds all its bars, and one bare rect per bin carries the bin's tooltip: a few
    // hundred nodes where a rect per bar and type made thousands, and most of the redraw's time.
    const bars = new Map();
    const barWidth = Math.max(step - 1, 1);
    bins.forEach((b, i) => {
      let y = PAD.top + plotH;
      for (const [type, n] of b.types) {
        const h = (n / most) * plotH;
        y -= h;
        if (!bars.has(type)) bars.set(type, []);
        bars.get(type).push(`M${(PAD.left + i * step).toFixed(1)} ${y.toFixed(1)}h${barWidth.toFixed(1)}v${h.toFixed(1)}h-${barWidth.toFixed(1)}z`);
      }
    });
    for (const [type, parts] of bars) el("path", { d: parts.join(""), fill: colour(type) }, svg);
    bins.forEach((b, i) => {
      if (!b.total) return;
      const hit = el("rect", { x: PAD.left + i * step, y: PAD.top, width: barWidth, height: plotH, class: "bin" }, svg);
      const counts = [...b.types].map(([type, n]) => `${n} ${type}`).join(", ");
      el("title", {}, hit).textContent = `${iso(first + i * bin.days * DAY)}: ${counts}; ${b.deaths} killed`;
    });
    const line = bins.map((b, i) => `${PAD.left + (i + 0.5) * step},${PAD.top + plotH - (b.deaths / deadliest) * plotH}`);
    el("polyline", { points: line.join(" "), class: "deaths" }, svg);
    el("text", { x: 2, y: PAD.top + 10 }, svg).textContent = String(most);
    el("text", { x: width - PAD.right + 2, y: PAD.top + 10 }, svg).textContent = `${deadliest} †`;
    el("text", { x: PAD.left, y: height - 4 }, svg).textContent = iso(first);
    el("text", { x: width - PAD.right, y: height - 4, "text-anchor": "end" }, svg).textContent = iso(last + (bin.days - 1) * DAY);

    const brush = el("rect", { class: "brush", y: PAD.top, height: plotH, x: 0, width: 0, visibility: "hidden" }, svg);
    function show(a, b) {
      brush.setAttribute("x", Math.min(a, b));
      brush.setAttribute("width", Math.abs(b - a));
      brush.setAttribute("visibility", "visible");
    }
    if (period.since || period.until) {
      const a = period.since ? x(Date.parse(period.since)) : PAD.left;
      const b = period.until ? x(Date.parse(period.until) + DAY) : PAD.left + plotW;
      show(Math.max(a, PAD.left), Math.min(b, PAD.left + plotW));
    }
    const toTime = (px) => first + Math.max(0, Math.min(plotW, px - PAD.left)) / step * bin.days * DAY;
    const pointerX = (event) => event.clientX - svg.getBoundingClientRect().left;
    let start = null;
    svg.onpointerdown = (event) => { start = pointerX(event); svg.setPointerCapture(event.pointerId); show(start, start); };
    svg.onpointermove = (event) => { if (start !== null) show(start, pointerX(event)); };
    svg.onpointerup = (event) => {
      if (start === null) return;
      const end = pointerX(event);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      if (b - a < 3) return;
      onBrush(iso(toTime(a)), iso(toTime(b) - DAY / 2));
    };
    svg.ondblclick = () => onBrush(null, null);
    return bin.name;
  }

  window.Timeline = { draw };
})();
