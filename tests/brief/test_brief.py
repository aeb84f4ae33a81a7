"""`warlog brief`: a self-contained briefing in each format, with sources behind its numbers and what changed."""

import re

import pytest
from typer.testing import CliRunner

from warlog.cli.app import app

from conftest import query_db

runner = CliRunner()


def _brief(path, out, *args):
    result = runner.invoke(app, ["brief", "--db", str(path), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("name", ["brief.html", "brief.md", "brief.pdf"])
def test_brief_is_one_self_contained_file(corpus_db, tmp_path, name):
    path, summary = corpus_db
    out = tmp_path / name
    _brief(path, out, "--country", "Syria")
    data = out.read_bytes()
    if name.endswith(".pdf"):
        assert data.startswith(b"%PDF") and b"/Image" in data
        return
    text = data.decode()
    syrian = query_db(path, "SELECT count(*), sum(fatalities_best) FROM events WHERE country = 'SY'")[0]
    assert "Syria" in text and str(syrian[1]) in text
    assert text.count("data:image/png;base64,") == 2
    # Nothing is fetched when the file is opened: the only URLs are links to the articles.
    assert not re.search(r"""(src|href)=["']?https?://(?![^"' ]*\.example/)""", text)
    assert not re.search(r"!\[[^\]]*\]\(https?://", text)
    # Sources behind every number: each event counted is listed with its outlets' articles.
    titles = [t for (t,) in query_db(path, "SELECT DISTINCT a.title FROM events e, articles a WHERE e.country = 'SY' "
                                            "AND list_contains(e.article_ids, a.article_id)")]
    escaped = text.replace("&#39;", "'").replace("&#34;", '"').replace("&amp;", "&").replace("\\", "")
    assert all(title in escaped for title in titles)


def test_second_brief_says_what_changed(corpus_db, tmp_path):
    path, _ = corpus_db
    out = tmp_path / "brief.md"
    first = _brief(path, out, "--until", "2017-06-01")
    assert "changes" not in first.output and "first briefing" in out.read_text()
    second = _brief(path, out)
    new = query_db(path, "SELECT count(*) FROM events WHERE event_date > '2017-06-01' OR event_date IS NULL")[0][0]
    assert f"{new} changes since the last briefing" in second.output
    assert out.read_text().count("- **new**") == new


def test_brief_never_overwrites_a_file_it_did_not_write(corpus_db, tmp_path):
    path, _ = corpus_db
    out = tmp_path / "notes.html"
    out.write_text("mine")
    result = runner.invoke(app, ["brief", "--db", str(path), "--out", str(out)])
    assert result.exit_code != 0 and "no warlog briefing wrote it" in str(result.exception)
    assert out.read_text() == "mine"
