"""The Dask engine on a real LocalCluster gives the local engine's rows, row for row (issue 7); an article
that kills or hangs its worker is skipped with its reason, and a cluster left without workers stops the
run with one error, keeping what was stored."""

import faulthandler
import time

import pytest

pytest.importorskip("distributed", reason="the Dask engine is an optional extra: pip install 'warlog[dask]'")

import dask  # noqa: E402
from distributed import LocalCluster  # noqa: E402

from warlog.engines.dask import DaskEngine  # noqa: E402
from warlog.errors import Errors, WarlogError  # noqa: E402
from warlog.pipeline import run  # noqa: E402

from conftest import EXAMPLES, query_db  # noqa: E402
from dask_work import DIES, HANGS, must_not_run, run_unless_told_to_fail, times_out_writing  # noqa: E402

#: Columns left out of the comparison: when a row was written, not what it says.
TIMESTAMPS = {"articles": "ingested_at", "skips": "skipped_at"}
TABLES = ("articles", "reports", "claims", "events", "stories", "skips")
#: Small shards, so the example corpus spreads over several: line ranges of the JSONL feed, groups of files.
SHARD_BYTES = 8000
#: No test here may take longer (pytest-timeout is not pinned): past it, the test process prints every
#: thread's stack and ends, so that a wait nothing bounds fails the run instead of holding it.
TEST_SECONDS = 900
#: Stories of our own, one a file; a file whose story holds DIES or HANGS kills or hangs its worker.
STORY = ("Gunmen killed {n} villagers in an attack on the market of {town} on Monday, the district "
         "governor said. Traders closed their stalls and the army sent a patrol to the area.")
TOWNS = ("Gao", "Mopti", "Kidal", "Timbuktu", "Menaka", "Segou", "Kayes", "Sikasso")


