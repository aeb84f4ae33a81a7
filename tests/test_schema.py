import dataclasses

import pytest

from warlog import models
from warlog.schema import CARRIED, TABLES, TRACED, UNTRACED, VIEWS, column_names, schema_markdown

from conftest import ROOT

RECORDS = {"articles": models.Article, "reports": models.Report, "claims": models.Claim,
           "events": models.Event, "stories": models.Story, "field_spans": models.FieldSpan,
           "event_fields": models.FieldSource}


def _columns(table):
    return [c.name for c in {**TABLES, **VIEWS}[table]]


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_record_fields_match_table_columns(table):
    fields = {f.name for f in dataclasses.fields(RECORDS[table]) if "stored_in" not in f.metadata}
    assert fields == set(_columns(table))


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_fields_held_in_another_table_are_declared(table):
    carried = {f.name: f.metadata["stored_in"] for f in dataclasses.fields(RECORDS[table]) if "stored_in" in f.metadata}
    assert carried == CARRIED.get(table, {})
    assert all(target in TABLES for target in carried.values())


@pytest.mark.parametrize("table", sorted(TRACED))
def test_every_column_of_a_record_is_traced_or_says_why_not(table):
    traced = [column for columns in TRACED[table].values() for column in columns]
    assert len(traced) == len(set(traced))
    assert set(traced) <= set(column_names(table))
    assert set(column_names(table)) - set(traced) <= set(UNTRACED)


@pytest.mark.parametrize("table", sorted({**TABLES, **VIEWS}))
def test_columns_are_unique_and_documented(table):
    names = _columns(table)
    assert len(names) == len(set(names))
    assert all(c.doc for c in {**TABLES, **VIEWS}[table])


def test_docs_output_lists_the_current_schema():
    assert schema_markdown() in (ROOT / "docs" / "output.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("table,key", [("articles", "article_id"), ("reports", "report_id"), ("claims", "claim_id"),
                                       ("events", "event_id"), ("stories", "story_id")])
def test_every_table_has_its_id(table, key):
    assert column_names(table)[0] == key
