import re

import pytest

from warlog.data import read_table

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
TABLES = [
    ("actors/actors.csv", "id"), ("actors/generic.csv", "id"), ("actors/sources.csv", "id"),
    ("triggers/triggers.csv", "id"), ("triggers/targets.csv", "id"), ("triggers/modality.csv", "id"), ("triggers/background.csv", "id"),
    ("numbers/vague.csv", "id"), ("numbers/hedges.csv", "id"), ("numbers/people.csv", "id"), ("numbers/animals.csv", "id"),
    ("claims/categories.csv", "id"), ("claims/scope.csv", "id"), ("furniture/patterns.csv", "id"),
    ("training/taxonomy.csv", "id"),
]


def test_acled_taxonomy_has_25_sub_types():
    assert sum(len(s) for s in ACLED.values()) == 25
    taxonomy = {}
    for row in read_table("training/taxonomy.csv"):
        taxonomy.setdefault(row["event_type"], set()).add(row["sub_event_type"])
    assert taxonomy == ACLED


@pytest.mark.parametrize("path,key", TABLES)
def test_table_ids_are_unique_and_present(path, key):
    rows = read_table(path)
    ids = [row[key] for row in rows]
    assert rows and all(ids)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def test_triggers_use_acled_spellings():
    for row in read_table("triggers/triggers.csv"):
        if row["rule"] == "casualty":
            assert not row["event_type"] and not row["sub_event_type"]
        else:
            assert row["sub_event_type"] in ACLED[row["event_type"]], row
        assert 0 < float(row["weight"]) <= 1


def test_every_sub_type_has_a_trigger():
    covered = {row["sub_event_type"] for row in read_table("triggers/triggers.csv")}
    missing = {s for subs in ACLED.values() for s in subs} - covered
    assert missing <= {"Protest with intervention", "Excessive force against protesters", "Government regains territory"}


def test_actor_inter_codes_and_unique_aliases():
    seen = {}
    for row in read_table("actors/actors.csv"):
        assert 1 <= int(row["inter"]) <= 8
        for alias in row["aliases"].split("|"):
            assert alias.lower() not in seen, (alias, seen.get(alias.lower()), row["id"])
            seen[alias.lower()] = row["id"]


def test_furniture_patterns_compile():
    for row in read_table("furniture/patterns.csv"):
        pattern = re.compile(row["pattern"])
        assert row["action"] in {"drop_line", "trim", "heading", "appendix"}
        if row["action"] == "heading":
            assert {"marks", "title"} <= set(pattern.groupindex)  # split_at_headings reads the title


def test_vague_quantities_are_ordered():
    for row in read_table("numbers/vague.csv"):
        assert float(row["low"]) <= float(row["best"]) <= float(row["high"])
