import dataclasses

import pytest

from warlog import models
from warlog.schema import TABLES, column_names, schema_markdown

from conftest import ROOT

RECORDS = {"articles": models.Article, "reports": models.Report, "claims": models.Claim,
           "events": models.Event, "stories": models.Story}


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_record_fields_match_table_columns(table):
    fields = {f.name for f in dataclasses.fields(RECORDS[table])}
    assert fields == set(column_names(table))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_columns_are_unique_and_documented(table):
    names = column_names(table)
    assert len(names) == len(set(names))
    assert all(c.doc for c in TABLES[table])


def test_docs_output_lists_the_current_schema():
    assert schema_markdown() in (ROOT / "docs" / "output.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("table,key", [("articles", "article_id"), ("reports", "report_id"), ("claims", "claim_id"),
                                       ("events", "event_id"), ("stories", "story_id")])
def test_every_table_has_its_id(table, key):
    assert column_names(table)[0] == key
