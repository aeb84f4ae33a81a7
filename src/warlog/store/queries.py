"""Read-side queries behind `warlog events`, `warlog stories` and `warlog show`.

Each returns plain pandas frames, so the commands only render and notebooks can call them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from warlog.errors import Errors, WarlogError
from warlog.store.duckdb_store import Store

#: Report modalities that make events, as ``warlog.extract.modality.EVENT_MODALITIES`` (not imported here:
#: the extractor loads spaCy, which the read-only commands and the web view do without).
COUNTED_MODALITIES = ("reported", "ongoing")

#: Columns of `warlog events`, with short headings where the export name is long.
EVENT_LIST_COLUMNS = ("event_id", "event_date AS date", "country", "location", "sub_event_type", "actor1", "actor2",
                      "fatalities_best AS killed", "civilian_fatalities_best AS civilians", "injured_best AS injured",
                      "n_sources AS sources", "grade")


#: Columns of an event in `warlog events --format json` and in the JSON the web view reads.
EVENT_JSON_COLUMNS = ("event_id", "story_id", "event_date", "date_precision", "event_type", "sub_event_type",
                      "actor1", "actor2", "location", "admin1", "country", "country_name", "latitude", "longitude",
                      "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high",
                      "civilian_fatalities_best", "injured_best", "n_sources", "outlets", "claimants", "grade",
                      "disputed")


@dataclass
class EventFilter:
    """Filters of `warlog events` and of the web view; every one is optional."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    grade: str | None = None
    limit: int | None = None
    admin1: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    outlet: str | None = None
    disputed: bool | None = None

    def where(self) -> tuple[str, list]:
        """``WHERE ...`` for the events table (empty when nothing is filtered), and its parameters."""
        clauses, params = [], []
        for field, clause in _EVENT_CLAUSES:
            value = getattr(self, field)
            if value is None or value == "":
                continue
            clauses.append(clause)
            params += [value] * clause.count("?")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


#: Each filter of :class:`EventFilter` and the clause it adds; every ``?`` takes the filter's value.
_EVENT_CLAUSES = (
    ("country", "lower(country) = lower(?)"),
    ("admin1", "admin1 = ?"),
    ("sub_event_type", "sub_event_type = ?"),
    ("actor", "? IN (actor1, actor2, assoc_actor_1, assoc_actor_2)"),
    ("outlet", "list_contains(outlets, ?)"),
    ("disputed", "disputed = ?"),
    ("since", "event_date >= ?"),
    ("until", "event_date <= ?"),
    ("event_type", "(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))"),
    ("grade", "grade = ?"),
)


def list_events(store: Store, filters: EventFilter) -> pd.DataFrame:
    where, params = filters.where()
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    sql = (f"SELECT {', '.join(EVENT_LIST_COLUMNS)} FROM events{where} "
           f"ORDER BY event_date DESC NULLS LAST, event_id{limit}")
    return store.con.execute(sql, params).df()


def event_json(store: Store, filters: EventFilter) -> str:
    """Events as one JSON array of objects with :data:`EVENT_JSON_COLUMNS`, newest first, as `warlog events
    --format json` prints it and the web view reads it. DuckDB writes the JSON: at 10,000 events that is
    several times faster than building Python dicts."""
    where, params = filters.where()
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    columns = ", ".join(f"{c} := {c}" for c in EVENT_JSON_COLUMNS)
    sql = (f"SELECT coalesce(CAST(to_json(list(struct_pack({columns}) ORDER BY event_date DESC NULLS LAST, event_id)) "
           f"AS VARCHAR), '[]') FROM (SELECT * FROM events{where} ORDER BY event_date DESC NULLS LAST, event_id{limit})")
    return store.con.execute(sql, params).fetchall()[0][0]


#: Columns the map page needs of each event, and which of them it gets as codes into a table of values.
POINT_COLUMNS = ("event_id", "event_date", "latitude", "longitude", "location", "fatalities_best",
                 "civilian_fatalities_best", "n_sources", "disputed")
POINT_CODED_COLUMNS = ("country", "country_name", "admin1", "event_type", "sub_event_type", "actor1", "actor2",
                       "grade", "outlets")


def event_points(store: Store, filters: EventFilter) -> dict:
    """The events the map page draws, newest first, as columns rather than one object per event: a list per
    column of :data:`POINT_COLUMNS`, and for each of :data:`POINT_CODED_COLUMNS` the distinct values once
    and an index into them per event (a list of indexes for ``outlets``). At 10,000 events this is a sixth of
    :func:`event_json`'s size, and the page reads it several times faster; the list's other columns stay in
    the event page."""
    where, params = filters.where()
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    names = POINT_COLUMNS + POINT_CODED_COLUMNS
    # Five decimals of a degree is about a metre: more is noise on a map, and a third of the payload.
    selected = ", ".join({"event_date": "CAST(event_date AS VARCHAR)", "latitude": "round(latitude, 5)",
                          "longitude": "round(longitude, 5)"}.get(c, c) for c in names)
    rows = store.con.execute(f"SELECT {selected} FROM events{where} ORDER BY event_date DESC NULLS LAST, event_id"
                             f"{limit}", params).fetchall()
    columns = dict(zip(names, map(list, zip(*rows)))) if rows else {name: [] for name in names}
    points: dict = {name: columns[name] for name in POINT_COLUMNS}
    for name in POINT_CODED_COLUMNS:
        values: dict = {}
        if name == "outlets":
            codes = [[values.setdefault(o, len(values)) for o in (row or [])] for row in columns[name]]
        else:
            codes = [values.setdefault(v, len(values)) for v in columns[name]]
        points[name] = {"values": list(values), "codes": codes}
    return {"count": len(rows), **points}


