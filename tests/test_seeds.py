"""The real seed articles, read from ../shared/seeds when that folder exists (never copied here)."""

import pytest

from conftest import SEEDS, query_db

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")


def test_seeds_are_ingested_with_their_metadata(seeds_db):
    path, summary = seeds_db
    assert summary.articles_new == 5 and dict(summary.skipped) == {"unsupported": 1}  # the README
    assert query_db(path, "SELECT count(*) FROM articles WHERE outlet IS NULL OR published IS NULL") == [(0,)]


def test_seed_furniture_is_gone_and_titles_found(seeds_db):
    path, _ = seeds_db
    texts = [r[0] for r in query_db(path, "SELECT text FROM articles")]
    for furniture in ("icon bookmark", "Podcasts", "Log Out /", "Leave a Reply", "Connecting to %s", "having issues with commenting"):
        assert not any(furniture in t for t in texts), furniture
    assert any(t.startswith("25 Oct, 2016 21:16") for t in texts)
    titles = {r[0] for r in query_db(path, "SELECT title FROM articles WHERE title IS NOT NULL")}
    assert len(titles) == 3


def test_seed_competing_figures_become_claims(seeds_db):
    path, _ = seeds_db
    claims = {int(r[0]): r[1:] for r in query_db(path, "SELECT value_best, category, scope FROM claims WHERE value_best IN (603, 744)")}
    assert claims[603] == ("civilians_killed", "cumulative")
    assert claims[744] == ("civilians_killed", "cumulative")


def test_one_announcement_told_on_three_days_is_one_story(seeds_db):
    path, _ = seeds_db
    rows = query_db(path, "SELECT s.story_id, substr(regexp_extract(a.source, '[^/]+$'), 1, 3) FROM stories s, "
                          "unnest(s.article_ids) AS t(article_id) JOIN articles a ON a.article_id = t.article_id")
    stories = {}
    for story, seed in rows:
        stories.setdefault(story, []).append(seed)
    assert sorted(sorted(seeds) for seeds in stories.values()) == [["000"], ["001"], ["002", "003", "004"]]
