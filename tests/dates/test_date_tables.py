"""The tables under data/dates: ids, columns, and every pattern matching its own example."""

import re

import pytest

from warlog.data import read_table
from warlog.dates import tables
from warlog.dates.grammar import find_expressions, rules
from warlog.dates.resolve import RESOLVERS

TABLES = ["months", "weekdays", "words", "parts", "named_days", "moving_days", "patterns", "contexts", "roles", "month_first"]


@pytest.mark.parametrize("name", TABLES)
def test_ids_are_unique_and_present(name):
    ids = [row["id"] for row in read_table(f"dates/{name}.csv")]
    assert ids and all(ids)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("rule", rules(), ids=lambda rule: rule.id)
def test_each_pattern_matches_its_example_and_has_a_resolver(rule):
    example = next(row["example"] for row in read_table("dates/patterns.csv") if row["id"] == rule.id)
    assert rule.pattern.search(example), example
    assert rule.rule in RESOLVERS
    # The anchor pre-filter must let every example through to the patterns.
    assert find_expressions(f"Reported {example}.")


def test_parts_have_valid_bounds():
    for part in tables.parts().values():
        assert part.unit in {"month", "year", "season"} and part.precision in {"range", "week"}
        pattern = r"\d{1,2}|end(?:-\d)?" if part.unit == "month" else r"\d{2}-\d{2}"
        assert re.fullmatch(pattern, part.first) and re.fullmatch(pattern, part.last), part


def test_role_cues_use_known_kinds_and_matches():
    kinds = {"speech", "meeting", "statement_noun", "outcome", "trend", "degree", "count", "state", "copula",
             "future_aux", "future", "deadline", "deadline_prep", "condition", "modal", "followup", "happening"}
    for row in read_table("dates/roles.csv"):
        assert row["kind"] in kinds and row["match"] in {"lemma", "lower"}, row


def test_contexts_compile_and_name_their_place():
    places = {"prefix", "range_lead", "range_join", "dateline_before", "dateline_after", "dateline_stamp", "after",
              "between_dates", "dateline_open", "dateline_close"}
    assert set(tables.contexts()) == places
