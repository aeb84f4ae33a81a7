import pytest

from warlog.pipeline import STAGES, analyze_stages, run

from conftest import EXAMPLES, query_db

EXPECTED_SKIPS = {"empty": 1, "malformed": 1, "not_english": 1}


def test_stage_order_is_consistent():
    assert all(not stage["missing"] for stage in analyze_stages(STAGES))


def test_corpus_run_fills_every_table(corpus_db):
    path, summary = corpus_db
    assert summary.articles_new >= 15 and not summary.interrupted
    assert dict(summary.skipped) == EXPECTED_SKIPS
    assert summary.bytes_done == summary.bytes_total > 0
    totals = summary.totals
    assert totals["reports"] > totals["articles"] and totals["claims"] > 0
    assert 0 < totals["events"] < totals["reports"]
    assert 0 < totals["stories"] <= totals["articles"]


def test_evidence_spans_point_into_the_article_text(corpus_db):
    path, _ = corpus_db
    for table in ("reports", "claims"):
        bad = query_db(path, f"""
            SELECT count(*) FROM {table} t JOIN articles a USING (article_id)
            WHERE substring(a.text, t.char_start + 1, t.char_end - t.char_start) != t.sentence""")
        assert bad == [(0,)]


def test_outlets_dates_and_titles_come_through(corpus_db):
    path, _ = corpus_db
    outlets = {r[0] for r in query_db(path, "SELECT DISTINCT outlet FROM articles")}
    assert len(outlets) >= 5
    assert query_db(path, "SELECT count(*) FROM articles WHERE published_from = 'dateline'")[0][0] >= 1
    assert query_db(path, "SELECT count(*) FROM articles WHERE published IS NULL") == [(0,)]
    for furniture in ("Share this: Facebook", "We use cookies", "Podcasts", "Leave a comment", "Unsubscribe", "icon menu"):
        assert query_db(path, f"SELECT count(*) FROM articles WHERE contains(text, '{furniture}')") == [(0,)], furniture


def test_only_happened_or_ongoing_reports_become_events(corpus_db):
    path, _ = corpus_db
    leaked = query_db(path, """
        SELECT count(*) FROM events e, unnest(e.report_ids) AS u(report_id)
        JOIN reports r ON r.report_id = u.report_id WHERE r.modality NOT IN ('reported', 'ongoing')""")
    assert leaked == [(0,)]
    planned = query_db(path, "SELECT count(*) FROM reports WHERE modality = 'planned'")[0][0]
    assert planned > 0


def test_wire_copies_are_marked(corpus_db):
    path, _ = corpus_db
    assert query_db(path, "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL")[0][0] >= 2


def test_rerun_adds_nothing(tmp_path):
    path = tmp_path / "again.duckdb"
    first = run([EXAMPLES], db=path, workers=1)
    second = run([EXAMPLES], db=path, workers=1)
    assert second.articles_new == 0 and second.articles_known == first.articles_new
    assert second.totals == first.totals


def test_interrupted_run_resumes_without_duplicates(tmp_path, monkeypatch):
    monkeypatch.setattr("warlog.pipeline.BATCH_SIZE", 4)
    reference = run([EXAMPLES], db=tmp_path / "whole.duckdb", workers=1).totals
    path = tmp_path / "resumed.duckdb"

    def interrupt_after_first_batch(summary):
        if summary.articles_new:
            raise KeyboardInterrupt

    broken = run([EXAMPLES], db=path, workers=1, progress=interrupt_after_first_batch)
    assert broken.interrupted and 0 < broken.totals["articles"] < reference["articles"]
    resumed = run([EXAMPLES], db=path, workers=1)
    assert resumed.articles_new == reference["articles"] - broken.totals["articles"]
    assert resumed.totals == reference


def test_ingest_then_run_extracts_the_stored_articles(tmp_path):
    path = tmp_path / "two-step.duckdb"
    ingested = run([EXAMPLES], db=path, extract=False)
    assert ingested.totals["reports"] == 0 and ingested.totals["articles"] == ingested.articles_new
    extracted = run([EXAMPLES], db=path, workers=1)
    assert extracted.articles_new == ingested.articles_new and extracted.totals["reports"] > 0


@pytest.mark.issue(7)
def test_skips_are_stored_as_they_come_and_the_summary_keeps_the_last_few(tmp_path, monkeypatch):
    monkeypatch.setattr("warlog.pipeline.SKIP_BATCH", 8)
    monkeypatch.setattr("warlog.pipeline.RECENT_SKIPS", 5)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for n in range(30):
        (inputs / f"{n:02}.txt").write_text("")
    path = tmp_path / "skips.duckdb"

    def interrupt_at_twenty(summary):
        if summary.n_skipped == 20:
            raise KeyboardInterrupt

    broken = run([inputs], db=path, workers=1, progress=interrupt_at_twenty)
    assert broken.interrupted and broken.totals["skips"] == broken.n_skipped == 20
    assert [skip.source for skip in broken.recent_skips] == [str(inputs / f"{n:02}.txt") for n in range(15, 20)]
    assert run([inputs], db=path, workers=1).totals["skips"] == 30


@pytest.mark.slow
def test_two_workers_give_the_same_rows_as_one(corpus_db, tmp_path):
    path, _ = corpus_db
    parallel = tmp_path / "parallel.duckdb"
    run([EXAMPLES], db=parallel, workers=2)
    for table, key in (("articles", "article_id"), ("reports", "report_id"), ("claims", "claim_id"), ("events", "event_id")):
        excluded = " EXCLUDE (ingested_at)" if table == "articles" else ""
        query = f"SELECT *{excluded} FROM {table} ORDER BY {key}"
        assert query_db(path, query) == query_db(parallel, query)
