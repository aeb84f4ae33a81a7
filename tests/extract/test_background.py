"""Mentions that make no event: told as background, or told again (issues 13 and 15)."""

import pytest

from warlog import extract
from warlog.extract.background import BACKGROUND, MENTION_MODALITIES, RETOLD
from warlog.link.events import EVENT_MODALITIES


def _by_modality(text, published="2017-07-03"):
    found: dict[str, list[str]] = {}
    for report in extract(text, published=published, outlet="Test Wire").reports:
        found.setdefault(report.modality, []).append(report.sub_event_type)
    return found


def test_mentions_never_make_events():
    assert not MENTION_MODALITIES & EVENT_MODALITIES


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Thousands of Kurds rallied in Kobani on Sunday to denounce Turkish shelling of villages near Afrin.", "shelling"),
        ("Several thousand people marched through the town on Sunday to protest against army shelling of the border villages.",
         "shelling"),
        ("Thousands of civilians were forced out of their homes by the fighting between government troops and rebels.",
         "fighting"),
        ("Police issued arrest warrants for 17 people after the bombing of the shrine.", "bombing"),
    ],
)
def test_an_event_told_as_what_a_protest_was_against_or_why_people_moved_is_background(text, trigger):
    told = [r.modality for r in extract(text, published="2017-07-03", outlet="Test Wire").reports if r.trigger == trigger]
    assert told == [BACKGROUND]


@pytest.mark.issue(15)
def test_a_state_lasting_since_is_no_happening_but_strikes_since_are():
    assert not any(m in _by_modality("The militants have besieged the town since 2014.") for m in EVENT_MODALITIES)
    assert "Air/drone strike" in _by_modality("Russian planes have bombed the city since Tuesday.").get("reported", [])


@pytest.mark.issue(13)
def test_a_retelling_is_a_mention_of_its_own_sentence_and_no_second_event():
    text = ("A suicide bomber struck a police training ground in Charikar on Tuesday, killing 26 people. "
            "The suicide bombing took place at the gate of the compound.")
    reports = extract(text, published="2019-09-18", outlet="Test Wire").reports
    first, *retold = reports
    assert first.modality == "reported" and first.fatalities_best == 26
    assert [r.modality for r in retold] == [RETOLD]
    assert retold[0].char_start > first.char_start and retold[0].sentence.startswith("The suicide bombing")


@pytest.mark.issue(15)
def test_a_toll_told_alone_later_that_repeats_the_dead_is_retold_not_a_second_incident():
    text = ("A car bomb exploded at an army checkpoint in Heet on Monday, killing four soldiers. Residents said "
            "windows shattered across the town and the market stayed shut. Our own count stands at four dead, "
            "among them a soldier from Ramadi.")
    reports = extract(text, published="2017-06-13", outlet="Test Wire").reports
    assert [(r.modality, r.fatalities_best) for r in reports] == [("reported", 4), (RETOLD, 4)]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text,frame,news", [
    ("On the second day of the general strike, a bomb went off outside a bank in Chittagong.",
     "general strike", "Remote explosive/landmine/IED"),
    ("Hundreds of villagers marched to the district office on the anniversary of the massacre.",
     "massacre", "Peaceful protest"),
])
def test_an_event_a_time_word_counts_is_when_the_news_happened_not_the_news(text, frame, news):
    reports = extract(text, published="2017-07-03", outlet="Test Wire").reports
    assert [r.modality for r in reports if r.trigger == frame] == [BACKGROUND]
    assert news in _by_modality(text).get("reported", [])


@pytest.mark.issue(13)
@pytest.mark.parametrize("text,broken", [
    ("Militia fighters and the army exchanged fire outside Malakal on Sunday, breaching the truce signed last month.", "truce"),
    ("Gunners on both sides exchanged heavy fire across the river near Lysychansk in a ceasefire violation.", "ceasefire"),
    ("Rebels breached the truce on Friday, shelling two villages near Kidal.", "truce"),
])
def test_an_agreement_named_by_its_breach_is_recalled_and_the_fight_is_the_news(text, broken):
    reports = extract(text, published="2017-07-03", outlet="Test Wire").reports
    assert {r.modality for r in reports if r.trigger == broken} == {BACKGROUND}
    assert "Agreement" not in _by_modality(text).get("reported", [])


def test_an_agreement_signed_is_news():
    assert _by_modality("The government and the rebels signed a ceasefire agreement in Addis Ababa on Monday.")[
        "reported"] == ["Agreement"]


def test_a_protest_broken_up_is_news_not_an_agreement_broken():
    text = "On 4 May 2003, police armed with batons forcefully broke up an opposition rally in Kisumu and killed 2."
    assert [r.modality for r in extract(text, published="2003-05-11", outlet="Test Wire").reports if r.trigger == "rally"] != [
        BACKGROUND]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Some 600 families were displaced from Kolo district last week following raids by armed bandits, an aid group said.", "raids"),
        ("Hundreds of families fled their homes in Kolo due to fighting between the army and the rebels.", "fighting"),
        ("Most residents abandoned the town because of raids by armed bandits, a local official said.", "raids"),
    ],
)
def test_what_made_people_leave_is_background_and_their_flight_the_news(text, trigger):
    found = extract(text, published="2021-06-14", outlet="Test Wire").reports
    assert [r.modality for r in found if r.trigger == trigger] == [BACKGROUND]
    assert [r.sub_event_type for r in found if r.modality not in MENTION_MODALITIES][:1] in ([], ["Other"])


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("Some 600 families were displaced from Kolo district last week following raids by armed bandits, an aid group said.", "Other"),
        # the violence told as news wins over the flight told with it
        ("Bandits attacked three villages east of Tamba on Friday and about 4,000 people fled.", "Attack"),
        ("The fighting between the army and the rebels displaced 4,000 people around Kolo.", "Armed clash"),
    ],
)
def test_a_flight_is_the_news_only_where_the_violence_is_its_cause(text, sub_event_type):
    found = [r.sub_event_type for r in extract(text, published="2021-06-14", outlet="Test Wire").reports
             if r.modality not in MENTION_MODALITIES]
    assert found[:1] == [sub_event_type]
