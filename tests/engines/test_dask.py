"""The Dask engine on a real LocalCluster gives the local engine's rows, row for row (issue 7)."""

import pytest

pytest.importorskip("distributed", reason="the Dask engine is an optional extra: pip install 'warlog[dask]'")

from distributed import LocalCluster  # noqa: E402

from warlog.pipeline import run  # noqa: E402

from conftest import EXAMPLES, query_db  # noqa: E402

#: Columns left out of the comparison: when a row was written, not what it says.
TIMESTAMPS = {"articles": "ingested_at", "skips": "skipped_at"}
TABLES = ("articles", "reports", "claims", "events", "stories", "skips")
#: Small shards, so the example corpus spreads over several: line ranges of the JSONL feed, groups of files.
SHARD_BYTES = 8000


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture()
def small_shards(monkeypatch):
    monkeypatch.setattr("warlog.engines.shards.SHARD_BYTES", SHARD_BYTES)


def _rows(path, table):
    excluded = f" EXCLUDE ({TIMESTAMPS[table]})" if table in TIMESTAMPS else ""
    return sorted(query_db(path, f"SELECT *{excluded} FROM {table}"), key=repr)


def test_dask_gives_the_local_rows_and_reruns_add_nothing(cluster, corpus_db, small_shards, tmp_path):
    reference, local = corpus_db
    path = tmp_path / "dask.duckdb"
    summary = run([EXAMPLES], db=path, engine="dask", scheduler=cluster.scheduler_address)
    for table in TABLES:
        assert _rows(path, table) == _rows(reference, table), table
    assert (summary.articles_new, summary.reports, summary.claims) == (local.articles_new, local.reports, local.claims)
    assert summary.skipped == local.skipped and summary.bytes_done == summary.bytes_total
    assert {p.parent.name for p in (tmp_path / "dask-parquet" / "articles").rglob("*.parquet")} >= {"published_date=2017-06-14"}

    again = run([EXAMPLES], db=path, engine="dask", scheduler=cluster.scheduler_address)
    assert again.articles_new == 0 and again.articles_known == summary.articles_new
    assert again.totals == summary.totals and again.skipped == summary.skipped


def test_an_interrupted_dask_run_resumes_to_the_same_database(cluster, corpus_db, small_shards, tmp_path):
    reference, local = corpus_db
    path, parquet = tmp_path / "resumed.duckdb", tmp_path / "shards"

    def interrupt_after_first_articles(summary):
        if summary.articles_new:
            raise KeyboardInterrupt

    options = {"db": path, "engine": "dask", "scheduler": cluster.scheduler_address, "parquet": parquet}
    broken = run([EXAMPLES], progress=interrupt_after_first_articles, **options)
    assert broken.interrupted and 0 < broken.totals["articles"] < local.totals["articles"]
    resumed = run([EXAMPLES], **options)
    assert resumed.articles_new == local.articles_new - broken.totals["articles"]
    assert resumed.totals == local.totals
