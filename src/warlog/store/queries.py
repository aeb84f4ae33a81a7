"""Read-side queries behind `warlog events`, `warlog stories` and `warlog show`.

Each returns plain pandas frames, so the commands only render and notebooks can call them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from warlog.store.duckdb_store import Store

#: Columns of `warlog events`, with short headings where the export name is long.
EVENT_LIST_COLUMNS = ("event_id", "event_date AS date", "country", "location", "sub_event_type", "actor1", "actor2",
                      "fatalities_best AS killed", "civilian_fatalities_best AS civilians", "injured_best AS injured",
                      "n_sources AS sources", "grade")


@dataclass
class EventFilter:
    """Filters of `warlog events`; every one is optional."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    grade: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.country:
            clauses.append("lower(country) = lower(?)")
            params.append(self.country)
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.event_type:
            clauses.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            params += [self.event_type, self.event_type]
        if self.grade:
            clauses.append("grade = ?")
            params.append(self.grade)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_events(store: Store, filters: EventFilter) -> pd.DataFrame:
    where, params = filters.where()
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    sql = (f"SELECT {', '.join(EVENT_LIST_COLUMNS)} FROM events{where} "
           f"ORDER BY event_date DESC NULLS LAST, event_id{limit}")
    return store.con.execute(sql, params).df()


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
        "WHERE s.story_id = ? AND r.modality NOT IN ('reported', 'ongoing') ORDER BY a.outlet, r.char_start", [event.story_id]
    ).df()
    return EventDetail(event, reports, claims, not_counted)
