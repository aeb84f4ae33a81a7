"""Events in the layouts analysts already load: GeoJSON, ACLED's CSV and UCDP GED's CSV.

warlog's own columns say more than either dataset's (low/best/high everywhere, claimants, grade), so
each layout is a mapping from the events table: a column the record has goes across, a column it
cannot know (ACLED's ``tags``, UCDP's conflict and dyad ids) stays empty rather than invented.
Every layout keeps its dataset's column names and order, so a file lines up with theirs.

DOCS: docs/output.md
"""

from __future__ import annotations

import calendar
import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

import pycountry

#: ACLED's public export, column for column (acleddata.com export tool, 2023 layout).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

#: UCDP Georeferenced Event Dataset (GED) columns, in the order of its CSV release.
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)

#: UCDP counts organised violence only: the ACLED types that can be it.
UCDP_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")

#: ACLED geo precision (1 town, 2 near a town or part of a region, 3 region) to UCDP's where_prec
#: (1 exact place, 2 within 25 km, 4 first-level region).
_WHERE_PREC = {1: 1, 2: 2, 3: 4}
#: warlog's date precision to UCDP's date_prec (1 day, 3 week, 4 month, 5 year).
_DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
_STATE_FORCES, _CIVILIANS = 1, 7


def value(cell):
    """A cell as JSON-ready Python: dates and timestamps become ISO strings, lists stay lists."""
    if isinstance(cell, list):
        return [value(v) for v in cell]
    if isinstance(cell, (datetime, date)):
        return cell.isoformat()
    return cell


def records(batches: Iterable) -> Iterator[dict]:
    """Rows of Arrow record batches as JSON-ready dicts, one batch in memory at a time."""
    for batch in batches:
        for row in batch.to_pylist():
            yield {name: value(cell) for name, cell in row.items()}


def geojson_features(events: Iterable[dict]) -> Iterator[dict]:
    """RFC 7946 features: a point per placed event (longitude first), a null geometry where unplaced."""
    for event in events:
        lon, lat = event.get("longitude"), event.get("latitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
        yield {"type": "Feature", "id": event["event_id"], "geometry": geometry, "properties": event}


def write_geojson(events: Iterable[dict], stream: io.TextIOBase) -> None:
    """One FeatureCollection, written feature by feature so a large export never sits whole in memory."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    for n, feature in enumerate(geojson_features(events)):
        stream.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
    stream.write("\n]}\n")


def _joined(values) -> str:
    return "; ".join(v for v in values or () if v)


def _interaction(inter1, inter2) -> str:
    """ACLED's two-digit interaction code: the lower inter code first (10 for one actor alone)."""
    codes = sorted(int(c) for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def _numeric_iso(alpha_2: str | None):
    country = pycountry.countries.get(alpha_2=alpha_2) if alpha_2 else None
    return int(country.numeric) if country else None


def acled_row(event: dict) -> dict:
    day = event.get("event_date")
    civilians = event.get("civilian_fatalities_best") or 0
    targeted = event.get("inter2") == _CIVILIANS or event.get("event_type") == "Violence against civilians"
    return {
        "event_id_cnty": event["event_id"],
        "event_date": day,
        "year": day[:4] if day else None,
        "time_precision": event.get("time_precision"),
        "disorder_type": event.get("disorder_type"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "assoc_actor_1": event.get("assoc_actor_1"),
        "inter1": event.get("inter1"),
        "actor2": event.get("actor2"),
        "assoc_actor_2": event.get("assoc_actor_2"),
        "inter2": event.get("inter2"),
        "interaction": _interaction(event.get("inter1"), event.get("inter2")),
        "civilian_targeting": "Civilian targeting" if targeted or civilians else "",
        "iso": _numeric_iso(event.get("country")),
        "region": None,
        "country": event.get("country_name"),
        "admin1": event.get("admin1"),
        "admin2": event.get("admin2"),
        "admin3": event.get("admin3"),
        "location": event.get("location"),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": _joined(event.get("outlets")),
        "source_scale": None,
        "notes": event.get("notes"),
        "fatalities": event.get("fatalities_best") or 0,
        "tags": None,
        "timestamp": None,
    }


def ucdp_period(day: date, precision: str | None, first_told: date | None = None) -> tuple[date, date]:
    """UCDP's date_start and date_end around the day warlog codes an event on. warlog follows ACLED's
    codebook (``warlog.dates``): a month is coded on its 15th, a week or other span on its middle day,
    a year on its last; so a month or year is the whole calendar unit and a week runs three days either
    side, never past the first article that told of the event."""
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    if precision == "week":
        end = day + timedelta(days=3)
        return day - timedelta(days=3), min(end, first_told) if first_told and first_told >= day else end
    return day, day


def _first_told(sources: list[dict]) -> date | None:
    days = [date.fromisoformat(str(s["published"])[:10]) for s in sources if s.get("published")]
    return min(days, default=None)


def _type_of_violence(event: dict) -> int:
    """UCDP's 1 state-based, 2 non-state, 3 one-sided (against civilians)."""
    if event.get("event_type") == "Violence against civilians" or event.get("inter2") == _CIVILIANS:
        return 3
    if _STATE_FORCES in (event.get("inter1"), event.get("inter2")):
        return 1
    return 2


def ucdp_row(event: dict, articles: dict[str, dict]) -> dict:
    day = date.fromisoformat(event["event_date"]) if event.get("event_date") else None
    sources = [articles[a] for a in event.get("article_ids") or () if a in articles]
    best = event.get("fatalities_best") or 0
    civilians = event.get("civilian_fatalities_best") or 0
    lat, lon = event.get("latitude"), event.get("longitude")
    period = ucdp_period(day, event.get("date_precision"), _first_told(sources)) if day else None
    return {
        "id": event["event_id"],
        "year": day.year if day else None,
        "type_of_violence": _type_of_violence(event),
        "dyad_name": " - ".join(a for a in (event.get("actor1"), event.get("actor2")) if a),
        "side_a": event.get("actor1"),
        "side_b": event.get("actor2"),
        "number_of_sources": event.get("n_sources"),
        "source_article": _joined(f"\"{s.get('title') or ''}\", {s.get('outlet') or ''}, {s.get('published') or ''}"
                                  for s in sources),
        "source_office": _joined(event.get("outlets")),
        "source_date": _joined((s.get("published") or "")[:10] for s in sources),
        "source_headline": _joined(s.get("title") for s in sources),
        "source_original": _joined(event.get("claimants")),
        "where_prec": _WHERE_PREC.get(event.get("geo_precision")),
        "where_coordinates": event.get("location"),
        "where_description": event.get("location"),
        "adm_1": event.get("admin1"),
        "adm_2": event.get("admin2"),
        "latitude": lat,
        "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "country": event.get("country_name"),
        "event_clarity": 1,
        "date_prec": _DATE_PREC.get(event.get("date_precision")),
        "date_start": period[0].isoformat() if period else None,
        "date_end": period[1].isoformat() if period else None,
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": civilians,
        "deaths_unknown": max(best - civilians, 0),
        "best": best,
        "high": event.get("fatalities_high") or best,
        "low": event.get("fatalities_low") or best,
    }


def write_csv(rows: Iterable[dict], columns: tuple[str, ...], stream: io.TextIOBase) -> None:
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
