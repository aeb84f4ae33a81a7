"""The per-article work every engine runs: clean, then annotate and extract.

Both engines call these functions and nothing else on articles, so they give the
same rows. They only differ in where the calls happen: the local engine cleans
in the main process, asks the database which articles are new and sends only
those to its workers; a Dask worker runs a whole shard with :func:`process_shard`
and leaves the database check to the load (see :meth:`Store.write_tables`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from warlog.clean import clean_document
from warlog.engines.shards import Shard
from warlog.extract import extract_batch
from warlog.ingest.sources import Item
from warlog.models import Article, Extraction, Skip
from warlog.nlp import load_nlp


def clean_item(item: Item | Article, *, now: datetime) -> Article | Skip:
    """Clean a raw item; skips and already-cleaned articles pass through."""
    if isinstance(item, (Article, Skip)):
        return item
    return clean_document(item, now=now)


def clean_items(items: Iterable[Item | Article], *, now: datetime) -> Iterator[Article | Skip]:
    for item in items:
        yield clean_item(item, now=now)


def extract_articles(articles: list[Article]) -> list[Extraction]:
    """Annotate and extract each article with this process's spaCy pipeline (loaded once)."""
    return extract_batch(articles, load_nlp())


@dataclass
class ShardOutput:
    """What one shard gave: an extraction per distinct article, the skips, and the repeats dropped."""

    extractions: list[Extraction] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    duplicates: int = 0


def process_shard(shard: Shard, *, now: datetime) -> ShardOutput:
    """Read, clean, annotate and extract one shard; an article met twice is extracted once."""
    output = ShardOutput()
    articles: dict[str, Article] = {}
    for result in clean_items(shard.read(), now=now):
        if isinstance(result, Skip):
            output.skips.append(result)
        elif result.article_id in articles:
            output.duplicates += 1
        else:
            articles[result.article_id] = result
    output.extractions = extract_articles(list(articles.values()))
    return output
