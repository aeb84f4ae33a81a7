"""Geometry of the claims tracker's chart, computed here and drawn by the template as SVG.

The page needs no charting library and no script: Python places each claimant's figures on a
time axis (a dot where the figure was published or its period ends, a bar over the period it
covers) and the template writes the shapes, escaping every label.
"""

from __future__ import annotations

from datetime import date

WIDTH, HEIGHT = 900, 320
LEFT, RIGHT, TOP, BOTTOM = 60, 20, 20, 40
#: Colour-blind-safe palette (Okabe and Ito), one colour per claimant in turn.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")


def _day(value) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def claims_chart(series: dict[str, list[dict]]) -> dict | None:
    """Shapes for every claimant's cumulative figures over time, or None when there are none to draw."""
    points = [(claimant, claim, _day(claim["period_end"]) or _day(claim["published"]))
              for claimant, claims in series.items() for claim in claims if claim["value_best"] is not None]
    points = [p for p in points if p[2]]
    if not points:
        return None
    days = [p[2] for p in points] + [_day(c["period_start"]) for _, c, _ in points if c["period_start"]]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    top = max(c["value_high"] or c["value_best"] for _, c, _ in points) * 1.1 or 1

    def x(day: date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top, 1)

    lines = []
    for n, (claimant, claims) in enumerate(series.items()):
        mine = sorted(((c, d) for who, c, d in points if who == claimant), key=lambda cd: cd[1])
        if not mine:
            continue
        marks = [{"x": x(d), "y": y(c["value_best"]), "start": x(_day(c["period_start"])) if c["period_start"] else None,
                  "label": f"{claimant}: {c['number_text']} ({c['period_start'] or '…'} to {c['period_end'] or d})"}
                 for c, d in mine]
        lines.append({"claimant": claimant, "colour": PALETTE[n % len(PALETTE)], "marks": marks,
                      "path": " ".join(f"{m['x']},{m['y']}" for m in marks)})
    ticks = [round(top / 1.1 * k / 4) for k in range(5)]
    return {"width": WIDTH, "height": HEIGHT, "left": LEFT, "bottom": HEIGHT - BOTTOM, "right": WIDTH - RIGHT,
            "lines": lines, "first": first.isoformat(), "last": last.isoformat(),
            "yticks": [{"y": y(t), "label": f"{t:,}"} for t in ticks]}
