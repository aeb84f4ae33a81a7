"use strict";
// Clusters the map's events on a pixel grid, for the zoom the map is at, and only there.
// Why not Leaflet.markercluster: it builds its clusters for every zoom level at once and needs a
// Leaflet layer per event; with 10,000 events that took about half a second of a one-second budget
// (issue 16), and every filter paid it again. Here a redraw projects the events once, counts them
// per grid cell and makes a layer only for what is drawn: a circle for an event alone in its cell,
// one counted bubble (markercluster's own look, from its stylesheet) for the others. A bubble's
// click zooms in to its events; where they cannot be told apart (one place, or the deepest zoom) it
// opens a list of them instead. Article strings reach the page only through `makePopup`.
(function () {
  const CELL = 50; // px: events closer than about this share a bubble
  const LIST_MAX = 30;

  // `map`: a Leaflet map; `circle(e)`: the (cached) circle layer of one event; `makePopup(events)`:
  // the popup's content for events that share a place.
  function create(map, circle, makePopup) {
    const layer = L.featureGroup().addTo(map);
    let events = [];

    function bubble(members, latlng) {
      const n = members.length;
      const size = n < 10 ? "small" : n < 100 ? "medium" : "large";
      const inner = document.createElement("div");
      inner.appendChild(document.createElement("span")).textContent = String(n);
      const icon = L.divIcon({ html: inner, className: `marker-cluster marker-cluster-${size}`, iconSize: [40, 40] });
      const made = L.marker(latlng, { icon });
      made.on("click", () => {
        const bounds = L.latLngBounds(members.map((e) => [e.latitude, e.longitude]));
        const deeper = Math.min(map.getBoundsZoom(bounds), map.getMaxZoom());
        if (deeper > map.getZoom() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
          map.fitBounds(bounds, { maxZoom: deeper, padding: [20, 20] });
        } else {
          made.bindPopup(makePopup(members.slice(0, LIST_MAX), n)).openPopup();
        }
      });
      return made;
    }

    function redraw() {
      const zoom = map.getZoom();
      const view = map.getBounds().pad(0.5);
      const cells = new Map();
      for (const e of events) {
        if (!view.contains([e.latitude, e.longitude])) continue;
        const p = map.project([e.latitude, e.longitude], zoom);
        const key = `${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
        const cell = cells.get(key);
        if (cell) {
          cell.members.push(e);
          cell.x += p.x;
          cell.y += p.y;
        } else {
          cells.set(key, { members: [e], x: p.x, y: p.y });
        }
      }
      const layers = [];
      for (const { members, x, y } of cells.values()) {
        const n = members.length;
        layers.push(n === 1 ? circle(members[0]) : bubble(members, map.unproject([x / n, y / n], zoom)));
      }
      layer.clearLayers();
      layers.forEach((made) => layer.addLayer(made));
    }

    map.on("zoomend moveend", redraw);
    // Shows `list` (events with a latitude and longitude) instead of what was shown.
    function show(list) {
      events = list;
      redraw();
    }
    return { show };
  }

  window.Clusters = { create };
})();
