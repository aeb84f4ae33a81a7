"""Where each field of an event comes from: its reports' words, or the rule that set it.

Each link step rebuilds events from their reports, choosing every field among the reports' values
(the most precise place, the day most articles give, the most conservative toll, the commonest
actor: :func:`warlog.link.events.build_events`). So the sources of an event's field are found here,
when asked, as the reports behind the event that give the event's value, each with its own words for
it (table ``field_spans``), and the claims that give a toll's figure; nothing is stored twice, and
the link step, which other work changes often, needs no hook. A value that no report gives was set
by an event-level coding rule, named in the row. The rows are the view ``event_fields``
(:data:`warlog.schema.VIEWS`).
DOCS: docs/output.md#provenance
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import pyarrow as pa

from warlog.models import IN_TITLE, FieldSource
from warlog.schema import VIEWS
from warlog.store.duckdb_store import Store, arrow_schema

#: Event fields traced, each with the report fields whose value it takes and the report field span
#: that tells it. An event's sides may be a report's other side or an ally (a crowd event's actor1
#: is ACLED's crowd, and the police the report led with its actor2).
_ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_COUNT_KINDS = ("fatalities", "civilian_fatalities", "injured")
_BOUNDS = ("low", "best", "high")

#: Why an event holds a value that none of its reports gives.
EVENT_RULES = {
    "actor": "ACLED's coding of a side the text leaves unnamed or names otherwise (civilians, an unidentified "
             "armed group, the police, a crowd named after where it gathers)",
    "zero": "no report gives a figure: ACLED codes none as 0",
    "maybe_dead": "every outlet's wounded may be the dead (told only as shot): none known hurt besides",
    "event_date": "no text dates this event: the earliest day its story's news gives an event of its kind",
    "other": "set when the reports were merged",
}
NO_SPAN_RULE = "no field span stored: the article was extracted before warlog kept them (`warlog reextract --all`)"


def event_field_sources(store: Store, event_ids: Iterable[str] | None = None) -> list[FieldSource]:
    """The sources of every traced field of the events ``event_ids`` (all events when None), in field order.

    Example:
        >>> with Store("warlog.duckdb", read_only=True) as store:
        ...     [(s.field, s.surface, s.outlet) for s in event_field_sources(store, ["9c1f..."])]
        [('sub_event_type', 'air strike', 'Levant Wire'), ('location', 'Tabqa', 'Levant Wire'), ...]
    """
    wanted = None if event_ids is None else sorted(set(event_ids))
    events = _rows(store, "SELECT * FROM events" + ("" if wanted is None else " WHERE list_contains(?, event_id)")
                   + " ORDER BY event_id", [] if wanted is None else [wanted])
    report_ids = sorted({r for event in events for r in event["report_ids"]})
    reports = {row["report_id"]: row for row in _rows(
        store, "SELECT r.*, a.outlet, a.published FROM reports r JOIN articles a USING (article_id) "
               "WHERE list_contains(?, r.report_id)", [report_ids])}
    spans: dict[tuple[str, str], list[dict]] = {}
    for row in _rows(store, "SELECT * FROM field_spans WHERE record_kind = 'report' AND list_contains(?, record_id) "
                            "ORDER BY record_id, field, part", [report_ids]):
        spans.setdefault((row["record_id"], row["field"]), []).append(row)
    claims = _toll_claims(store, report_ids)
    sources: list[FieldSource] = []
    for event in events:
        members = [reports[r] for r in event["report_ids"] if r in reports]
        sources.extend(_event_sources(event, members, spans, claims))
    return sources


def _rows(store: Store, sql: str, params: list) -> list[dict]:
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _event_sources(event: dict, members: list[dict], spans: dict, claims: dict) -> list[FieldSource]:
    sources = []
    sources += _matching(event, "sub_event_type", members, [("sub_event_type", "trigger")], spans)
    for field in _ACTOR_FIELDS:
        sources += _actor_sources(event, field, members, spans)
    sources += _matching(event, "target", members, [("target", "target")], spans)
    sources += _matching(event, "location", members, [("location", "location")], spans,
                         same=lambda r: r["latitude"] == event["latitude"] and r["longitude"] == event["longitude"])
    sources += _matching(event, "event_date", members, [("event_date", "event_date")], spans, rule="event_date")
    for kind in _COUNT_KINDS:
        for bound in _BOUNDS:
            sources += _toll_sources(event, kind, bound, members, spans, claims)
    return sources


def _actor_sources(event: dict, field: str, members: list[dict], spans: dict) -> list[FieldSource]:
    """An event's side with the reports that name it, as any of their sides or allies; each of several
    associated actors ('A; B') on its own."""
    value = event[field]
    if not value:
        return []
    names = value.split("; ") if field.startswith("assoc") else [value]
    found = []
    for name in names:
        one = dict(event, **{field: name})
        found += _matching(one, field, members, [(f, f) for f in _ACTOR_FIELDS], spans, rule="actor",
                           contains=True)
    return found


def _matching(event: dict, field: str, members: list[dict], report_fields: list[tuple[str, str]], spans: dict,
              *, rule: str = "other", same=None, contains: bool = False) -> list[FieldSource]:
    """A row per report (and per span of its words) whose own value of one of ``report_fields`` is the
    event's; one row naming the event-level rule when none is."""
    value = event[field]
    if value is None:
        return []
    found = []
    for report in members:
        for report_field, span_field in report_fields:
            given = report[report_field]
            agrees = given is not None and (value in given.split("; ") if contains else given == value)
            if agrees and (same is None or same(report)):
                found += _report_rows(event, field, value, report, spans.get((report["report_id"], span_field), []))
                break
    return found or [_rule_row(event, field, value, EVENT_RULES[rule])]


