"""User place files (WARLOG_PLACES) add villages no gazetteer has, and win over the gazetteer."""

import pytest

from warlog.errors import WarlogError
from warlog.places import find_places


@pytest.fixture()
def user_file(tmp_path, monkeypatch):
    def write(text):
        path = tmp_path / "places.csv"
        path.write_text("name,latitude,longitude,country,admin1,aliases\n" + text, encoding="utf-8")
        monkeypatch.setenv("WARLOG_PLACES", str(path))
        return path

    return write


def test_a_user_village_is_found(nlp, user_file):
    user_file("Tuways,35.91,39.12,SY,Raqqa,Tuwais;Al-Tuways\n")
    found = {p.mention: p for p in find_places(nlp("Drones struck a farm in Tuwais and fighters fled Raqqa."))}
    assert (found["Tuwais"].name, found["Tuwais"].latitude, found["Tuwais"].geo_precision) == ("Tuways", 35.91, 1)


def test_user_places_take_priority(nlp, user_file):
    user_file("Homs,10.0,20.0,TD,,\n")
    found = {p.mention: p for p in find_places(nlp("Shelling hit Homs on Friday."))}
    assert (found["Homs"].country, found["Homs"].latitude) == ("TD", 10.0)


def test_without_the_variable_the_gazetteer_answers(nlp, monkeypatch):
    monkeypatch.delenv("WARLOG_PLACES", raising=False)
    found = {p.mention: p for p in find_places(nlp("Shelling hit Homs on Friday."))}
    assert found["Homs"].country == "SY"


def test_a_broken_file_is_one_clear_error(nlp, user_file):
    user_file("Tuways,north,39.12,SY,Raqqa,\n")
    with pytest.raises(WarlogError, match="WARLOG_PLACES"):
        find_places(nlp("Fighting in Tuways."))
