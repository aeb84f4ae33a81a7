"""The briefing's map and timeline, drawn offline with matplotlib as PNG bytes.

The map draws the same Natural Earth outlines as the web view (:mod:`warlog.web.outlines`) with the
events as circles sized by people killed; the timeline stacks events per day (or week) by type with
deaths on a second axis. Colours follow the web view's, so a reader of both sees one legend.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - the backend is chosen first, for machines without a display
from matplotlib.collections import PolyCollection  # noqa: E402

from warlog.web.outlines import outlines  # noqa: E402

TYPE_COLOURS = {"Battles": "#D55E00", "Explosions/Remote violence": "#0072B2",
                "Violence against civilians": "#CC79A7", "Protests": "#009E73", "Riots": "#E69F00",
                "Strategic developments": "#56B4E9"}
OTHER = "#000000"


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def _rings(geometry: dict):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        yield polygon[0]


def map_png(events: list[dict]) -> bytes | None:
    placed = [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]
    if not placed:
        return None
    lons = [e["longitude"] for e in placed]
    lats = [e["latitude"] for e in placed]
    pad = max(2.0, (max(lons) - min(lons)) * 0.15, (max(lats) - min(lats)) * 0.15)
    figure, axes = plt.subplots(figsize=(8, 5.5))
    rings = [ring for f in outlines()["features"] for ring in _rings(f["geometry"])]
    axes.add_collection(PolyCollection(rings, facecolors="#f3f0e8", edgecolors="#8a97a6", linewidths=0.5))
    axes.set_facecolor("#dfe9f2")
    for kind in sorted({e["event_type"] for e in placed}):
        mine = [e for e in placed if e["event_type"] == kind]
        axes.scatter([e["longitude"] for e in mine], [e["latitude"] for e in mine],
                     s=[20 + 8 * (e["fatalities_best"] or 0) for e in mine], c=TYPE_COLOURS.get(kind, OTHER),
                     alpha=0.75, edgecolors="#222", linewidths=0.5, label=kind, zorder=3)
    axes.set_xlim(min(lons) - pad, max(lons) + pad)
    axes.set_ylim(min(lats) - pad, max(lats) + pad)
    axes.set_aspect("equal")
    axes.legend(loc="lower left", fontsize=7, framealpha=0.9)
    axes.set_title("Events (circle area: people killed)", fontsize=10)
    return _png(figure)


def timeline_png(events: list[dict]) -> bytes | None:
    dated = [e for e in events if e.get("event_date")]
    if not dated:
        return None
    days = [date.fromisoformat(e["event_date"]) for e in dated]
    first = min(days)
    step = 1 if (max(days) - first).days <= 120 else 7
    counts: dict[str, Counter] = defaultdict(Counter)
    deaths: Counter = Counter()
    for event, day in zip(dated, days):
        bucket = first + timedelta(days=(day - first).days // step * step)
        counts[event["event_type"]][bucket] += 1
        deaths[bucket] += event["fatalities_best"] or 0
    buckets = sorted({b for c in counts.values() for b in c})
    figure, axes = plt.subplots(figsize=(8, 3))
    bottom = [0] * len(buckets)
    for kind, by_bucket in sorted(counts.items()):
        heights = [by_bucket[b] for b in buckets]
        axes.bar(buckets, heights, width=step * 0.9, bottom=bottom, color=TYPE_COLOURS.get(kind, OTHER), label=kind)
        bottom = [a + b for a, b in zip(bottom, heights)]
    axes.set_ylabel(f"events per {'day' if step == 1 else 'week'}", fontsize=8)
    twin = axes.twinx()
    twin.plot(buckets, [deaths[b] for b in buckets], color="black", linewidth=1.2, marker=".", label="killed")
    twin.set_ylabel("people killed", fontsize=8)
    axes.legend(loc="upper left", fontsize=7)
    figure.autofmt_xdate()
    return _png(figure)
