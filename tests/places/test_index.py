"""The gazetteer index: written atomically, built once per version, reused, cheap to open."""

import os

import pytest

from warlog.places import index
from warlog.places.normalise import name_key
from warlog.places.records import ALTERNATE, MAIN, Place, Record


def tiny_records():
    raqqa = Record(Place(id=0, name="Ar Raqqah", feature="city", country="SY", admin1="Raqqa",
                         latitude=35.95, longitude=39.01, population=531952, geonameid=172955))
    raqqa.add_name("Ar Raqqah", MAIN)
    raqqa.add_name("Rakka", ALTERNATE)
    raqqa.add_name("Nicephorium", ALTERNATE)
    syria = Record(Place(id=0, name="Syria", feature="country", country="SY", latitude=35.0, longitude=38.0))
    syria.add_name("Syria", MAIN)
    return [syria, raqqa]


@pytest.fixture()
def tiny_build(monkeypatch, tmp_path):
    """A cache dir of our own, and a gazetteer built from two records, counting builds."""
    builds = []

    def records():
        builds.append(1)
        return iter(tiny_records())

    monkeypatch.setenv("WARLOG_CACHE", str(tmp_path))
    monkeypatch.setattr("warlog.places.sources.gazetteer_records", records)
    yield builds
    index._LOADED.clear()


def test_written_index_answers_lookups(tmp_path):
    path = tmp_path / "g.sqlite"
    index.write_index(path, tiny_records())
    gazetteer = index.Gazetteer(path)
    found = gazetteer.lookup([name_key("Raqqa"), name_key("Nicephorium"), name_key("Nowhere")])
    assert [(place.name, kind) for place, kind in found[name_key("Raqqa")]] == [("Ar Raqqah", MAIN)]
    assert [(place.name, kind) for place, kind in found[name_key("Nicephorium")]] == [("Ar Raqqah", ALTERNATE)]
    assert name_key("Nowhere") not in found
    assert gazetteer.country("SY").name == "Syria"


def test_index_is_built_once_then_reused(tiny_build, tmp_path):
    first = index.ensure_index()
    stamp = first.stat().st_mtime_ns
    second = index.ensure_index()
    assert first == second and second.stat().st_mtime_ns == stamp
    assert len(tiny_build) == 1
    assert not list(tmp_path.glob("*.tmp")), "the temporary file is renamed into place"
    assert oct(first.stat().st_mode & 0o777) == "0o644"


def test_a_new_version_replaces_old_index_files(tiny_build, tmp_path):
    old = tmp_path / "gazetteer-0000000000000000.sqlite"
    old.write_bytes(b"stale")
    index.ensure_index()
    assert not old.exists()


def test_the_loaded_gazetteer_is_cached_per_process(tiny_build):
    index._LOADED.clear()
    assert index.gazetteer() is index.gazetteer()
    assert len(tiny_build) == 1


def test_version_depends_on_the_place_tables(monkeypatch):
    before = index.index_version()
    index.index_version.cache_clear()
    monkeypatch.setattr(index, "INDEX_FORMAT", index.INDEX_FORMAT + 1)
    try:
        assert index.index_version() != before
    finally:
        index.index_version.cache_clear()


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WARLOG_CACHE", str(tmp_path))
    assert index.index_path().parent == tmp_path
    monkeypatch.delenv("WARLOG_CACHE")
    assert index.cache_dir() == type(tmp_path).home() / ".cache" / "warlog"
    assert os.fspath(index.index_path()).endswith(".sqlite")
