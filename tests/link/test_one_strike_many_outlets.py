"""One drone strike on a market, told by three articles as a new user would feed them (issue 15): tolls
of 17, 42 and 25, each side blaming the other, one side denying, and a follow-up that the toll has risen."""

import json

import pytest

from warlog.pipeline import run

from conftest import query_db

ARTICLES = [
    {"id": "sw-1", "outlet": "Sahel Wire", "published": "2024-03-13T08:00:00",
     "title": "Drone strike on Douentza market kills 17",
     "text": "DOUENTZA, Mali (Sahel Wire) - A drone strike hit the crowded weekly market in Douentza on Tuesday, "
             "killing at least 17 civilians, local officials said.\n\nWitnesses said the drone struck shortly after "
             "midday, as traders were setting out their stalls. A local official blamed the Malian army, which has "
             "used armed drones against jihadist fighters in the Mopti region for two years.\n\n"
             "The army denied carrying out any air strike in the area on Tuesday."},
    {"id": "be-1", "outlet": "Bamako Evening", "published": "2024-03-13T18:00:00",
     "title": "Army blames jihadists for Douentza market blast",
     "text": "At least 42 people were killed when a drone struck the market in Douentza on Tuesday, according to a "
             "statement by JNIM, the al-Qaeda affiliate active in central Mali, which blamed the army for the "
             "strike.\n\nAn army spokesman said the blast was caused by explosives that JNIM fighters had hidden in "
             "the market, and that soldiers were not in the area."},
    {"id": "sw-2", "outlet": "Sahel Wire", "published": "2024-03-15T09:00:00", "title": "Douentza toll rises to 25",
     "text": "The death toll from Tuesday's drone strike on the market in Douentza has risen to 25, a local health "
             "official said on Thursday. Eleven of the wounded were taken to hospital in Mopti."},
]


@pytest.fixture(scope="module")
def strike_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("strike")
    feed = folder / "strike.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    run([feed], db=folder / "strike.duckdb", workers=1)
    return folder / "strike.duckdb"


def test_the_three_articles_are_one_story_and_one_event(strike_db):
    assert query_db(strike_db, "SELECT len(article_ids) FROM stories") == [(3,)]
    assert query_db(strike_db, "SELECT sub_event_type, n_sources FROM events") == [("Air/drone strike", 3)]


def test_the_later_toll_is_best_and_every_figure_is_in_the_range(strike_db):
    assert query_db(strike_db, "SELECT fatalities_low, fatalities_best, fatalities_high FROM events") == [(17, 25, 42)]


def test_a_denial_makes_the_event_contested(strike_db):
    assert query_db(strike_db, "SELECT grade, disputed FROM events") == [("contested", True)]


def test_the_dispute_names_its_event_place_and_period(strike_db):
    rows = query_db(strike_db, "SELECT d.event_id = e.event_id, d.place, d.period_start, d.period_end, d.note "
                               "FROM disputes d, events e WHERE d.category = 'killed'")
    assert rows and all(same and place == "Douentza" for same, place, *_ in rows)
    assert all(str(start) == str(end) == "2024-03-12" for _, _, start, end, _ in rows)
    assert rows[0][4].startswith("Air/drone strike in Douentza on 2024-03-12")