def facets(store: Store) -> dict[str, list]:
    """The values each filter of the web view can take, with how many events have each."""
    def counted(expression: str) -> list[list]:
        return [list(r) for r in store.con.execute(
            f"SELECT {expression} AS v, count(*) AS n FROM events WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v"
        ).fetchall()]

    countries = store.con.execute(
        "SELECT country, any_value(country_name), count(*) AS n FROM events WHERE country IS NOT NULL "
        "GROUP BY country ORDER BY n DESC, country").fetchall()
    return {
        "country": [list(r) for r in countries],
        "admin1": counted("admin1"),
        "type": counted("event_type"),
        "sub_type": counted("sub_event_type"),
        "actor": [list(r) for r in store.con.execute(
            "SELECT a, count(*) AS n FROM (SELECT unnest([actor1, actor2]) AS a FROM events) WHERE a IS NOT NULL "
            "GROUP BY a ORDER BY n DESC, a").fetchall()],
        "outlet": [list(r) for r in store.con.execute(
            "SELECT o, count(*) AS n FROM (SELECT unnest(outlets) AS o FROM events) GROUP BY o ORDER BY n DESC, o"
        ).fetchall()],
        "grade": counted("grade"),
    }


def find_event_id(store: Store, prefix: str) -> str | None:
    """The one event whose id starts with ``prefix``; None when none does.

    Raises:
        WarlogError: when several do.
    """
    rows = [r[0] for r in store.con.execute(
        "SELECT event_id FROM events WHERE starts_with(event_id, ?) ORDER BY event_id LIMIT 4", [prefix]).fetchall()]
    if len(rows) > 1:
        count = store.con.execute("SELECT count(*) FROM events WHERE starts_with(event_id, ?)", [prefix]).fetchall()
        raise WarlogError(Errors.E015.format(prefix=prefix, count=count[0][0], examples=", ".join(rows[:3])))
    return rows[0] if rows else None


def list_stories(store: Store, limit: int | None = None) -> pd.DataFrame:
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    return store.con.execute(
        "SELECT s.story_id, s.first_published, s.last_published, len(s.article_ids) AS n_articles, s.outlets, "
        "(SELECT count(*) FROM events e WHERE e.story_id = s.story_id) AS n_events, s.title "
        f"FROM stories s ORDER BY s.first_published DESC NULLS LAST, s.story_id{limit_sql}"
    ).df()


@dataclass
class EventDetail:
    """An event and everything behind it: its reports with their articles, the claims beside them, and the
    story's planned or denied reports, which are shown but never counted."""

    event: pd.Series
    reports: pd.DataFrame
    claims: pd.DataFrame
    not_counted: pd.DataFrame


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    events = store.con.execute("SELECT * FROM events WHERE event_id = ?", [event_id]).df()
    if events.empty:
        return None
    event = events.iloc[0]
    reports = store.con.execute(
        "SELECT a.outlet, a.published, r.attributed_to AS source, r.modality, r.fatalities_best AS killed, "
        "r.injured_best AS injured, r.event_date AS date, r.location, r.sentence, "
        "r.article_id || ':' || r.char_start || '-' || r.char_end AS span "
        "FROM reports r JOIN articles a USING (article_id) WHERE list_contains(?, r.report_id) "
        "ORDER BY a.published, r.article_id, r.char_start", [list(event.report_ids)]
    ).df()
    claims = store.con.execute(
        "SELECT a.outlet, c.number_text AS figure, c.category, c.scope, c.claimant, c.stance, c.sentence "
        "FROM claims c JOIN articles a USING (article_id) JOIN reports r ON r.article_id = c.article_id "
        "AND c.char_start < r.char_end AND r.char_start < c.char_end "
        "WHERE list_contains(?, r.report_id) GROUP BY ALL ORDER BY a.outlet, c.sentence", [list(event.report_ids)]
    ).df()
    not_counted = store.con.execute(
        "SELECT a.outlet, r.sub_event_type, r.modality, r.attributed_to AS source, r.sentence "
        "FROM reports r JOIN articles a USING (article_id) JOIN stories s ON list_contains(s.article_ids, r.article_id) "
        "WHERE s.story_id = ? AND NOT list_contains(?, r.modality) ORDER BY a.outlet, r.char_start",
        [event.story_id, list(COUNTED_MODALITIES)]
    ).df()
    return EventDetail(event, reports, claims, not_counted)
