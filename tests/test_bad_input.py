"""Issue 17: bad input is one skip line each, never lost records, never a crash; no command harms a file."""

import json

import duckdb
import pytest

from conftest import altered_copy, query_db
from fuzz.cases import CASES, build_all, story
from fuzz.check import check_case

from warlog.errors import WarlogError
from warlog.export import export_table
from warlog.ingest.decode import decode_bytes
from warlog.pipeline import run
from warlog.store import Store

pytestmark = pytest.mark.issue(17)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """Every case read by one `warlog ingest`, as a user would, into one database."""
    root = tmp_path_factory.mktemp("cases")
    folders = build_all(root)
    db = root / "cases.duckdb"
    summary = run([root], db=db, extract=False)
    return folders, db, summary


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_bad_input_is_one_skip_and_its_neighbours_are_stored(ingested, case):
    folders, db, _ = ingested
    check_case(case, folders[case.name], db)


def test_a_rerun_meets_the_same_skips_and_stores_nothing_twice(ingested):
    folders, db, first = ingested
    counts = query_db(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skips)")
    again = run(list(folders.values()), db=db, extract=False)
    assert again.articles_replaced == 0 and again.n_skipped == first.n_skipped
    assert query_db(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skips)") == counts


def test_metadata_in_sidecars_and_written_dates_is_used(ingested):
    folders, db, _ = ingested
    rows = dict(query_db(db, f"SELECT regexp_extract(source, '[a-z]+.txt$'), outlet || ' ' || published FROM articles "
                             f"WHERE starts_with(source, '{folders['metadata']}/')"))
    assert rows == {"foo.txt": "Sidecar Times 2019-04-02 00:00:00", "bar.txt": "Meta Post 2025-03-12 00:00:00",
                    "baz.txt": None}


def test_legacy_and_utf16_text_decode_as_written():
    text = "The mayor of Peñarroya, José Muñoz, said six civilians were killed."
    assert decode_bytes(text.encode("latin-1")) == text
    assert decode_bytes(text.encode("utf-16")) == text
    assert decode_bytes(text.encode("utf-16-le")) == text


def test_a_corrected_article_replaces_its_earlier_version(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "text": story(1), "outlet": "Wire"}) + "\n")
    db = tmp_path / "t.duckdb"
    run([feed], db=db, extract=False)
    feed.write_text(json.dumps({"id": "a1", "text": story(1) + " Two more died later.", "outlet": "Wire"}) + "\n")
    summary = run([feed], db=db, extract=False)
    assert summary.articles_replaced == 1
    assert query_db(db, "SELECT external_id, text LIKE '%died later.' FROM articles") == [("a1", True)]


def test_reextract_marks_chosen_articles_for_the_next_run(tmp_path):
    (tmp_path / "a.txt").write_text(story(1))
    db = tmp_path / "t.duckdb"
    run([tmp_path / "a.txt"], db=db, extract=False)
    [(article_id,)] = query_db(db, "SELECT article_id FROM articles")
    with Store(db) as store:
        assert store.reextract([article_id, "missing"]) == ["missing"]
    assert query_db(db, "SELECT extracted FROM articles") == [(False,)]


def _digest(path):
    return path.read_bytes()


def test_a_foreign_duckdb_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (id INTEGER, body VARCHAR)")
    con.close()
    before = _digest(path)
    with pytest.raises(WarlogError, match="not a warlog database"):
        Store(path)
    with pytest.raises(WarlogError, match="not a warlog database"):
        Store(path, read_only=True)
    assert _digest(path) == before


def test_an_sqlite_file_is_refused_without_any_extension(tmp_path):
    import sqlite3

    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE articles (id INTEGER)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(WarlogError, match="SQLite"):
        Store(path)
    assert _digest(path) == before


def test_a_newer_schema_is_refused_by_readers_too(tmp_path):
    db = tmp_path / "t.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE warlog_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(WarlogError, match="newer warlog"):
        Store(db, read_only=True)


def test_a_database_an_older_warlog_wrote_is_read_as_it_is(corpus_db, tmp_path):
    db = altered_copy(corpus_db[0], tmp_path / "old.duckdb", "ALTER TABLE reports DROP COLUMN date_from",
                      "DROP TABLE disputes")
    before = _digest(db)
    with Store(db, read_only=True) as store:
        reports = store.table("reports")
        assert len(reports) > 0 and reports["date_from"].isna().all()
        assert len(store.table("disputes")) == 0
        assert len(store.table("events")) > 0
    assert _digest(db) == before


@pytest.fixture()
def small_db(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story(1))
    db = tmp_path / "t.duckdb"
    run([tmp_path / "in"], db=db, extract=False)
    return db


def test_export_never_writes_over_the_database(small_db):
    before = _digest(small_db)
    for force in (False, True):
        with pytest.raises(WarlogError, match="the database"):
            export_table(small_db, "articles", "csv", small_db, force=force)
    assert _digest(small_db) == before


def test_export_overwrites_its_own_files_and_others_only_with_force(small_db, tmp_path):
    mine = tmp_path / "articles.csv"
    for fmt, name in (("csv", "a.csv"), ("jsonl", "a.jsonl"), ("parquet", "a.parquet")):
        assert export_table(small_db, "articles", fmt, tmp_path / name) == 1
        assert export_table(small_db, "articles", fmt, tmp_path / name) == 1
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    with pytest.raises(WarlogError, match="--force"):
        export_table(small_db, "articles", "csv", notes)
    assert notes.read_text() == "my notes\n"
    export_table(small_db, "articles", "csv", notes, force=True)
    assert notes.read_text().startswith("article_id,")
    assert not mine.exists()


@pytest.mark.parametrize("out,message", [("missing/a.csv", "does not exist"), (".", "is a folder")])
def test_export_to_a_bad_place_is_one_error(small_db, tmp_path, out, message):
    with pytest.raises(WarlogError, match=message):
        export_table(small_db, "articles", "csv", tmp_path / out)
    assert not list(tmp_path.glob(".*.part"))


def _warlog(*arguments, cwd):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "warlog", *map(str, arguments)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_cli_errors_are_one_line_and_leave_files_as_they_were(small_db, tmp_path):
    before = _digest(small_db)
    results = [
        _warlog("export", "--db", small_db, "--table", "events", "--format", "csv", "--out", small_db, cwd=tmp_path),
        _warlog("events", "--db", small_db, "--limit", "-5", cwd=tmp_path),
    ]
    assert [r.returncode for r in results] == [1, 1]
    assert results[0].stderr.strip().splitlines() == [
        f"warlog: error: Refusing to write to {small_db}: it is the database being exported."]
    assert len(results[1].stderr.strip().splitlines()) == 1 and "-5" in results[1].stderr
    assert _digest(small_db) == before
