"""The real-data scorers' counting, name matching and set handling, on rows the project wrote itself."""

import json
from datetime import datetime

import pytest

from warlog.eval.real import dev_root, read_rows
from warlog.eval.real.cli import main
from warlog.eval.real.compare import same_actor, same_admin
from warlog.eval.real.fields import names_a_date, names_a_day
from warlog.eval.real.labels import NONE, Confusion


def test_weighted_and_macro_f1_follow_gold_support():
    confusion = Confusion()
    for gold, predicted in [("Attack", "Attack"), ("Attack", "Attack"), ("Attack", None), ("Armed clash", "Attack")]:
        confusion.add(gold, predicted)
    rows = {row["class"]: row for row in confusion.per_class()}
    # Attack: precision 2/3, recall 2/3; Armed clash: nothing right.
    assert rows["Attack"]["f1"] == pytest.approx(0.667, abs=1e-3)
    assert rows["Armed clash"]["f1"] == 0.0
    assert confusion.weighted_f1() == pytest.approx(0.667 * 3 / 4, abs=1e-3)
    assert confusion.macro_f1() == pytest.approx(0.667 / 2, abs=1e-3)
    assert confusion.accuracy() == 0.5
    assert ("Attack", NONE, 1) in confusion.most_confused()


def test_admin_spellings_and_actor_forms_match():
    assert same_admin("Idlib", "Idleb")
    assert same_admin("Anbar Governorate", "Al Anbar")
    assert same_admin("Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM")
    assert not same_admin("Sagaing", "Mandalay")
    assert same_actor("Military Forces of Kenya", "Military Forces of Kenya (2013-2022)")
    assert same_actor("AQIM", "AQIM: Al Qaeda in the Islamic Maghreb")
    assert not same_actor("Police Forces of Kenya (2013-2022)", "Military Forces of Kenya (2013-2022)")
    assert same_actor(None, None) and not same_actor(None, "Civilians (Mali)")


def test_a_limit_samples_evenly_and_repeatably(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"n": i}) + "\n" for i in range(10)))
    assert [row["n"] for row in read_rows(path, 5)] == [0, 2, 4, 6, 8]
    assert read_rows(path, 5) == read_rows(path, 5)


