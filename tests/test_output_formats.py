"""`events`, `stories` and `disputes` as tables that never wrap when piped, CSV and JSON; `show` by id
prefix; options checked with one-line errors; `--version`."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from warlog.cli.app import app
from warlog.store.queries import EVENT_JSON_COLUMNS

from conftest import query_db

runner = CliRunner()


def _invoke(*args, columns="80"):
    return runner.invoke(app, list(args), env={"COLUMNS": columns})


def test_events_json_is_the_json_the_web_view_reads(corpus_db):
    path, summary = corpus_db
    result = _invoke("events", "--db", str(path), "--format", "json", "--limit", "0")
    rows = json.loads(result.stdout)
    assert len(rows) == summary.totals["events"] and tuple(rows[0]) == EVENT_JSON_COLUMNS
    assert isinstance(rows[0]["outlets"], list)


@pytest.mark.parametrize("command, table", [("events", "events"), ("stories", "stories"), ("disputes", "disputes")])
def test_csv_has_a_row_per_record_and_json_lists(corpus_db, command, table):
    path, _ = corpus_db
    result = _invoke(command, "--db", str(path), "--format", "csv", "--limit", "0")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    key = "count(*)" if table != "disputes" else "count(*)"
    assert len(rows) == query_db(path, f"SELECT {key} FROM {table}")[0][0]
    assert all(isinstance(json.loads(r["outlets"]), list) for r in rows)


@pytest.mark.parametrize("command", ["events", "stories"])
def test_piped_table_keeps_each_row_on_one_line(corpus_db, command):
    path, _ = corpus_db
    result = _invoke(command, "--db", str(path), "--limit", "0")
    table = "events" if command == "events" else "stories"
    rows = query_db(path, f"SELECT count(*) FROM {table}")[0][0]
    # Title, top border, header, rule, one line per row, bottom border: nothing wraps at 80 columns.
    assert len(result.stdout.splitlines()) == rows + 5
    assert max(len(line) for line in result.stdout.splitlines()) > 80


def test_show_takes_an_id_prefix(corpus_db):
    path, _ = corpus_db
    [(event_id,)] = query_db(path, "SELECT event_id FROM events ORDER BY n_reports DESC, event_id LIMIT 1")
    prefix = next(event_id[:n] for n in range(4, 21)
                  if query_db(path, f"SELECT count(*) FROM events WHERE starts_with(event_id, '{event_id[:n]}')")[0][0] == 1)
    result = _invoke("show", prefix, "--db", str(path), columns="200")
    assert result.exit_code == 0 and event_id in result.stdout


@pytest.mark.parametrize("args, message", [
    (["events", "--grade", "great"], "Unknown grade 'great'"),
    (["events", "--country", "Narnia"], "Unknown country 'Narnia'"),
    (["events", "--limit", "-3"], "must be 0 or more"),
    (["stories", "--limit", "-1"], "must be 0 or more"),
    (["show", ""], "ambiguous"),
])
def test_bad_options_fail_with_one_line(corpus_db, args, message):
    path, _ = corpus_db
    result = _invoke(*args, "--db", str(path))
    assert result.exit_code != 0 and message in str(result.exception)


def test_country_names_filter_like_codes(corpus_db):
    path, _ = corpus_db
    by_name = _invoke("events", "--db", str(path), "--country", "Syria", "--format", "json", "--limit", "0").stdout
    by_code = _invoke("events", "--db", str(path), "--country", "sy", "--format", "json", "--limit", "0").stdout
    assert by_name == by_code and json.loads(by_name)


def test_version():
    result = _invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("warlog ")
