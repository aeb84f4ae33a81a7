"""The scorers behind `make eval` count what they claim to count."""

import pytest

from warlog.eval.reports import match, same_source
from warlog.eval.stories import article_key, b_cubed
from warlog.places.distance import km_between
from warlog.models import Report


def test_b_cubed_of_a_perfect_clustering_is_one():
    gold = {"a": "S1", "b": "S1", "c": "S2"}
    assert b_cubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0)


def test_b_cubed_penalises_splits_in_recall_and_merges_in_precision():
    gold = {"a": "S1", "b": "S1", "c": "S2"}
    precision, recall = b_cubed({"a": "x", "b": "y", "c": "z"}, gold)
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)
    precision, recall = b_cubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert recall == 1.0 and precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_feed_records_are_keyed_by_file_and_record_id():
    assert article_key("examples/corpus/feed.jsonl:4", "lw-1") == "feed.jsonl#lw-1"
    assert article_key("examples/corpus/a.txt", None) == "a.txt"


def test_distance_between_raqqa_and_tabqa_is_about_43_km():
    assert km_between((35.9528, 39.0079), (35.8376, 38.5483)) == pytest.approx(43, abs=2)


def _report(trigger, sub_event_type, start):
    return Report(sentence=f"x {trigger} y", char_start=start, char_end=start + 20, trigger=trigger,
                  event_type="Battles", sub_event_type=sub_event_type)


def test_reports_match_gold_events_by_trigger_before_type():
    text = "Rebels clashed with troops, then an airstrike hit the town."
    gold = [{"trigger": "clashed", "event_type": "Battles", "sub_event_type": "Armed clash"},
            {"trigger": "airstrike", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}]
    predicted = [_report("airstrike", "Armed clash", 34), _report("clashed", "Armed clash", 5)]
    pairs = match(text, gold, predicted)
    assert {(g["trigger"], r.trigger) for g, r in pairs} == {("clashed", "clashed"), ("airstrike", "airstrike")}


def test_sources_match_on_a_shared_word_of_the_first_source():
    assert same_source("the Syrian Observatory; state media", "Syrian Observatory for Human Rights")
    assert not same_source("activists", "state media")
    assert same_source(None, None) and not same_source("activists", None)
