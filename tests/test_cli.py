import json
import os
import subprocess
import sys

import duckdb
import pytest
from typer.testing import CliRunner

from warlog.cli.app import app

from conftest import EXAMPLES, ROOT

runner = CliRunner()


@pytest.mark.parametrize("command", ["run", "ingest", "export", "extract", "events", "stories", "show", "explain", "disputes", "serve", "brief"])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_standard_output(corpus_db, fmt):
    path, summary = corpus_db
    result = runner.invoke(app, ["export", "--db", str(path), "--table", "articles", "--format", fmt])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    if fmt == "jsonl":
        assert len(lines) == summary.totals["articles"]
        assert {"article_id", "external_id", "outlet", "url", "title", "published"} <= set(json.loads(lines[0]))
    else:
        assert lines[0].startswith("article_id,external_id,source,outlet")


def test_export_parquet_keeps_lists(corpus_db, tmp_path):
    import pandas as pd

    path, summary = corpus_db
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["export", "--db", str(path), "--table", "events", "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0
    frame = pd.read_parquet(out)
    assert len(frame) == summary.totals["events"] and len(frame.article_ids.iloc[0]) >= 1


def test_extract_prints_records_as_json(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Strike on Karama post\n\nA suicide car bomber struck an SDF checkpoint near Karama on Tuesday, killing four fighters, the group said.")
    result = runner.invoke(app, ["extract", str(article), "--published", "2017-06-14", "--outlet", "Levant Wire"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["article"]["outlet"] == "Levant Wire" and data["article"]["title"] == "Strike on Karama post"
    [report] = data["reports"]
    assert (report["sub_event_type"], report["fatalities_best"]) == ("Suicide bomb", 4)


def _warlog(*args):
    # A narrow terminal: a message must stay on one line however long the paths are.
    env = {**os.environ, "COLUMNS": "72"}
    return subprocess.run([sys.executable, "-m", "warlog", *args], capture_output=True, text=True, cwd=ROOT, env=env)


@pytest.mark.parametrize(
    "args,message",
    [
        (["export", "--db", "no-such.duckdb", "--table", "events"], "does not exist"),
        (["export", "--db", "no-such.duckdb", "--table", "bogus"], "Unknown table"),
        (["run", "no/such/folder", "--db", "x.duckdb"], "No input found"),
    ],
)
def test_errors_are_one_line_without_traceback(args, message):
    result = _warlog(*args)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_run_prints_the_summary_and_skips(tmp_path):
    result = _warlog("run", str(EXAMPLES / "misc"), "--db", str(tmp_path / "m.duckdb"), "--workers", "1")
    assert result.returncode == 0
    assert "empty.txt: empty" in result.stderr and "feed-broken.jsonl:2: malformed JSON" in result.stderr
    assert "skipped: not_english" in result.stdout


def _drone_strike_feed(path, day):
    path.write_text(json.dumps({"id": f"w{day}", "published": f"2015-03-{day + 2:02}", "outlet": "Frontier Desk", "text":
                                f"On {day} March 2015, a drone strike hit a compound in Miranshah, North Waziristan, "
                                "killing four militants."}) + "\n")
    return str(path)


def _regions_stored(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute("SELECT admin1, count(*) FROM reports GROUP BY admin1").fetchall()


def test_a_database_keeps_its_regions_and_switches_them_only_whole(tmp_path):
    db = tmp_path / "regions.duckdb"
    first, second = _drone_strike_feed(tmp_path / "a.jsonl", 4), _drone_strike_feed(tmp_path / "b.jsonl", 9)
    assert _warlog("run", first, "--db", str(db), "--workers", "1", "--quiet").returncode == 0
    assert _regions_stored(db) == [("Khyber Pakhtunkhwa", 1)]

    mixed = _warlog("run", second, "--db", str(db), "--workers", "1", "--quiet", "--regions", "historical")
    assert mixed.returncode != 0 and len(mixed.stderr.strip().splitlines()) == 1
    assert "reextract --all --regions historical" in mixed.stderr

    switched = _warlog("reextract", "--all", "--db", str(db), "--workers", "1", "--quiet", "--regions", "historical")
    assert switched.returncode == 0
    assert _warlog("run", second, "--db", str(db), "--workers", "1", "--quiet").returncode == 0
    assert _regions_stored(db) == [("Federally Administered Tribal Areas", 2)]
