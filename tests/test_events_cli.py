"""`warlog events`, `warlog stories` and `warlog show` on the example corpus."""

from typer.testing import CliRunner

from warlog.cli.app import app

from conftest import query_db

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, list(args), env={"COLUMNS": "300"})


def test_events_lists_only_the_grade_asked_for(corpus_db):
    path, _ = corpus_db
    weak = query_db(path, "SELECT count(*) FROM events WHERE grade = 'weak'")[0][0]
    result = _invoke("events", "--db", str(path), "--grade", "weak", "--limit", "0")
    assert result.exit_code == 0
    assert f"{weak} events" in result.stdout
    assert " fair " not in result.stdout and " confirmed " not in result.stdout


def test_events_filters_by_type(corpus_db):
    path, _ = corpus_db
    result = _invoke("events", "--db", str(path), "--type", "Air/drone strike", "--limit", "0")
    assert result.exit_code == 0 and "Air/drone strike" in result.stdout
    assert "Armed clash" not in result.stdout


def test_events_rejects_a_malformed_day(corpus_db):
    path, _ = corpus_db
    result = _invoke("events", "--db", str(path), "--since", "June 2017")
    assert isinstance(result.exception, Exception) and "YYYY-MM-DD" in str(result.exception)


def test_stories_lists_every_story(corpus_db):
    path, _ = corpus_db
    stories = query_db(path, "SELECT count(*) FROM stories")[0][0]
    result = _invoke("stories", "--db", str(path), "--limit", "0")
    assert result.exit_code == 0 and f"{stories} stories" in result.stdout


def test_show_puts_every_report_sentence_beside_its_outlet(corpus_db):
    path, _ = corpus_db
    event_id, report_ids = query_db(path, "SELECT event_id, report_ids FROM events ORDER BY n_reports DESC LIMIT 1")[0]
    outlets = query_db(path, f"SELECT DISTINCT a.outlet FROM reports r JOIN articles a USING (article_id) "
                             f"WHERE r.report_id IN ({', '.join(repr(r) for r in report_ids)})")
    result = _invoke("show", event_id, "--db", str(path))
    assert result.exit_code == 0 and "Reports behind it" in result.stdout
    assert all(outlet in result.stdout for (outlet,) in outlets)


def test_show_an_unknown_event_names_it(corpus_db):
    path, _ = corpus_db
    result = _invoke("show", "no-such-event", "--db", str(path))
    assert "no-such-event" in str(result.exception)
