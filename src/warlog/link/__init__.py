"""Linking: wire copies, stories and events across the whole database."""

from __future__ import annotations

from warlog.link.copies import LinkArticle, find_copies
from warlog.link.events import build_events
from warlog.link.stories import group_stories
from warlog.models import Report
from warlog.schema import column_names
from warlog.store import Store


def link(store: Store) -> dict[str, int]:
    """Recompute copies, stories and events from the stored articles and reports."""
    rows = store.con.execute(
        "SELECT article_id, text, title, published, outlet FROM articles WHERE extracted ORDER BY article_id"
    ).fetchall()
    articles = [LinkArticle(*row) for row in rows]
    copy_of = find_copies(articles)
    stories = group_stories(articles, copy_of)
    names = column_names("reports")
    reports = [Report(**dict(zip(names, row))) for row in store.con.execute(
        f"SELECT {', '.join(names)} FROM reports ORDER BY report_id").fetchall()]
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
