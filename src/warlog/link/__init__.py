"""Linking: wire copies, stories and events across the whole database."""

from __future__ import annotations

from warlog.link.copies import LinkArticle, find_copies
from warlog.link.events import EVENT_MODALITIES, build_events
from warlog.link.stories import Happening, group_stories
from warlog.models import Report
from warlog.schema import column_names
from warlog.store import Store


def happenings(reports: list[Report]) -> dict[str, set[Happening]]:
    """Per article, the located happenings it reports (planned and denied events are no happenings)."""
    found: dict[str, set[Happening]] = {}
    for report in reports:
        if report.modality in EVENT_MODALITIES and report.location:
            place = str(report.geonameid) if report.geonameid else report.location.lower()
            found.setdefault(report.article_id, set()).add(Happening(report.event_type, place, report.event_date))
    return found


def link(store: Store) -> dict[str, int]:
    """Recompute copies, stories and events from the stored articles and reports."""
    rows = store.con.execute(
        "SELECT article_id, text, title, published, outlet FROM articles WHERE extracted ORDER BY article_id"
    ).fetchall()
    articles = [LinkArticle(*row) for row in rows]
    copy_of = find_copies(articles)
    names = column_names("reports")
    reports = [Report(**dict(zip(names, row))) for row in store.con.execute(
        f"SELECT {', '.join(names)} FROM reports ORDER BY report_id").fetchall()]
    stories = group_stories(articles, copy_of, happenings(reports))
    events = build_events(
        stories,
        reports,
        published={a.article_id: a.published for a in articles},
        outlet_of={a.article_id: a.outlet for a in articles},
        copy_of=copy_of,
    )
    store.replace_links(stories, events, copy_of)
    return {"stories": len(stories), "events": len(events), "copies": sum(1 for v in copy_of.values() if v)}


__all__ = ["link"]