def _report_rows(event: dict, field: str, value, report: dict, spans: list[dict]) -> list[FieldSource]:
    base = dict(event_id=event["event_id"], field=field, value=_text(value), record_kind="report",
                record_id=report["report_id"], article_id=report["article_id"], outlet=report["outlet"],
                published=report["published"], sentence=report["sentence"], evidence_in=report["evidence_in"],
                evidence_start=report["char_start"], evidence_end=report["char_end"])
    if not spans:
        return [FieldSource(**base, rule=NO_SPAN_RULE)]
    return [FieldSource(**base, char_start=s["char_start"], char_end=s["char_end"], surface=s["surface"],
                        derivation=s["derivation"], rule=s["rule"]) for s in spans]


def _rule_row(event: dict, field: str, value, rule: str) -> FieldSource:
    return FieldSource(event_id=event["event_id"], field=field, value=_text(value), derivation="convention", rule=rule)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _bound(report: dict, kind: str, bound: str) -> int | None:
    """A report's bound of a toll; a missing low or high is its best, as events read it."""
    value = report[f"{kind}_{bound}"]
    return report[f"{kind}_best"] if value is None else value


def _toll_sources(event: dict, kind: str, bound: str, members: list[dict], spans: dict,
                  claims: dict) -> list[FieldSource]:
    """The reports whose own figure is the event's bound of a toll, with the claims giving that figure in
    their sentences (who says so); a 0 no report gives is ACLED's convention."""
    field, value = f"{kind}_{bound}", event[f"{kind}_{bound}"]
    if value is None:
        return []
    found = []
    for report in members:
        if report[f"{kind}_best"] is not None and _bound(report, kind, bound) == value:
            rows = _report_rows(event, field, value, report, spans.get((report["report_id"], kind), []))
            given = [claim for claim in claims.get(report["report_id"], [])
                     if claim["category"] in _CLAIM_CATEGORIES[kind] and claim["value_best"] == value]
            found += _with_claimants(rows, given, event, field, value)
    if found:
        return found
    rule = "maybe_dead" if kind == "injured" and value == 0 and any(r["injured_best"] for r in members) else (
        "zero" if value == 0 else "other")
    return [_rule_row(event, field, value, EVENT_RULES[rule])]


#: Claim categories that count each kind of toll.
_CLAIM_CATEGORIES = {"fatalities": {"killed", "civilians_killed"}, "civilian_fatalities": {"civilians_killed"},
                     "injured": {"injured"}}


def _toll_claims(store: Store, report_ids: list[str]) -> dict[str, list[dict]]:
    """By report, the casualty claims in its evidence, with the span of their figure."""
    found: dict[str, list[dict]] = {}
    for row in _rows(store, "SELECT r.report_id, c.claim_id, c.article_id, c.category, c.value_best, c.claimant, "
                            "c.sentence, c.char_start AS evidence_start, c.char_end AS evidence_end, "
                            "f.char_start, f.char_end, f.surface, f.derivation, f.rule, a.outlet, a.published "
                            "FROM reports r JOIN claims c ON c.article_id = r.article_id "
                            "AND c.char_start < r.char_end AND r.char_start < c.char_end "
                            "JOIN articles a ON a.article_id = c.article_id "
                            "LEFT JOIN field_spans f ON f.record_kind = 'claim' AND f.record_id = c.claim_id "
                            "AND f.field = 'value' AND f.part = 0 "
                            "WHERE list_contains(?, r.report_id) AND r.evidence_in IS DISTINCT FROM ? "
                            "AND c.category IN "
                            "('killed', 'civilians_killed', 'injured') ORDER BY c.char_start, c.claim_id",
                            [report_ids, IN_TITLE]):
        found.setdefault(row.pop("report_id"), []).append(row)
    return found


def _with_claimants(rows: list[FieldSource], claims: list[dict], event: dict, field: str,
                    value) -> list[FieldSource]:
    """A report's rows of a toll, each saying who gives the figure its words tell (the claim on the same
    words); a claim on other words of the report's sentences is a row of its own."""
    by_span = {(row.char_start, row.char_end): row for row in rows}
    extra = []
    for claim in claims:
        row = by_span.get((claim["char_start"], claim["char_end"]))
        if row is None:
            extra.append(_claim_row(event, field, value, claim))
        else:
            row.rule = "; ".join(filter(None, (row.rule, _claimant(claim))))
    return rows + extra


def _claimant(claim: dict) -> str:
    return f"given by {claim['claimant']}" if claim["claimant"] else "the outlet's own figure"


def _claim_row(event: dict, field: str, value, claim: dict) -> FieldSource:
    return FieldSource(event_id=event["event_id"], field=field, value=_text(value), record_kind="claim",
                       record_id=claim["claim_id"], article_id=claim["article_id"], outlet=claim["outlet"],
                       published=claim["published"], sentence=claim["sentence"],
                       evidence_start=claim["evidence_start"], evidence_end=claim["evidence_end"],
                       char_start=claim["char_start"], char_end=claim["char_end"], surface=claim["surface"],
                       derivation=claim["derivation"] or None,
                       rule="; ".join(filter(None, (claim["rule"], _claimant(claim)))))


def register_event_fields(store: Store, event_ids: list[str] | None = None) -> int:
    """Make the view ``event_fields`` of ``event_ids`` (all events when None) queryable on the store's
    connection, as exports and :meth:`Store.table` read tables; return its row count."""
    names = [column.name for column in VIEWS["event_fields"]]
    rows = [asdict(source) for source in event_field_sources(store, event_ids)]
    table = pa.Table.from_pylist([{n: row[n] for n in names} for row in rows], schema=arrow_schema("event_fields"))
    store.con.register("event_fields", table)
    return table.num_rows
