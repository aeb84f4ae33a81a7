"""An incident's follow-ups months later (arrest, trial, sentencing) join its story by who and where it names."""

import json

import pytest

from warlog.link.identity import identity_of
from warlog.pipeline import run

from conftest import query_db

SHOOTING = (
    "FAIRVIEW, Ore. - A man was shot dead outside a bowling alley late Saturday, police said. Officers found "
    "Corwin Ashdale, 27, lying in the parking lot of the alley in the 3100 block of Birchwood Avenue, "
    "shot once; paramedics could not save him. Detectives are asking anyone who saw a grey "
    "pickup leave the lot to call the sheriff's office.")
SHOOTING_OTHER_OUTLET = (
    "Deputies are searching for whoever killed a 27-year-old man in Fairview on Saturday night. The "
    "victim, identified on Sunday as Corwin Ashdale, was shot once outside Lucky Strike Lanes at 3120 "
    "Birchwood Ave. and was pronounced dead there. No arrests have been made.")
SENTENCING = (
    "A Fairview man who admitted killing Corwin Ashdale outside a bowling alley last spring was sent to "
    "prison for 22 years on Tuesday. Tobias Renwick, 31, pleaded guilty in September to second-degree "
    "manslaughter. Ashdale's sister told the court that the family still sets a place for him at dinner.")
OTHER_CASE = (
    "A Millbrook woman was sentenced on Tuesday for a robbery at a petrol station two years ago. Priya "
    "Okonedo, 44, will serve six years. The court heard that nobody was hurt in the robbery, in which "
    "Okonedo threatened a cashier with a knife.")


def test_a_person_named_with_an_age_is_a_key_and_a_name_in_an_opening_matches_it():
    shooting, sentencing = identity_of("Man shot dead outside bowling alley", SHOOTING), identity_of(None, SENTENCING)
    assert "name:corwin ashdale" in shooting.keys
    assert "name:tobias renwick" in sentencing.keys
    assert "name:corwin ashdale" in sentencing.names
    assert not shooting.keys & identity_of(None, OTHER_CASE).names


def test_a_house_address_is_a_key_however_the_outlet_abbreviates_it_and_a_block_is_none():
    told = identity_of(None, "Police were called to 3120 N. Birchwood Ave. just after midnight.")
    assert "address:3120 birchwood avenue" in told.keys
    assert "address:3120 birchwood avenue" in identity_of(None, "a house at 3120 Birchwood Avenue").keys
    assert not identity_of(None, "shots rang out in the 3100 block of Birchwood Avenue").keys


@pytest.mark.parametrize("text", [
    "Police said a 27-year-old Fairview man was shot in the arm.",
    "The New Haven Police, 12, were praised.",
    "Mom And Son (27) is a film.",
])
def test_places_groups_and_common_words_are_no_keys(text):
    assert not identity_of(None, text).keys


def _feed(path, items):
    path.write_text("".join(json.dumps({"id": key, "text": text, "title": None, "outlet": outlet,
                                        "published": f"{day}T08:00:00"}) + "\n"
                            for key, text, outlet, day in items))


EARLY = [("shooting", SHOOTING, "Fairview Tribune", "2016-04-10"),
         ("other-outlet", SHOOTING_OTHER_OUTLET, "Valley Radio", "2016-04-11")]
LATE = [("sentencing", SENTENCING, "Fairview Tribune", "2016-11-15"),
        ("other-case", OTHER_CASE, "Millbrook Courier", "2016-11-15")]


def _stories(db):
    rows = query_db(db, "SELECT s.story_id, a.external_id FROM stories s, unnest(s.article_ids) AS t(article_id) "
                        "JOIN articles a ON a.article_id = t.article_id")
    return {key: story for story, key in rows}


@pytest.fixture(scope="module")
def one_pass(tmp_path_factory):
    folder = tmp_path_factory.mktemp("follow-ups")
    _feed(folder / "news.jsonl", EARLY + LATE)
    run([folder / "news.jsonl"], db=folder / "news.duckdb", workers=1)
    return _stories(folder / "news.duckdb")


def test_a_sentencing_months_later_joins_the_shooting_it_follows_up(one_pass):
    assert one_pass["sentencing"] == one_pass["shooting"]
    assert one_pass["other-case"] != one_pass["shooting"]


def test_news_added_months_later_joins_the_stored_story_and_keeps_its_id(tmp_path, one_pass):
    db = tmp_path / "later.duckdb"
    _feed(tmp_path / "early.jsonl", EARLY)
    run([tmp_path / "early.jsonl"], db=db, workers=1)
    before = _stories(db)["shooting"]
    later = tmp_path / "later"
    later.mkdir()
    _feed(later / "late.jsonl", LATE)
    summary = run([later], db=db, workers=1)
    assert summary.links["relinked"] == len(LATE)
    after = _stories(db)
    assert after["sentencing"] == after["shooting"] == before
    assert len(set(after.values())) == len(set(one_pass.values()))


def test_one_name_in_two_regions_is_two_people():
    from datetime import datetime

    from warlog.link.copies import LinkArticle
    from warlog.link.stories import followed_up

    first = LinkArticle("a1", SHOOTING, None, datetime(2016, 4, 10), "Fairview Tribune")
    later = LinkArticle("a2", SENTENCING, None, datetime(2016, 11, 15), "Fairview Tribune")
    identities = {a.article_id: identity_of(a.title, a.text) for a in (first, later)}
    apart = {"a1": {"US/Oregon"}, "a2": {"US/Texas"}}
    assert len(followed_up([[first], [later]], identities, apart, [])) == 2
    assert len(followed_up([[first], [later]], identities, {"a1": {"US/Oregon"}}, [])) == 1


@pytest.mark.issue(15)
@pytest.mark.parametrize(("title", "joined"), [
    ("Man gets 22 years for Fairview bowling alley killing", True),  # names the town read in another state
    ("Man gets 22 years for bowling alley killing", False),
])
def test_a_town_one_outlet_read_in_another_state_does_not_keep_a_follow_up_apart(title, joined):
    from datetime import datetime

    from warlog.link.copies import LinkArticle
    from warlog.link.stories import followed_up

    first = LinkArticle("a1", SHOOTING, None, datetime(2016, 4, 10), "Fairview Tribune")
    later = LinkArticle("a2", SENTENCING.replace("A Fairview man", "A man"), title, datetime(2016, 11, 15),
                        "Valley Herald")
    identities = {a.article_id: identity_of(a.title, a.text) for a in (first, later)}
    regions = {"a1": {"US/Texas"}, "a2": {"US/Oregon"}}
    towns = {"a1": {"Fairview": "US/Texas"}, "a2": {"Portland": "US/Oregon"}}
    assert len(followed_up([[first], [later]], identities, regions, [], towns)) == (1 if joined else 2)


@pytest.mark.parametrize(("opening", "later"), [
    ("Officer Rowan Pelletier, 34, fired twice.", "The inquiry cleared Rowan Pelletier on Monday."),
    ("Neighbours said Rowan Pelletier Jr., 34, was hit.", "Rowan Pelletier was buried on Friday."),
])
def test_a_rank_before_a_name_or_a_suffix_after_it_still_makes_the_person_a_key(opening, later):
    assert "name:rowan pelletier" in identity_of(None, opening).keys
    assert "name:rowan pelletier" in identity_of(None, later).names


def test_a_rank_is_no_part_of_the_name_an_opening_gives():
    names = identity_of(None, "Police believe Lieutenant Colonel Rowan Pelletier was not armed.").names
    assert "name:rowan pelletier" in names and not any("lieutenant" in name for name in names)
