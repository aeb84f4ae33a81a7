"""The writing path both engines share: Arrow tables, Parquet shards, Store.write_tables."""

from dataclasses import replace
from datetime import datetime

import pytest

from warlog.engines.parquet import read_manifest, read_shard, write_shard
from warlog.engines.tables import extraction_tables, skip_table
from warlog.engines.work import ShardOutput
from warlog.models import Article, Claim, Extraction, Report, Skip
from warlog.store import Store

NOW = datetime(2026, 11, 22, 12, 0)
TEXT = "An air strike hit a market in Tabqa on Thursday, killing 12 civilians."


def _extraction(article_id, published=datetime(2017, 6, 14)):
    article = Article(article_id=article_id, text=TEXT, source=f"{article_id}.txt", published=published, ingested_at=NOW)
    evidence = {"sentence": TEXT, "char_start": 0, "char_end": len(TEXT), "article_id": article_id}
    report = Report(**evidence, report_id=f"r-{article_id}", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    claim = Claim(**evidence, claim_id=f"c-{article_id}", number_text="12", value_best=12.0, category="civilians_killed")
    return Extraction(article=article, reports=[report], claims=[claim])


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "tables.duckdb") as store:
        yield store


def test_writing_twice_stores_once(store):
    tables = extraction_tables([_extraction("a1"), _extraction("a2")])
    first, second = store.write_tables(tables), store.write_tables(tables)
    assert (first.articles, first.known, first.reports, first.claims) == (2, 0, 2, 2)
    assert (second.articles, second.known, second.reports, second.claims) == (0, 2, 0, 0)
    assert store.counts()["articles"] == 2 and store.counts()["reports"] == 2


def test_an_ingested_article_is_replaced_by_its_extraction(store):
    extraction = _extraction("a1")
    store.write_articles([extraction.article])
    written = store.write_tables(extraction_tables([extraction]))
    assert written.articles == 1 and store.known_articles(["a1"]) == {"a1": True}


def test_an_extracted_article_keeps_its_first_version(store):
    store.write_tables(extraction_tables([_extraction("a1")]))
    later = _extraction("a1")
    later.article = replace(later.article, source="copy.txt")
    store.write_tables(extraction_tables([later]))
    assert store.con.execute("SELECT source FROM articles").fetchall() == [("a1.txt",)]


def test_skips_replace_their_earlier_row(store):
    skip = Skip("x.txt", "empty", "empty")
    store.write_tables({"skips": skip_table([skip], now=NOW)})
    store.write_tables({"skips": skip_table([skip], now=datetime(2026, 11, 23))})
    assert store.con.execute("SELECT count(*), max(skipped_at) FROM skips").fetchone() == (1, datetime(2026, 11, 23))


def test_a_parquet_shard_reads_back_as_the_tables_written(tmp_path, store):
    extractions = [_extraction("a1"), _extraction("a2", published=datetime(2017, 6, 15)), _extraction("a3", published=None)]
    skips = [Skip("bad.jsonl:3", "malformed", "malformed JSON")]
    manifest = write_shard(tmp_path / "pq", "k1", ShardOutput(extractions, skips, duplicates=2), size=100, now=NOW)
    assert read_manifest(tmp_path / "pq", "k1") == manifest and read_manifest(tmp_path / "pq", "k2") is None
    days = sorted(p.parent.name for p in (tmp_path / "pq" / "reports").rglob("*.parquet"))
    assert days == ["published_date=2017-06-14", "published_date=2017-06-15", "published_date=__HIVE_DEFAULT_PARTITION__"]
    assert manifest.skipped == {"malformed": 1} and manifest.duplicates == 2
    written = store.write_tables(read_shard(tmp_path / "pq", manifest))
    assert (written.articles, written.reports, written.claims) == (3, 3, 3)
    assert store.con.execute("SELECT source, kind FROM skips").fetchall() == [("bad.jsonl:3", "malformed")]
