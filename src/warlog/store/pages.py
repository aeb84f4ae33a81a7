"""Read-side queries behind the web view's event, story and claims pages and the briefing.

Each returns plain dicts and lists, ready for a template or JSON: the page only lays them out. Evidence
is returned as *segments* of a sentence, each with the kind of thing it shows (trigger, figure,
place, date) or none, so a template escapes every piece of article text and never builds markup
from it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from warlog.dates.grammar import find_expressions
from warlog.export.analyst import records
from warlog.models import IN_TITLE
from warlog.store.duckdb_store import Store
from warlog.store.provenance import event_field_sources
from warlog.store.queries import COUNTED_MODALITIES

#: Claim categories that count people killed or hurt: the figures an event page sets side by side.
CASUALTY_CATEGORIES = ("killed", "civilians_killed", "injured")


def _rows(store: Store, sql: str, params: list | None = None) -> list[dict]:
    return list(records(store.con.sql(sql, params=params or []).to_arrow_reader(4096)))


@dataclass
class Mark:
    start: int
    end: int
    kind: str


def _find(sentence: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    match = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", sentence, flags=re.IGNORECASE)
    return match.span() if match else None


def segments(sentence: str, marks: list[Mark]) -> list[tuple[str, str | None]]:
    """``sentence`` cut into (text, kind) pieces; overlapping marks keep the one that starts first."""
    pieces, at = [], 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < at or mark.end <= mark.start:
            continue
        if mark.start > at:
            pieces.append((sentence[at:mark.start], None))
        pieces.append((sentence[mark.start:mark.end], mark.kind))
        at = mark.end
    if at < len(sentence):
        pieces.append((sentence[at:], None))
    return pieces


def report_marks(report: dict, figures: list[str]) -> list[Mark]:
    """Where the trigger, the figures, the place and the dates stand in a report's sentence."""
    sentence = report["sentence"] or ""
    marks = []
    for kind, needles in (("trigger", [report.get("trigger")]), ("figure", figures),
                          ("place", [report.get("location"), report.get("admin1")])):
        for needle in needles:
            span = _find(sentence, needle)
            if span:
                marks.append(Mark(*span, kind))
                if kind == "place":
                    break
    marks.extend(Mark(e.start, e.end, "date") for e in find_expressions(sentence))
    return marks


def grade_reason(event: dict) -> str:
    """Why the event has its grade, in the order the grades are tried (docs/output.md)."""
    grade = event.get("grade")
    if grade == "contested":
        return "The story also holds a denial of an event of this kind."
    if grade == "confirmed":
        return f"A report attributes the event to its own perpetrator, {event.get('actor1')}."
    if grade == "fair":
        return f"{event.get('n_sources')} independent sources report it (wire copies count once)."
    return "Only one independent source reports it."


@dataclass
class ArticleBlock:
    """One article behind an event: its reports with their evidence, and its wire copies folded under it."""

    article: dict
    reports: list[dict] = field(default_factory=list)
    copies: list[dict] = field(default_factory=list)


def event_page(store: Store, event_id: str) -> dict | None:
    """Everything the event page shows, or None when there is no such event."""
    found = _rows(store, "SELECT * FROM events WHERE event_id = ?", [event_id])
    if not found:
        return None
    event = found[0]
    reports = _rows(store, "SELECT r.*, a.outlet, a.title, a.url, a.published, a.copy_of FROM reports r "
                           "JOIN articles a USING (article_id) WHERE list_contains(?, r.report_id) "
                           "ORDER BY a.published, r.article_id, r.char_start", [event["report_ids"]])
    claims = _rows(store, "SELECT c.* FROM claims c WHERE list_contains(?, c.article_id) ORDER BY c.char_start",
                   [event["article_ids"]])
    blocks: dict[str, ArticleBlock] = {}
    for report in reports:
        inside = [c for c in claims if c["article_id"] == report["article_id"] and report["evidence_in"] != IN_TITLE
                  and c["char_start"] < report["char_end"] and report["char_start"] < c["char_end"]]
        report["claims"] = inside
        report["segments"] = segments(report["sentence"] or "", report_marks(report, [c["number_text"] for c in inside]))
        article = {k: report[k] for k in ("article_id", "outlet", "title", "url", "published", "copy_of")}
        blocks.setdefault(report["article_id"], ArticleBlock(article)).reports.append(report)
    originals = [b for b in blocks.values() if not b.article["copy_of"] or b.article["copy_of"] not in blocks]
    for block in blocks.values():
        if block not in originals:
            blocks[block.article["copy_of"]].copies.append(block.article)
    return {
        "event": event,
        "grade_reason": grade_reason(event),
        "articles": originals,
        "figures": [r for r in reports if r["modality"] in COUNTED_MODALITIES],
        "disputes": _disputes(store, event["story_id"]),
        "sources": field_sources(store, event_id),
        "not_counted": _rows(store, "SELECT r.*, a.outlet FROM reports r JOIN articles a USING (article_id) "
                                    "JOIN stories s ON list_contains(s.article_ids, r.article_id) WHERE s.story_id = ? "
                                    "AND NOT list_contains(?, r.modality) ORDER BY a.outlet, r.char_start",
                             [event["story_id"], list(COUNTED_MODALITIES)]),
    }