@pytest.fixture()
def bounded():
    faulthandler.dump_traceback_later(TEST_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture()
def fragile_cluster():
    """A cluster whose scheduler gives a task up at the first death of its worker: every death tests the
    restart of a worker (the case whose nannies had closed under load)."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


def _stories(root, folders, marks=None):
    """``folders`` folders of three story files each (one shard each); ``marks`` adds words to named files."""
    towns = iter(TOWNS * 3)
    for at in range(folders):
        folder = root / f"part{at}"
        folder.mkdir(parents=True)
        for n in range(3):
            town = next(towns)
            text = STORY.format(n=n + 2, town=town) + (f" {marks[town]}" if marks and town in marks else "")
            (folder / f"{town}-{at}.txt").write_text(text, encoding="utf-8")
    return root


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


def test_a_task_that_raises_a_timeout_of_its_own_stops_the_run_with_its_reason_not_as_a_lost_scheduler(
        cluster, monkeypatch, tmp_path):
    news = _stories(tmp_path / "news", 1)
    monkeypatch.setattr(DaskEngine, "task", staticmethod(times_out_writing))
    with pytest.raises(WarlogError) as error:
        run([news], db=tmp_path / "run.duckdb", engine="dask", scheduler=cluster.scheduler_address)
    assert str(error.value).startswith("The Dask task warlog-shard-")
    assert "(failed with TimeoutError: the shared folder did not answer)" in str(error.value)


def _stored(path):
    return sorted(source.rsplit("/", 1)[-1] for (source,) in query_db(path, "SELECT source FROM articles"))


def _skipped(path):
    return {source.rsplit("/", 1)[-1]: reason for source, reason in query_db(path, "SELECT source, reason FROM skips")}


def test_an_article_that_kills_its_worker_is_skipped_the_rest_stored_and_a_rerun_reads_nothing_again(
        bounded, fragile_cluster, monkeypatch, tmp_path):
    news = _stories(tmp_path / "news", 2, {"Mopti": DIES})
    path, options = tmp_path / "run.duckdb", {"engine": "dask", "scheduler": fragile_cluster.scheduler_address}
    monkeypatch.setattr(DaskEngine, "task", staticmethod(run_unless_told_to_fail))
    summary = run([news], db=path, **options)
    assert _stored(path) == ["Gao-0.txt", "Kidal-0.txt", "Menaka-1.txt", "Segou-1.txt", "Timbuktu-1.txt"]
    assert list(_skipped(path)) == ["Mopti-0.txt"]
    assert "extraction stopped: its worker process died" in _skipped(path)["Mopti-0.txt"]
    assert summary.bytes_done == summary.bytes_total

    monkeypatch.setattr(DaskEngine, "task", staticmethod(must_not_run))
    again = run([news], db=path, **options)
    assert again.articles_new == 0 and again.totals == summary.totals and again.skipped == summary.skipped


def _not_item_by_item(engine, shard, **arguments):
    raise AssertionError(f"the scheduler gave a shard up: {shard}")


def test_the_tasks_notes_find_an_article_that_kills_its_worker_before_the_scheduler_gives_the_shard_up(
        bounded, monkeypatch, tmp_path):
    news, parquet = _stories(tmp_path / "news", 1, {"Mopti": DIES}), tmp_path / "parquet"
    monkeypatch.setattr(DaskEngine, "task", staticmethod(run_unless_told_to_fail))
    monkeypatch.setattr(DaskEngine, "_item_by_item", _not_item_by_item)
    # Dask's own allowed-failures (3): one death for the step, two for the article alone, then its skip.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run([news], db=tmp_path / "run.duckdb", engine="dask", scheduler=cluster.scheduler_address, parquet=parquet)
    assert _stored(tmp_path / "run.duckdb") == ["Gao-0.txt", "Kidal-0.txt"]
    assert "its worker process died while reading it" in _skipped(tmp_path / "run.duckdb")["Mopti-0.txt"]
    assert not list((parquet / "_attempts").iterdir())


@pytest.mark.slow
def test_an_article_that_hangs_its_worker_is_skipped_after_the_time_limit(bounded, fragile_cluster, monkeypatch,
                                                                          tmp_path):
    news = _stories(tmp_path / "news", 2, {"Segou": HANGS})
    path = tmp_path / "run.duckdb"
    monkeypatch.setattr(DaskEngine, "task", staticmethod(run_unless_told_to_fail))
    monkeypatch.setattr(DaskEngine, "item_seconds", 30)
    run([news], db=path, engine="dask", scheduler=fragile_cluster.scheduler_address)
    assert _stored(path) == ["Gao-0.txt", "Kidal-0.txt", "Menaka-1.txt", "Mopti-0.txt", "Timbuktu-1.txt"]
    assert _skipped(path)["Segou-1.txt"].endswith("stopped as hung after 30 s)")


def test_a_cluster_left_without_workers_stops_the_run_with_one_error_and_a_rerun_resumes(bounded, monkeypatch,
                                                                                        tmp_path):
    news = _stories(tmp_path / "news", 8)
    path, parquet = tmp_path / "run.duckdb", tmp_path / "parquet"
    monkeypatch.setattr(DaskEngine, "no_workers_seconds", 5)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        options = {"db": path, "engine": "dask", "scheduler": cluster.scheduler_address, "parquet": parquet}

        def stop_every_worker_after_the_first_shard(summary):
            if summary.articles_new and cluster.workers:
                cluster.scale(0)
                _within(60, lambda: not cluster.scheduler.workers)

        with pytest.raises(WarlogError) as error:
            run([news], progress=stop_every_worker_after_the_first_shard, **options)
        assert str(error.value) == Errors.E029.format(address=cluster.scheduler_address, seconds=5)
        stored = len(_stored(path))
        assert 3 <= stored < 24

        cluster.scale(1)
        _within(300, lambda: cluster.scheduler.workers)
        resumed = run([news], **options)
    assert resumed.articles_new == 24 - stored and len(_stored(path)) == 24


def _within(seconds, condition):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds} s"
        time.sleep(0.2)
