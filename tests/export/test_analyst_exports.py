"""`warlog export` in the layouts analysts load: GeoJSON points, ACLED and UCDP GED columns, JSON lists in CSV."""

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from warlog.cli.app import app
from warlog.export.analyst import ACLED_COLUMNS, UCDP_COLUMNS, ucdp_period

from conftest import query_db

runner = CliRunner()


def _export(path, *args):
    result = runner.invoke(app, ["export", "--db", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_geojson_opens_in_geopandas_as_points(corpus_db, tmp_path):
    geopandas = pytest.importorskip("geopandas")
    path, summary = corpus_db
    out = tmp_path / "events.geojson"
    _export(path, "--table", "events", "--format", "geojson", "--out", str(out))
    layer = geopandas.read_file(out)
    placed = query_db(path, "SELECT count(*) FROM events WHERE latitude IS NOT NULL")[0][0]
    assert len(layer) == summary.totals["events"]
    assert (layer.geom_type == "Point").sum() == placed > 0
    assert {"event_id", "fatalities_best", "grade", "notes"} <= set(layer.columns)


def test_geojson_puts_longitude_first(corpus_db):
    path, _ = corpus_db
    collection = json.loads(_export(path, "--format", "geojson"))
    event_id, lat, lon = query_db(path, "SELECT event_id, latitude, longitude FROM events "
                                        "WHERE latitude IS NOT NULL LIMIT 1")[0]
    [feature] = [f for f in collection["features"] if f["id"] == event_id]
    assert feature["geometry"]["coordinates"] == [lon, lat]


def test_acled_export_has_acleds_columns_in_order(corpus_db):
    path, summary = corpus_db
    rows = list(csv.reader(io.StringIO(_export(path, "--format", "acled"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert rows[0][:3] == ["event_id_cnty", "event_date", "year"] and "notes" in rows[0] and "source" in rows[0]
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(body) == summary.totals["events"]
    assert all(r["notes"] and r["source"] for r in body)


def test_ucdp_export_keeps_organised_violence_with_its_spread(corpus_db):
    path, _ = corpus_db
    rows = list(csv.DictReader(io.StringIO(_export(path, "--format", "ucdp"))))
    assert tuple(rows[0]) == UCDP_COLUMNS
    violent = query_db(path, "SELECT count(*) FROM events WHERE event_type IN "
                             "('Battles', 'Explosions/Remote violence', 'Violence against civilians')")[0][0]
    assert len(rows) == violent
    assert all(int(r["low"]) <= int(r["best"]) <= int(r["high"]) for r in rows)
    assert all(r["date_start"] <= r["date_end"] for r in rows if r["date_start"])


def test_csv_list_columns_are_json_arrays(corpus_db):
    path, _ = corpus_db
    rows = list(csv.DictReader(io.StringIO(_export(path, "--table", "events", "--format", "csv"))))
    assert all(isinstance(json.loads(r["outlets"]), list) and json.loads(r["outlets"]) for r in rows)


@pytest.mark.parametrize("table", ["events", "reports", "articles", "claims", "stories", "disputes"])
def test_every_export_filters_by_country_and_date(corpus_db, table):
    path, _ = corpus_db
    everything = _export(path, "--table", table, "--format", "jsonl").splitlines()
    none_then = _export(path, "--table", table, "--format", "jsonl", "--until", "1990-01-01").splitlines()
    elsewhere = _export(path, "--table", table, "--format", "jsonl", "--country", "Iceland").splitlines()
    assert everything and not none_then and not elsewhere


def test_country_names_and_codes_select_the_same_events(corpus_db):
    path, _ = corpus_db
    by_name = _export(path, "--format", "jsonl", "--country", "Syria")
    by_code = _export(path, "--format", "jsonl", "--country", "SY")
    assert by_name == by_code and by_name


@pytest.mark.parametrize("args, message", [
    (["--country", "Atlantis"], "Unknown country 'Atlantis'"),
    (["--format", "acled", "--table", "claims"], "use it with --table events"),
    (["--out", "/no/such/folder/events.csv"], "does not exist"),
    (["--since", "last week"], "YYYY-MM-DD"),
])
def test_export_options_fail_with_one_line(corpus_db, args, message):
    path, _ = corpus_db
    result = runner.invoke(app, ["export", "--db", str(path), *args])
    assert result.exit_code != 0 and message in str(result.exception)


@pytest.mark.parametrize(("day", "precision", "told", "period"), [
    (date(2019, 3, 15), "month", None, (date(2019, 3, 1), date(2019, 3, 31))),
    (date(2019, 3, 6), "week", date(2019, 3, 20), (date(2019, 3, 3), date(2019, 3, 9))),
    (date(2019, 3, 20), "week", date(2019, 3, 20), (date(2019, 3, 17), date(2019, 3, 20))),
    (date(2019, 12, 31), "year", None, (date(2019, 1, 1), date(2019, 12, 31))),
    (date(2019, 3, 6), "day", None, (date(2019, 3, 6), date(2019, 3, 6))),
])
def test_ucdp_period_surrounds_the_day_acleds_codebook_codes_on(day, precision, told, period):
    """A month coded on its 15th is the whole month; a week coded on its middle day runs three days either
    side, never past the article that first told of it."""
    assert ucdp_period(day, precision, told) == period
