"use strict";
// The map page: filters live in the URL; events come once from /api/points (the columns the map,
// the list and the filters need, coded compactly) and every filter is applied here, so a change
// redraws at once without a request. The map, the list, the totals and the timeline show the events
// that match; the status line's data-count changes only once all of them do.
// Article strings only ever reach the page through textContent, never as markup.
(function () {
  const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  const COLOURS = ["#D55E00", "#0072B2", "#CC79A7", "#009E73", "#E69F00", "#56B4E9", "#000000"];
  // Each filter's test on an event (the date range is applied apart, since the timeline shows all dates).
  const TESTS = {
    country: (e, v) => e.country === v,
    admin1: (e, v) => e.admin1 === v,
    type: (e, v) => e.event_type === v || e.sub_event_type === v,
    sub_type: (e, v) => e.sub_event_type === v,
    actor: (e, v) => e.actor1 === v || e.actor2 === v,
    outlet: (e, v) => (e.outlets || []).includes(v),
    grade: (e, v) => e.grade === v,
    disputed: (e, v) => String(e.disputed) === v,
  };
  const markers = new Map();
  // Rows of the list: its layout is most of a redraw's time, and a filter finds the rest.
  const LIST_ROWS = 200;
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  let events = [];
  let map, clusters, fitted = false, pending = null;

  const colour = (type) => COLOURS[TYPES.indexOf(type) < 0 ? 6 : TYPES.indexOf(type)];
  const field = (name) => form.elements.namedItem(name);
  const period = () => ({ since: field("since").value || null, until: field("until").value || null });

  function node(tag, text, attrs) {
    const n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const el of form.elements) if (el.name && params.has(el.name)) el.value = params.get(el.name);
  }

  function writeUrl() {
    const params = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value) params.set(el.name, el.value);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  function matching() {
    const active = Object.keys(TESTS).filter((name) => field(name).value);
    return events.filter((e) => active.every((name) => TESTS[name](e, field(name).value)));
  }

  async function getJson(url) {
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    const snapshot = response.headers.get("X-Warlog-Snapshot");
    status.classList.toggle("snapshot", Boolean(snapshot));
    return { body, snapshot };
  }

  async function loadFacets() {
    const { body } = await getJson("/api/facets");
    for (const [name, values] of Object.entries(body)) {
      const select = field(name);
      const wanted = new URLSearchParams(location.search).get(name);
      for (const row of values) {
        const [value, label, n] = row.length === 3 ? row : [row[0], row[0], row[1]];
        select.appendChild(node("option", `${label} (${n})`, { value }));
      }
      if (wanted) select.value = wanted;
    }
  }

  // One object per event from /api/points' columns; coded columns are looked up in their table of values.
  function decode(points) {
    const plain = Object.keys(points).filter((name) => Array.isArray(points[name]));
    const coded = Object.keys(points).filter((name) => !Array.isArray(points[name]) && typeof points[name] === "object");
    const list = new Array(points.count);
    for (let i = 0; i < points.count; i++) {
      const e = {};
      for (const name of plain) e[name] = points[name][i];
      for (const name of coded) {
        const { values, codes } = points[name];
        e[name] = Array.isArray(codes[i]) ? codes[i].map((c) => values[c]) : values[codes[i]];
      }
      list[i] = e;
    }
    return list;
  }

  async function loadEvents(ready) {
    status.textContent = "Loading events…";
    try {
      const [{ body, snapshot }] = await Promise.all([getJson("/api/points"), ready]);
      events = decode(body);
      render(snapshot);
    } catch (error) {
      status.textContent = error.message;
    }
  }

  function inPeriod(e) {
    const { since, until } = period();
    if (!since && !until) return true;
    if (!e.event_date) return false;
    return (!since || e.event_date >= since) && (!until || e.event_date <= until);
  }

  // Redraws at most once per frame, however many changes (a resize, a brush) ask for it.
  function schedule() {
    if (pending === null) pending = requestAnimationFrame(() => { pending = null; render(); });
  }

  function render(snapshot) {
    const chosen = matching();
    const shown = chosen.filter(inPeriod);
    drawMarkers(shown);
    drawList(shown);
    drawTotals(shown);
    const bin = window.Timeline.draw(document.getElementById("timeline"), chosen, period(), colour, (since, until) => {
      field("since").value = since || "";
      field("until").value = until || "";
      writeUrl();
      schedule();
    });
    document.getElementById("bin-name").textContent = bin;
    const placed = shown.filter((e) => e.latitude !== null).length;
    status.textContent = `${shown.length} events (${placed} on the map)` +
      (snapshot ? `; the database is busy, showing what was read at ${snapshot}` : "");
    status.dataset.count = String(shown.length);
  }

  function popup(e) {
    const box = node("div");
    box.appendChild(node("strong", e.sub_event_type));
    box.appendChild(node("div", `${e.location || "unknown place"}, ${e.event_date || "undated"}`));
    box.appendChild(node("div", `${e.fatalities_best ?? 0} killed · ${e.grade} · ${e.n_sources} source(s)`));
    box.appendChild(node("a", "Evidence and reports", { href: `/event/${encodeURIComponent(e.event_id)}` }));
    return box;
  }

  function drawMarkers(list) {
    const placed = list.filter((e) => e.latitude !== null && e.longitude !== null);
    if (!fitted && placed.length) {
      map.fitBounds(L.latLngBounds(placed.map((e) => [e.latitude, e.longitude])), { maxZoom: 6, padding: [30, 30], animate: false });
      fitted = true;
    }
    clusters.show(placed);
  }

  // One circle per event, made when first drawn alone and kept for later redraws.
  function marker(e) {
    if (!markers.has(e.event_id)) {
      const made = L.circleMarker([e.latitude, e.longitude], {
        radius: 5 + 2 * Math.sqrt(e.fatalities_best || 0), color: "#222", weight: 1,
        fillColor: colour(e.event_type), fillOpacity: 0.8, className: "event-marker",
      });
      made.bindPopup(() => popup(e));
      markers.set(e.event_id, made);
    }
    return markers.get(e.event_id);
  }

  // The events of a bubble the map cannot split further: one line and link each.
  function listPopup(some, total) {
    const box = node("div", null, { class: "popup-list" });
    for (const e of some) {
      const row = node("div");
      row.append(node("a", `${e.event_date || "undated"} ${e.sub_event_type}`, { href: `/event/${encodeURIComponent(e.event_id)}` }),
        node("span", ` · ${e.location || "unknown place"} · ${e.fatalities_best ?? 0} killed`));
      box.appendChild(row);
    }
    if (total > some.length) box.appendChild(node("div", `and ${total - some.length} more: filter or pick a period to see them.`));
    return box;
  }

  function drawList(list) {
    const body = document.querySelector("#events tbody");
    // The JSON comes newest first: the first rows are the latest events.
    const rows = list.slice(0, LIST_ROWS);
    body.replaceChildren(...rows.map((e) => {
      const tr = node("tr", null, { "data-event-id": e.event_id });
      const when = node("td");
      when.appendChild(node("a", e.event_date || "undated", { href: `/event/${encodeURIComponent(e.event_id)}` }));
      tr.append(when, node("td", [e.location, e.admin1, e.country_name].filter(Boolean).join(", ")),
        node("td", e.sub_event_type), node("td", [e.actor1, e.actor2].filter(Boolean).join(" vs ")),
        node("td", e.fatalities_best ?? 0, { class: "num" }), node("td", e.grade + (e.disputed ? ", disputed" : ""),
          { class: `grade-${e.grade}` }), node("td", e.n_sources, { class: "num" }));
      return tr;
    }));
    document.getElementById("more").textContent = list.length > LIST_ROWS ? `Showing the latest ${LIST_ROWS} of ${list.length}.` : "";
  }

  function drawTotals(list) {
    const killed = list.reduce((sum, e) => sum + (e.fatalities_best || 0), 0);
    const civilians = list.reduce((sum, e) => sum + (e.civilian_fatalities_best || 0), 0);
    const box = document.getElementById("totals");
    box.replaceChildren(node("div", `${list.length} events`), node("div", `${killed} killed (best figures)`),
      node("div", `${civilians} civilians killed`), node("div", `${list.filter((e) => e.disputed).length} disputed`));
  }

  function drawLegend() {
    const box = document.getElementById("legend");
    TYPES.forEach((type, i) => {
      const row = node("div");
      row.append(node("span", null, { class: `dot type-${i}` }), node("span", type));
      box.appendChild(row);
    });
    box.appendChild(node("div", "Circle size: people killed"));
  }

  // The map and its (empty) cluster layer at once; the outlines are drawn when they arrive, under the markers.
  function initMap() {
    const holder = document.getElementById("map");
    map = L.map(holder, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([30, 30], 3);
    if (holder.dataset.tiles) {
      L.tileLayer(holder.dataset.tiles, { attribution: holder.dataset.attribution, maxZoom: 18 }).addTo(map);
    }
    clusters = window.Clusters.create(map, marker, listPopup);
    if (holder.dataset.tiles) return Promise.resolve();
    return fetch("/outlines.geojson").then((response) => response.json()).then((outlines) => {
      L.geoJSON(outlines, {
        interactive: false, renderer: L.canvas({ padding: 0.2 }), style: { color: "#8a97a6", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    });
  }

  form.addEventListener("change", () => {
    writeUrl();
    render();
  });
  form.addEventListener("reset", () => setTimeout(() => { writeUrl(); render(); }, 0));
  form.addEventListener("submit", (event) => event.preventDefault());
  window.addEventListener("resize", schedule);

  readUrl();
  drawLegend();
  const facetsReady = loadFacets().catch((error) => { status.textContent = error.message; });
  loadEvents(Promise.all([initMap(), facetsReady]));
})();