def field_sources(store: Store, event_id: str) -> list[dict]:
    """Each traced field of the event with its value and its sources, one per outlet, words and rule: what
    the event page lists under 'Where each field comes from' (:mod:`warlog.store.provenance`)."""
    fields: dict[str, dict] = {}
    for source in event_field_sources(store, [event_id]):
        entry = fields.setdefault(source.field, {"field": source.field, "value": source.value, "sources": []})
        span = f"{source.article_id[:12]}:{source.char_start}-{source.char_end}" if source.char_start is not None else None
        item = {"surface": source.surface, "outlet": source.outlet, "derivation": source.derivation,
                "rule": source.rule, "span": span}
        if item not in entry["sources"]:
            entry["sources"].append(item)
    return list(fields.values())


def _disputes(store: Store, story_id: str) -> list[dict]:
    """The story's disputes, each with its sides from the lowest figure up."""
    sides = _rows(store, "SELECT * FROM disputes WHERE story_id = ? ORDER BY dispute_id, side", [story_id])
    grouped: dict[str, list[dict]] = defaultdict(list)
    for side in sides:
        grouped[side["dispute_id"]].append(side)
    return [{"sides": s, "note": s[0]["note"], "kind": s[0]["kind"], "category": s[0]["category"]}
            for s in grouped.values()]


def story_page(store: Store, story_id: str) -> dict | None:
    """One story across outlets: for each outlet its headlines, toll, whom it blames, whom it cites, its words."""
    found = _rows(store, "SELECT * FROM stories WHERE story_id = ?", [story_id])
    if not found:
        return None
    story = found[0]
    articles = _rows(store, "SELECT article_id, outlet, title, url, published, copy_of FROM articles "
                            "WHERE list_contains(?, article_id) ORDER BY published, article_id", [story["article_ids"]])
    reports = _rows(store, "SELECT * FROM reports WHERE list_contains(?, article_id) AND list_contains(?, modality) "
                           "ORDER BY char_start", [story["article_ids"], list(COUNTED_MODALITIES)])
    claims = _rows(store, "SELECT * FROM claims WHERE list_contains(?, article_id) ORDER BY char_start",
                   [story["article_ids"]])
    outlets: dict[str, dict] = {}
    for article in articles:
        outlet = outlets.setdefault(article["outlet"] or "(unknown outlet)", {
            "name": article["outlet"] or "(unknown outlet)", "articles": [], "toll": None, "blames": [], "cites": [],
            "words": []})
        outlet["articles"].append(article)
        mine = [r for r in reports if r["article_id"] == article["article_id"]]
        said = [c for c in claims if c["article_id"] == article["article_id"]]
        tolls = [r["fatalities_best"] for r in mine if r["fatalities_best"]]
        tolls += [int(c["value_best"]) for c in said if c["category"] in ("killed", "civilians_killed")
                  and c["scope"] == "incident" and c["value_best"] is not None]
        if tolls:
            outlet["toll"] = max(tolls + [outlet["toll"] or 0])
        _add(outlet["blames"], (r["actor1"] for r in mine))
        _add(outlet["cites"], [r["attributed_to"] for r in mine] + [c["claimant"] for c in said])
        _add(outlet["words"], (r["trigger"] for r in mine))
    events = _rows(store, "SELECT event_id, event_date, sub_event_type, location, fatalities_best, grade, disputed "
                          "FROM events WHERE story_id = ? ORDER BY event_date, event_id", [story_id])
    return {"story": story, "outlets": list(outlets.values()), "events": events,
            "disputes": _disputes(store, story_id)}


def _add(values: list, new) -> None:
    for value in new:
        if value and value not in values:
            values.append(value)


def claims_series(store: Store, categories: tuple[str, ...] = ("killed", "civilians_killed"),
                  country: str | None = None) -> dict[str, list[dict]]:
    """Cumulative figures by claimant over time: each claim with its period and when it was published."""
    country_sql = ("AND c.article_id IN (SELECT article_id FROM reports WHERE lower(country) = lower(?))"
                   if country else "")
    rows = _rows(store, "SELECT c.claim_id, c.claimant, c.claimant_type, c.category, c.number_text, c.value_low, "
                        "c.value_best, c.value_high, c.period_start, c.period_end, c.stance, c.sentence, "
                        "a.outlet, a.title, CAST(a.published AS DATE) AS published, a.article_id "
                        "FROM claims c JOIN articles a USING (article_id) "
                        f"WHERE c.scope = 'cumulative' AND list_contains(?, c.category) {country_sql} "
                        "ORDER BY coalesce(c.period_end, CAST(a.published AS DATE)), c.claim_id",
                 [list(categories), *([country] if country else [])])
    series: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        series[row["claimant"] or f"{row['outlet']} (own voice)"].append(row)
    return dict(series)
