"""The five real seed articles against the project's own gold coding (``eval/seeds/gold.json``).

The seed articles stay in ``../shared/seeds`` (they are not the project's to copy); the gold holds only
character offsets into those files and the fields a careful coder gives, in the project's own words.
The seeds are run through the real pipeline into a temporary database; each gold item's anchor is
found in its cleaned article and checked against what warlog made of that spot:

- an **event**: some event with a report from the anchor's sentence has the gold sub-type (or event
  type), date (or a date inside the gold's range), place within the gold's distance, and the gold's
  fatalities, first actor, claimant or target where the gold gives them (a target is checked on the
  reports: 'a bakery and a market' are two targets);
- a **plan**: the anchor's sentence gives a planned or hypothetical report, and no event of the article
  is a battle at that place (an announced offensive is not a battle);
- a **claim**: a claim from the anchor's sentence has the gold's value(s), category, period and claimant;
- **furniture**: no report or claim comes from the page furniture spans.

``python -m warlog.eval seeds`` prints every item with what failed; ``tests/test_seed_gold.py`` runs
the same checks.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from warlog.eval import Scorecard
from warlog.places.distance import km_between
from warlog.pipeline import run
from warlog.store import Store

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "eval" / "seeds" / "gold.json"
SEEDS = ROOT.parent / "shared" / "seeds"


@dataclass(frozen=True)
class Check:
    """One gold item and whether warlog got it; ``why`` says what was missing."""

    item_id: str
    kind: str
    passed: bool
    why: str = ""


@dataclass
class SeedTables:
    """The seed run's tables, with each article's cleaned text found by its seed file name."""

    texts: dict[str, tuple[str, str]]  # file name -> (article_id, text)
    reports: pd.DataFrame
    events: pd.DataFrame
    claims: pd.DataFrame

    def spot(self, file: str, anchor: list[int]) -> tuple[str, int] | None:
        """The article and cleaned-text offset of a gold anchor (offsets of the raw seed file)."""
        raw = (SEEDS / file).read_text(encoding="utf-8")
        article_id, text = self.texts[file]
        start = text.find(raw[anchor[0]:anchor[1]])
        return (article_id, start) if start >= 0 else None

    def around(self, table: pd.DataFrame, article_id: str, offset: int) -> pd.DataFrame:
        rows = table[table.article_id == article_id]
        return rows[(rows.char_start <= offset) & (offset < rows.char_end)]


def load(db: Path) -> SeedTables:
    with Store(db, read_only=True) as store:
        articles = store.table("articles")
        tables = {name: store.table(name) for name in ("reports", "events", "claims")}
    texts = {Path(row.source).name: (row.article_id, row.text) for row in articles.itertuples()}
    return SeedTables(texts=texts, **tables)


def _day(value) -> date | None:
    if value is None or pd.isna(value):
        return None
    return value if type(value) is date else value.date()


def _contains(value, wanted: str) -> bool:
    return isinstance(value, str) and wanted.lower() in value.lower()


def _event_problems(gold: dict, event) -> list[str]:
    """What an event gets wrong against a gold event (empty when it is right)."""
    problems = []
    if "sub_event_type" in gold and event.sub_event_type not in gold["sub_event_type"]:
        problems.append(f"sub-type {event.sub_event_type}")
    if "event_type" in gold and event.event_type not in gold["event_type"]:
        problems.append(f"event type {event.event_type}")
    day = _day(event.event_date)
    if "date" in gold and day != date.fromisoformat(gold["date"]):
        problems.append(f"date {day}")
    if "date_between" in gold and not (day and gold["date_between"][0] <= day.isoformat() <= gold["date_between"][1]):
        problems.append(f"date {day}")
    place = gold.get("place")
    if place and (pd.isna(event.latitude) or km_between((event.latitude, event.longitude), (place["latitude"], place["longitude"])) > place["km"]):
        problems.append(f"place {event.location}")
    best = None if pd.isna(event.fatalities_best) else int(event.fatalities_best)
    if "fatalities" in gold and best != gold["fatalities"]:
        problems.append(f"fatalities {best}")
    if "fatalities_at_least" in gold and (best or 0) < gold["fatalities_at_least"]:
        problems.append(f"fatalities {best}")
    if "actor1" in gold and not _contains(event.actor1, gold["actor1"]):
        problems.append(f"actor1 {event.actor1}")
    if "attributed_to" in gold and not any(_contains(c, gold["attributed_to"]) for c in event.claimants):
        problems.append(f"claimants {list(event.claimants)}")
    return problems


def _verdict(gold: dict, kind: str, problems: list[list[str]], nothing: str = "") -> Check:
    """Right when one candidate has no problem; otherwise every candidate's problems, or ``nothing``."""
    if any(not found for found in problems):
        return Check(gold["id"], kind, True)
    return Check(gold["id"], kind, False, "; ".join(", ".join(found) for found in problems) or nothing)


