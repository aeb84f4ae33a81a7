"""Linking is incremental: a second batch of news joins the stories of the first without relinking the archive."""

import shutil
from pathlib import Path

from warlog.pipeline import run

from conftest import EXAMPLES, query_db


def _partition(path):
    rows = query_db(path, "SELECT a.source, s.story_id FROM stories s, unnest(s.article_ids) AS t(article_id) "
                          "JOIN articles a ON a.article_id = t.article_id")
    groups = {}
    for source, story in rows:
        groups.setdefault(story, set()).add(Path(source).name)
    return sorted(sorted(g) for g in groups.values())


def test_adding_news_in_two_batches_gives_the_stories_of_one_batch(tmp_path, corpus_db):
    whole, _ = corpus_db
    first, second = tmp_path / "corpus", tmp_path / "later"
    shutil.copytree(EXAMPLES, first)
    second.mkdir()
    for html in first.glob("*.html"):
        html.rename(second / html.name)
    db = tmp_path / "two-batches.duckdb"
    run([first], db=db, workers=1)
    summary = run([second], db=db, workers=1)
    assert summary.links["relinked"] == len(list(second.glob("*.html")))
    assert _partition(db) == _partition(whole)


def test_a_run_with_nothing_new_relinks_nothing(corpus_db, tmp_path):
    whole, _ = corpus_db
    copy = tmp_path / "again.duckdb"
    shutil.copy(whole, copy)
    events_before = query_db(copy, "SELECT event_id FROM events ORDER BY event_id")
    summary = run([EXAMPLES], db=copy, workers=1)
    assert summary.links["relinked"] == 0
    assert query_db(copy, "SELECT event_id FROM events ORDER BY event_id") == events_before


def test_linking_in_buckets_gives_the_stories_events_and_disputes_of_one_pass(tmp_path, corpus_db, monkeypatch):
    import warlog.link
    from warlog.pipeline import run

    monkeypatch.setattr(warlog.link, "LINK_BUCKET", 7)
    bucketed = tmp_path / "bucketed.duckdb"
    run([EXAMPLES], db=bucketed, workers=1)
    reference, _ = corpus_db
    for sql in ("SELECT list_sort(article_ids) FROM stories ORDER BY 1",
                "SELECT event_id, sub_event_type, n_reports, fatalities_best FROM events ORDER BY 1",
                "SELECT dispute_id, side, kind, story_id, n_sources, note FROM disputes ORDER BY 1, 2"):
        assert query_db(bucketed, sql) == query_db(reference, sql)