def test_missing_dev_data_is_one_line_and_no_failure(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("WARLOG_DEV_DATA", str(tmp_path / "absent"))
    assert dev_root() is None
    assert main(["acled"]) == 0
    assert capsys.readouterr().out.strip().count("\n") == 0


def test_acled_notes_are_scored_through_the_user_path(monkeypatch, tmp_path):
    notes = [
        {"id": "own:1", "text": "On 3 May 2021, militants ambushed a police patrol near Kidal, killing four officers.",
         "event_date": "2021-05-03", "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "actor1": "Unidentified Armed Group (Mali)", "actor2": "Police Forces of Mali (2021-)", "inter1": 3,
         "inter2": 1, "fatalities": 4, "country": "Mali", "admin1": "Kidal", "location": "Kidal",
         "latitude": 18.44, "longitude": 1.41, "geo_precision": 1},
        {"id": "own:2", "text": "The minister opened a new bridge over the river on Friday.",
         "event_date": "2021-05-07", "event_type": "Strategic developments", "sub_event_type": "Other",
         "actor1": None, "actor2": None, "inter1": 0, "inter2": 0, "fatalities": 0, "country": "Mali",
         "admin1": None, "location": None, "latitude": None, "longitude": None, "geo_precision": 3},
    ]
    folder = tmp_path / "dev" / "acled_v2019"
    folder.mkdir(parents=True)
    (folder / "acled_v2019.jsonl").write_text("".join(json.dumps(note) + "\n" for note in notes))
    monkeypatch.setenv("WARLOG_DEV_DATA", str(tmp_path / "dev"))
    assert main(["acled", "--out", str(tmp_path / "results")]) == 0
    figures = json.loads((tmp_path / "results" / "acled.json").read_text())
    assert figures["items"] == 2
    assert figures["ratios"]["event found"] == {"value": 0.5, "hits": 1, "total": 2}
    assert figures["ratios"]["fatalities exact, event found"]["value"] == 1.0
    assert {row["class"] for row in figures["tables"]["sub_event_type"]} == {"Attack", "Other"}
    assert figures["lag_days"] == 7
    assert figures["ratios"]["date exact, text names a day"] == {"value": 0.5, "hits": 1, "total": 2}
    assert figures["ratios"]["date exact, text names a date"] == {"value": 1.0, "hits": 1, "total": 1}
    assert main(["acled", "--lag", "3", "--out", str(tmp_path / "results")]) == 0
    assert json.loads((tmp_path / "results" / "acled.lag3.json").read_text())["lag_days"] == 3


@pytest.mark.parametrize(
    "text,names",
    [
        ("On 3 May 2021, militants ambushed a patrol.", True),
        ("Protesters marched on Tuesday.", True),
        ("Gunmen attacked the camp on 08/12.", True),
        ("Police dispersed the crowd on Dec. 4th.", True),
        ("Militants ambushed a patrol near the border, killing four.", False),
        ("Clashes in May left 12 dead.", False),
    ],
)
def test_a_note_names_a_day_by_the_scorer_s_own_test(text, names):
    assert names_a_day(text) is names


@pytest.mark.parametrize("text,names", [
    ("On 3 May 2021, militants ambushed a patrol.", True),
    ("Gunmen attacked the camp on Friday (08/12).", True),
    ("Protesters marched on Tuesday.", False),
])
def test_a_note_names_a_date_only_by_more_than_its_weekday(text, names):
    assert names_a_date(text) is names


def test_a_death_is_told_where_its_figure_stands_not_where_the_trigger_does():
    from warlog.eval.real.wikievents import _told_in
    from warlog.models import FieldSpan, Report

    text = "A car bomb hit the market in the old town. Six people died and ten were hurt."
    second = text.index("Six")
    spans = [(0, second - 1), (second, len(text))]
    report = Report(trigger="car bomb", sentence=text, char_start=0, char_end=len(text), fatalities_best=6,
                    injured_best=10, field_spans=(FieldSpan("fatalities", second, second + 3),
                                                  FieldSpan("injured", text.index("ten"), text.index("ten") + 3)))
    assert _told_in(report, "death", spans) == {1}
    assert _told_in(report, "injury", spans) == {1}
    assert _told_in(report, "attack", spans) == {0}
    # A figure set by a convention, with no words of its own, is told where the trigger is.
    inferred = Report(trigger="car bomb", sentence=text, char_start=0, char_end=len(text), fatalities_best=10,
                      field_spans=(FieldSpan("fatalities", derivation="convention"),))
    assert _told_in(inferred, "death", spans) == {0}


def test_a_claim_that_no_one_was_hurt_tells_no_injury():
    from warlog.eval.real import Coded
    from warlog.eval.real.wikievents import _claimed
    from warlog.models import Claim

    text = "A drone fell on the roof of the ministry. No one was hurt. Two guards were hurt in a second crash."
    spans = [(0, 40), (41, 57), (58, len(text))]
    nobody = Claim(sentence="No one was hurt.", char_start=41, char_end=57, value_best=0, category="injured")
    two = Claim(sentence="Two guards were hurt in a second crash.", char_start=58, char_end=len(text), value_best=2,
                category="injured")
    assert _claimed(Coded(item_id="t", claims=[nobody, two]), spans)["injury"] == {2}


def test_a_claim_is_told_where_its_words_stand_not_where_a_headline_run_into_it_starts():
    from warlog.eval.real import Coded
    from warlog.eval.real.wikievents import _claimed
    from warlog.models import Claim, FieldSpan

    text = "Sponsored Two porters died when the bridge gave way."
    spans = [(0, 9), (10, len(text))]
    died = text.index("died")
    claim = Claim(sentence=text, char_start=0, char_end=len(text), value_best=2, category="killed",
                  field_spans=(FieldSpan("value", 10, 13), FieldSpan("category", died, died + 4)))
    assert _claimed(Coded(item_id="t", claims=[claim]), spans)["death"] == {1}


_BOMBS, _CIVILIANS = "Explosions/Remote violence", "Violence against civilians"


@pytest.mark.parametrize("old,candidates,event_type,sub_type,inter2,right", [
    ("Remote violence", [_BOMBS], _BOMBS, "Grenade", 1, True),
    ("Riots/Protests", ["Protests", "Riots"], "Riots", "Violent demonstration", None, True),
    ("Battle-Government regains territory", ["Battles"], "Battles", "Armed clash", 2, True),
    # the old victims' type went three ways in 2019: bombs, mobs and force against protesters
    ("Violence against civilians", [_CIVILIANS], _BOMBS, "Suicide bomb", 7, True),
    ("Violence against civilians", [_CIVILIANS], "Riots", "Mob violence", 7, True),
    ("Violence against civilians", [_CIVILIANS], "Protests", "Excessive force against protesters", None, True),
    # a bomb on the police was no violence against civilians, nor a violent demonstration
    ("Violence against civilians", [_CIVILIANS], _BOMBS, "Grenade", 1, False),
    ("Violence against civilians", [_CIVILIANS], "Riots", "Violent demonstration", 7, False),
    ("Battle-No change of territory", ["Battles"], _CIVILIANS, "Attack", 7, False),
])
def test_old_types_admit_what_they_became_in_2019(old, candidates, event_type, sub_type, inter2, right):
    from warlog.eval.real.acled import old_family_right
    from warlog.models import Event

    row = {"event_type_old": old, "event_type_candidates": candidates}
    assert old_family_right(row, Event(event_type=event_type, sub_event_type=sub_type, inter2=inter2)) is right
    assert not old_family_right(row, None)


@pytest.mark.parametrize("text, trigger, casualty", [
    ("A roadside bomb killed four guards at the checkpoint.", "roadside bomb", True),
    ("Landmine kills two herders near the border", "Landmine", True),
    ("A car bomb exploded outside the court, killing four.", "car bomb", False),
    ("Police defused a bomb that was left at the gate.", "bomb", False),
    ("The blast killed four guards at the checkpoint.", "blast", False),
    ("A colonel was killed by a roadside bomb on the coast road.", "roadside bomb", True),
    ("The roadside bomb was found by a shepherd on the coast road.", "roadside bomb", False),
])
def test_a_weapon_that_kills_tells_a_death_not_an_attack_mention(text, trigger, casualty):
    # KAIROS takes the word that tells an event for its trigger; a weapon is an argument, never one
    from warlog.eval.real.wikievents import _told_by_casualty_word
    from warlog.models import Report

    report = Report(trigger=trigger, sentence=text, char_start=0, char_end=len(text))
    assert _told_by_casualty_word(report) is casualty


def test_a_trigger_is_placed_by_its_stated_span_not_by_the_first_word_alike():
    from warlog.eval.real.wikievents import _trigger_offset
    from warlog.models import FieldSpan, Report

    text = "The trial of the bombing suspects opened. Witnesses said the bombing shook the whole street."
    at = text.rindex("bombing")
    told = Report(trigger="bombing", sentence=text, char_start=100, char_end=100 + len(text),
                  field_spans=(FieldSpan("trigger", 100 + at, 100 + at + 7),))
    assert _trigger_offset(told) == 100 + at
    # without a stated span, the first place the sentence holds the word
    unplaced = Report(trigger="bombing", sentence=text, char_start=100, char_end=100 + len(text))
    assert _trigger_offset(unplaced) == 100 + text.index("bombing")


@pytest.mark.parametrize("text, first", [
    ("On 3 May 2021, protesters marched through Kano while gunmen abducted four traders in Zaria.", "Peaceful protest"),
    ("On 3 May 2021, gunmen abducted four traders in Zaria while protesters marched through Kano.",
     "Abduction/forced disappearance"),
])
def test_a_texts_event_is_the_first_its_sentence_tells(text, first):
    # both reports start where their sentence does: the triggers' order decides which event the note is
    from warlog.eval.real import code_texts
    from warlog.models import RawDocument

    coded = next(code_texts([("t", RawDocument(source="t", text=text, published=datetime(2021, 5, 10)))]))
    assert len(coded.events) == 2
    assert coded.events[0].sub_event_type == first
