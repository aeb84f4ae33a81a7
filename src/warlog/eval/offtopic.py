"""Off-topic news (``eval/offtopic``): sport, markets, storms, crime and politics that borrow war's words.

Every article of the set is about something other than armed conflict, so every event report
warlog codes as armed conflict, politics or protest (ACLED's disorder types) in it is a false
positive. Violence marked criminal, accidental or unclear is kept by design (issue 15) and counted
apart. Figures: the share of articles with no such event (reported or ongoing), and reports and
claims per article.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from warlog.eval import Scorecard, read_gold
from warlog.extract import extract_batch
from warlog.extract.context import ACLED_DISORDERS
from warlog.extract.modality import EVENT_MODALITIES
from warlog.models import Article
from warlog.nlp import load_nlp


def _article(item: dict, source: Path) -> Article:
    return Article(article_id=item["id"], text=item["text"], source=str(source), title=item["title"],
                   outlet=item["outlet"], published=datetime.fromisoformat(item["published"]))


def evaluate(gold_path: Path) -> Scorecard:
    card = Scorecard("offtopic")
    articles = [_article(item, gold_path) for item in read_gold(gold_path)]
    extractions = extract_batch(articles, load_nlp())
    reports = claims = events = other_violence = 0
    for article, extraction in zip(articles, extractions):
        card.items += 1
        happened = [r for r in extraction.reports if r.modality in EVENT_MODALITIES]
        found = [r for r in happened if r.disorder_type in ACLED_DISORDERS]
        other_violence += len(happened) - len(found)
        card.count("articles without an event", not found)
        reports += len(extraction.reports)
        events += len(found)
        claims += len(extraction.claims)
        card.errors += [f"{article.article_id} spurious: {r.sub_event_type} {r.trigger!r} ({r.modality}): "
                        f"{article.text[r.char_start:r.char_end][:160]}" for r in found]
    card.values["events per article"] = events / max(card.items, 1)
    card.values["reports per article (any modality)"] = reports / max(card.items, 1)
    card.values["claims per article"] = claims / max(card.items, 1)
    card.values["criminal, accidental or unclear violence per article"] = other_violence / max(card.items, 1)
    return card
