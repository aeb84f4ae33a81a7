"""Real-data scorers: warlog measured on professionally coded text nobody on the project wrote.

The labelled sets live outside the repository, in ``../shared/dev`` from the project root or wherever
``WARLOG_DEV_DATA`` points (their licences allow evaluation, not redistribution: nothing from them is
ever copied into the project, and no shipped model or table is fitted on them). A machine without them
skips each set with one line.

Every text goes through the path a user's input takes: a raw document, cleaned into an article
(:func:`warlog.clean.clean_document`), annotated and extracted by the local engine's workers, and its
reports merged into events by the link step's own rules (:func:`warlog.link.events.article_events`: the
article is its own story, so texts of the set are never merged with each other). A text's *event* is the first
event it tells of, in text order: coders' notes and incident summaries lead with their event.

``python -m warlog.eval real [SET...] [--limit N] [--errors N]`` (``make eval-real``) prints one table
per set and writes it as JSON under ``eval/results/``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from warlog.clean import clean_document
from warlog.engines.local import LocalEngine
from warlog.link.events import article_events
from warlog.places.distance import km_between
from warlog.models import Article, Claim, Event, Extraction, RawDocument, Report, Skip

ROOT = Path(__file__).resolve().parents[4]
#: ACLED codes a week of events at a time: a note is read as published a week after its event, so a
#: date that falls back to the publication day is never right by accident. A note that names only a
#: weekday ('on Tuesday') copies its source, published within six days of that weekday: read a week
#: later it is a week off under warlog's reading of news (docs/dates.md); ``--lag`` measures that.
PUBLICATION_LAG = timedelta(days=7)
_lag = PUBLICATION_LAG


def set_publication_lag(days: int) -> None:
    """How long after its event every note and summary is read as published (``--lag``)."""
    global _lag
    _lag = timedelta(days=days)


def dev_root() -> Path | None:
    """The folder of real labelled sets, or None on a machine that does not have them."""
    configured = os.environ.get("WARLOG_DEV_DATA")
    folder = Path(configured) if configured else ROOT.parent / "shared" / "dev"
    return folder if folder.is_dir() else None


def read_rows(path: Path, limit: int | None = None) -> list[dict]:
    """The rows of a JSONL set; with ``limit``, an evenly spaced sample (the sets are stratified in file
    order, so a stride keeps every class and country in proportion, and the same limit gives the same rows)."""
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    if limit is None or limit >= len(rows):
        return rows
    stride = len(rows) / limit
    return [rows[int(i * stride)] for i in range(limit)]


@dataclass
class Coded:
    """What warlog made of one text: the article (or why it was skipped), its events, reports and claims."""

    item_id: str
    article: Article | None = None
    skip: str | None = None
    reports: list[Report] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def event(self) -> Event | None:
        """The first event the text tells of."""
        return self.events[0] if self.events else None


def published_after(day: str | date, lag: timedelta | None = None) -> datetime:
    start = day if isinstance(day, date) else date.fromisoformat(day)
    return datetime.combine(start + (_lag if lag is None else lag), time(12))


#: Below this many texts, starting worker processes costs more than it saves.
_FEW = 64


def code_texts(items: Iterable[tuple[str, RawDocument]]) -> Iterator[Coded]:
    """Each ``(item_id, document)`` through clean, annotate, extract and event merging, in input order."""
    items = list(items)
    now = datetime.now().replace(microsecond=0)
    cleaned: list[tuple[str, Article | Skip]] = [(item_id, clean_document(doc, now=now)) for item_id, doc in items]
    articles = [article for _, article in cleaned if isinstance(article, Article)]
    extractions = iter(LocalEngine(1 if len(articles) < _FEW else None).map(articles))
    for item_id, article in cleaned:
        if isinstance(article, Skip):
            yield Coded(item_id, skip=article.reason)
            continue
        extraction = next(extractions)
        if isinstance(extraction, Skip):  # the engine turns an article that fails extraction into its skip
            yield Coded(item_id, skip=extraction.reason)
            continue
        yield Coded(item_id, article=article, reports=extraction.reports, claims=extraction.claims,
                    events=article_events(extraction))


def within_km(event: Event | None, latitude: float | None, longitude: float | None, km: float = 25.0) -> bool:
    if event is None or event.latitude is None or latitude is None or longitude is None:
        return False
    return km_between((event.latitude, event.longitude), (latitude, longitude)) <= km


def count_or_zero(value: int | None) -> int:
    """A count as the user reads it in an export: no figure means none reported."""
    return value or 0


__all__ = ["Coded", "PUBLICATION_LAG", "code_texts", "count_or_zero", "dev_root", "published_after",
           "read_rows", "set_publication_lag", "within_km"]
