"""Stories are bounded in time: a daily series on one siege is a run of stories, not one that grows for months."""

import json
from datetime import date, datetime, timedelta

import pytest

from warlog.link.grouping import bounded_groups
from warlog.link.stories import STORY_SPAN
from warlog.pipeline import run

from conftest import query_db

FIRST_DAY = date(2017, 3, 1)
DAYS = 32


def _siege_day(n: int) -> dict:
    """Day ``n`` of a siege, told in nearly the same words every day, as a local outlet would."""
    day = FIRST_DAY + timedelta(days=n)
    text = (
        f"Shelling of the besieged town of Mansoura continued on {day:%A} for the {n + 1}th day running, "
        "residents said. Government artillery hit the market district and the road to the water station, "
        f"and a local medical council said {n % 7 + 2} people were wounded. Fighters of the Mansoura "
        "defence council returned fire from the grain silos on the eastern edge of the town. Aid convoys "
        "have not reached the besieged town since the siege began, and the council said bread and fuel "
        f"were running out. Entry {n}: shops in the old souk stayed shut."
    )
    return {"id": f"siege-{n:02d}", "text": text, "title": f"Siege of Mansoura, day {n + 1}",
            "outlet": "Euphrates Herald", "published": f"{day.isoformat()}T09:00:00"}


@pytest.fixture(scope="module")
def siege(tmp_path_factory):
    folder = tmp_path_factory.mktemp("siege")
    feed = folder / "siege.jsonl"
    feed.write_text("".join(json.dumps(_siege_day(n)) + "\n" for n in range(DAYS)))
    db = folder / "siege.duckdb"
    run([feed], db=db, workers=1)
    return feed, db


def _stories(db):
    return query_db(db, "SELECT list_sort(article_ids), first_published, last_published FROM stories ORDER BY 2")


def test_a_daily_series_is_cut_into_stories_no_longer_than_the_span(siege):
    _, db = siege
    stories = _stories(db)
    assert len(stories) >= DAYS // (STORY_SPAN.days + 1)
    assert all(last - first <= STORY_SPAN for _, first, last in stories)
    placed = [article for ids, _, _ in stories for article in ids]
    assert len(placed) == len(set(placed)) == DAYS


def test_the_series_linked_a_few_days_at_a_time_gives_the_same_stories(siege, tmp_path, monkeypatch):
    import warlog.link

    feed, db = siege
    monkeypatch.setattr(warlog.link, "LINK_BUCKET", 3)
    bucketed = tmp_path / "bucketed.duckdb"
    run([feed], db=bucketed, workers=1)
    assert _stories(bucketed) == _stories(db)


def test_a_link_step_late_in_the_series_does_not_reach_back_to_its_start(siege):
    from warlog.link.stories import STORY_WINDOW
    from warlog.store import Store

    _, db = siege
    with Store(db, read_only=True) as store:
        last = store.con.execute("SELECT article_id FROM articles ORDER BY published DESC LIMIT 1").fetchone()[0]
        rows, _ = store.articles_to_relink([last], STORY_WINDOW)
    earliest = min(published for _, _, _, published, _ in rows)
    latest = datetime.combine(FIRST_DAY + timedelta(days=DAYS - 1), datetime.min.time())
    assert latest - earliest <= STORY_SPAN + STORY_WINDOW + timedelta(days=1)


def test_a_link_that_would_stretch_a_group_past_the_span_is_dropped():
    moments = [datetime(2017, 3, day) for day in (1, 5, 9, 13, 17)] + [None]
    chain = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (0, 5)]
    groups = bounded_groups(list(range(len(moments))), chain, moments.__getitem__, timedelta(days=10))
    assert sorted(map(sorted, groups)) == [[0, 1, 2, 5], [3, 4]]