def check_event(tables: SeedTables, gold: dict) -> Check:
    found = tables.spot(gold["file"], gold["anchor"])
    if found is None:
        return Check(gold["id"], "event", False, "anchor not in the cleaned article")
    reports = tables.around(tables.reports, *found)
    if reports.empty:
        return Check(gold["id"], "event", False, "no report from its sentence")
    if "target" in gold and not any(_contains(t, gold["target"]) for t in reports.target):
        return Check(gold["id"], "event", False, f"targets {sorted(set(reports.target.dropna()))}")
    ids = set(reports.report_id)
    events = [e for e in tables.events.itertuples() if ids & set(e.report_ids)]
    if not events:
        return Check(gold["id"], "event", False, f"reports {sorted(set(reports.modality))}, no event")
    return _verdict(gold, "event", [_event_problems(gold, event) for event in events])


def check_plan(tables: SeedTables, gold: dict) -> Check:
    found = tables.spot(gold["file"], gold["anchor"])
    if found is None:
        return Check(gold["id"], "plan", False, "anchor not in the cleaned article")
    reports = tables.around(tables.reports, *found)
    if not reports.modality.isin(["planned", "hypothetical"]).any():
        return Check(gold["id"], "plan", False, f"modalities {sorted(set(reports.modality))}")
    article_id = found[0]
    battles = [e for e in tables.events.itertuples() if article_id in e.article_ids and e.event_type == "Battles"
               and _contains(e.location, gold["place"])]
    if battles:
        return Check(gold["id"], "plan", False, f"{len(battles)} battle event(s) at {gold['place']} from a plan")
    return Check(gold["id"], "plan", True)


def _claim_problems(gold: dict, claim) -> list[str]:
    problems = [f"{name} {getattr(claim, name)}" for name in ("value_low", "value_best", "value_high", "category", "scope")
                if name in gold and getattr(claim, name) != gold[name]]
    if "claimant" in gold and not _contains(claim.claimant, gold["claimant"]):
        problems.append(f"claimant {claim.claimant}")
    if "period" in gold and [str(_day(claim.period_start)), str(_day(claim.period_end))] != gold["period"]:
        problems.append(f"period {_day(claim.period_start)}..{_day(claim.period_end)}")
    return problems


def check_claim(tables: SeedTables, gold: dict) -> Check:
    found = tables.spot(gold["file"], gold["anchor"])
    if found is None:
        return Check(gold["id"], "claim", False, "anchor not in the cleaned article")
    claims = tables.around(tables.claims, *found)
    return _verdict(gold, "claim", [_claim_problems(gold, claim) for claim in claims.itertuples()],
                    nothing="no claim from its sentence")


def check_furniture(tables: SeedTables, gold: dict) -> Check:
    raw = (SEEDS / gold["file"]).read_text(encoding="utf-8")
    span = raw[gold["start"]:gold.get("end")]
    article_id, _ = tables.texts[gold["file"]]
    quoted = [*tables.reports[tables.reports.article_id == article_id].sentence,
              *tables.claims[tables.claims.article_id == article_id].sentence]
    leaked = [s for s in quoted if s.strip() and s.strip() in span]
    item_id = f"furniture {gold['file'][:3]}@{gold['start']}"
    return Check(item_id, "furniture", not leaked, f"{len(leaked)} record(s) from page furniture" if leaked else "")


CHECKS: dict[str, Callable[[SeedTables, dict], Check]] = {
    "events": check_event, "planned": check_plan, "claims": check_claim, "furniture": check_furniture}


def check_all(db: Path, gold_path: Path = GOLD) -> list[Check]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    tables = load(db)
    return [CHECKS[group](tables, item) for group in CHECKS for item in gold[group]]


def run_seeds(db: Path) -> None:
    run([SEEDS], db=db, workers=1)


def evaluate(gold_path: Path = GOLD) -> Scorecard:
    card = Scorecard("seeds (project's gold coding of ../shared/seeds)")
    if not SEEDS.is_dir():
        card.errors.append("seeds skipped: ../shared/seeds is not here")
        return card
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.duckdb"
        run_seeds(db)
        checks = check_all(db, gold_path)
    card.items = len(checks)
    for check in checks:
        card.count(check.kind, check.passed)
        if not check.passed:
            card.errors.append(f"{check.item_id}: {check.why}")
    return card
