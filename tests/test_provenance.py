"""Provenance per field: each value of a report or claim traces to words of its article, or names the rule
that gave it; each field of an event to the reports and claims behind it (the view ``event_fields``)."""

import csv
import json

import pytest
from typer.testing import CliRunner

import warlog
from warlog.cli.app import app
from warlog.extract.provenance import DERIVATIONS
from warlog.pipeline import run
from warlog.schema import SCHEMA_VERSION, TRACED, column_names
from warlog.store import Store
from warlog.store.provenance import NO_SPAN_RULE, event_field_sources

from conftest import EXAMPLES, altered_copy, query_db

runner = CliRunner()


def _spans(record, field):
    return [s for s in record.field_spans if s.field == field]


def test_spans_point_exactly_into_the_articles_text(corpus_db):
    path, _ = corpus_db
    rows = query_db(path, "SELECT f.derivation, f.surface, a.text, a.title, f.char_start, f.char_end FROM field_spans f "
                          "JOIN articles a USING (article_id) WHERE f.char_start IS NOT NULL")
    assert len(rows) > 500
    keys = query_db(path, "SELECT count(*), count(DISTINCT (record_kind, record_id, field, part)) FROM field_spans")
    assert keys[0][0] == keys[0][1]
    for derivation, surface, text, title, start, end in rows:
        assert (title if derivation == "headline" else text)[start:end] == surface


def test_every_traced_value_of_the_corpus_has_its_row(corpus_db):
    path, _ = corpus_db
    for kind, table, key in (("report", "reports", "report_id"), ("claim", "claims", "claim_id")):
        for field, columns in TRACED[table].items():
            missing = query_db(path, f"""
                SELECT count(*) FROM {table} r WHERE {columns[0]} IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM field_spans f WHERE f.record_kind = '{kind}' AND f.record_id = r.{key}
                    AND f.field = '{field}')""")
            assert missing == [(0,)], (table, field)
    derivations = {r[0] for r in query_db(path, "SELECT DISTINCT derivation FROM field_spans")}
    assert derivations <= set(DERIVATIONS) and {"stated", "inferred", "convention"} <= derivations
    unexplained = query_db(path, "SELECT count(*) FROM field_spans WHERE derivation <> 'stated' AND rule IS NULL "
                                 "AND derivation <> 'headline'")
    assert unexplained == [(0,)]


def test_each_field_of_a_report_has_its_own_words():
    text = ("Gunmen stormed a clinic in Bama on Friday, killing several guards and wounding four patients, "
            "a local official told reporters.")
    [report] = [r for r in warlog.extract(text, published="2022-05-08", outlet="Sahel Post").reports
                if r.modality == "reported"]
    words = {s.field: text[s.char_start:s.char_end] for s in report.field_spans if s.char_start is not None}
    assert words["actor1"] == "Gunmen" and words["location"] == "Bama" and words["event_date"] == "Friday"
    assert words["target"] == "clinic" and words["injured"] == "four" and words["trigger"] in text
    [dead] = _spans(report, "fatalities")
    assert (dead.surface, dead.derivation) == ("several", "convention") and "10" in dead.rule
    assert report.fatalities_best == 10


def test_a_place_or_date_no_sentence_gives_says_where_it_came_from():
    text = ("Fighting in Kidal. Heavy fighting broke out in Kidal, residents said. Later, soldiers ambushed "
            "a convoy on the road, officials said.")
    reports = warlog.extract(text, published="2021-09-14", outlet="Desert Wire").reports
    dates = [s for r in reports for s in _spans(r, "event_date")]
    assert dates and all(s.derivation == "inferred" and "publication" in s.rule and s.char_start is None
                         for s in dates)
    places = [s for r in reports for s in _spans(r, "location")]
    assert {s.derivation for s in places} == {"stated", "inferred"}
    assert all(s.surface == "Kidal" for s in places)


def test_an_event_traces_its_fields_to_its_reports_and_claims(corpus_db):
    path, _ = corpus_db
    with Store(path, read_only=True) as store:
        sources = event_field_sources(store)
        events = store.table("events")
    by_event = {}
    for source in sources:
        by_event.setdefault(source.event_id, {}).setdefault(source.field, []).append(source)
    for event in events.itertuples():
        fields = by_event[event.event_id]
        for field in ("sub_event_type", "location", "event_date", "fatalities_best"):
            if getattr(event, field) is not None:
                assert fields[field], (event.event_id, field)
    told = [s for s in sources if s.record_kind == "report"]
    assert told and all(s.record_id in set(events.report_ids.explode()) for s in told)
    assert {s.record_kind for s in sources if s.field == "fatalities_high"} >= {"report"}
    assert all(s.rule for s in sources if s.record_kind is None)
    rows = query_db(path, "SELECT article_id, text, title FROM articles")
    text_of = {article: {"text": text, "title": title} for article, text, title in rows}
    assert all(text_of[s.article_id]["title" if s.derivation == "headline" else "text"][s.char_start:s.char_end]
               == s.surface for s in sources if s.char_start is not None)
    assert all(text_of[s.article_id][s.evidence_in or "text"][s.evidence_start:s.evidence_end] == s.sentence
               for s in sources if s.record_kind is not None)


def test_explain_from_python_and_the_command_line(corpus_db):
    path, _ = corpus_db
    event_id = query_db(path, "SELECT event_id FROM events WHERE fatalities_best > 0 ORDER BY event_id LIMIT 1")[0][0]
    frame = warlog.open(path).explain(event_id[:8])
    assert list(frame.columns) == column_names("event_fields")
    assert {"location", "event_date", "fatalities_best"} <= set(frame.field)
    result = runner.invoke(app, ["explain", event_id[:8], "--db", str(path), "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {r["event_id"] for r in rows} == {event_id} and len(rows) == len(frame)
    result = runner.invoke(app, ["explain", "nosuchevent", "--db", str(path)])
    assert result.exit_code != 0 and "No event" in str(result.exception)


def test_event_fields_export_is_a_sidecar_of_the_event_exports(corpus_db, tmp_path):
    path, _ = corpus_db
    out = tmp_path / "fields.csv"
    result = runner.invoke(app, ["export", "--db", str(path), "--table", "event_fields", "--format", "csv",
                                 "--country", "SY", "--out", str(out)])
    assert result.exit_code == 0
    header, *lines = _csv(out)
    assert header == column_names("event_fields") and lines
    syrian = {r[0] for r in query_db(path, "SELECT event_id FROM events WHERE country = 'SY'")}
    assert {line[0] for line in lines} == syrian
    acled = tmp_path / "acled.csv"
    runner.invoke(app, ["export", "--db", str(path), "--format", "acled", "--country", "SY", "--out", str(acled)])
    assert {line[0] for line in _csv(acled)[1:]} == syrian
    again = runner.invoke(app, ["export", "--db", str(path), "--table", "event_fields", "--format", "csv",
                                "--country", "SY", "--out", str(out)])
    assert again.exit_code == 0


def _csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def test_an_older_database_gains_the_table_and_reextract_fills_it(corpus_db, tmp_path):
    db = altered_copy(corpus_db[0], tmp_path / "old.duckdb", "DROP TABLE field_spans",
                      "UPDATE warlog_meta SET value = '1' WHERE key = 'schema_version'")
    with Store(db, read_only=True) as store:
        assert len(store.table("field_spans")) == 0
        old = event_field_sources(store)
    assert any(s.rule == NO_SPAN_RULE for s in old) and not any(s.char_start for s in old if s.record_kind == "report")
    with Store(db) as store:
        article_ids = store.all_article_ids()
        assert store.reextract(article_ids) == []
    run([], db=db, workers=1)
    assert query_db(db, "SELECT value FROM warlog_meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    for table in ("field_spans", "events"):
        sql = f"SELECT count(*) FROM {table}"
        assert query_db(db, sql) == query_db(corpus_db[0], sql)


def test_a_rerun_stores_no_span_twice(tmp_path):
    db = tmp_path / "twice.duckdb"
    first = run([EXAMPLES / "civilian-toll-watch_mansoura-school.txt"], db=db, workers=1).totals
    assert first["field_spans"] > 0
    assert run([EXAMPLES / "civilian-toll-watch_mansoura-school.txt"], db=db, workers=1).totals == first


@pytest.mark.parametrize("field", ["value", "claimant"])
def test_a_claim_traces_its_figure_and_who_gives_it(field):
    text = "At least 30 people were killed in the raid on Gao, the United Nations said on Sunday."
    claims = warlog.extract(text, published="2020-02-03", outlet="Niger River News").claims
    [span] = _spans(claims[0], field)
    assert text[span.char_start:span.char_end] == {"value": "At least 30", "claimant": "the United Nations"}[field]


def test_a_toll_the_note_says_it_was_coded_with_points_at_that_figure():
    text = "Militants attacked a village near Gao on 3 May. Several civilians were killed. Fatalities coded as 3."
    [report] = [r for r in warlog.extract(text, published="2020-05-10").reports if r.modality == "reported"]
    [dead] = _spans(report, "fatalities")
    assert report.fatalities_best == 3 and text[dead.char_start:dead.char_end] == "3" and dead.rule


def test_an_extraction_without_a_database_names_the_record_of_each_span():
    result = warlog.extract("Militants ambushed a convoy near Mandera on Sunday, killing three police officers.",
                            published="2022-05-10")
    records = [("report", r.report_id, r) for r in result.reports] + [("claim", c.claim_id, c) for c in result.claims]
    assert result.reports and all(r.field_spans for r in result.reports)
    for kind, record_id, record in records:
        assert all((s.record_kind, s.record_id, s.article_id) == (kind, record_id, result.article.article_id)
                   for s in record.field_spans)


def test_a_claims_category_subject_and_period_point_to_their_words():
    text = ("A monitoring group said 744 civilians were killed in June alone; the coalition put the number at "
            "603 since 2014. Shelling killed 12 people and wounded 30 in Douma.")
    claims = {c.value_best: c for c in warlog.extract(text, published="2017-07-03").claims}
    [subject] = _spans(claims[744], "subject")
    [period] = _spans(claims[744], "period")
    assert (subject.surface, subject.derivation) == ("civilians", "stated")
    assert text[period.char_start:period.char_end] == period.surface == "June"
    [restated] = _spans(claims[603], "subject")
    assert restated.derivation == "inferred" and restated.surface == "civilians" and "restates" in restated.rule
    assert _spans(claims[603], "period")[0].surface == "since 2014"
    assert [(s.surface, s.derivation) for s in _spans(claims[744], "category")] == [("killed", "stated")]
    assert [(s.surface, s.derivation) for s in _spans(claims[30], "category")] == [("wounded", "stated")]
    [carried] = _spans(claims[30], "subject")
    assert (carried.surface, carried.derivation) == ("people", "inferred") and not _spans(claims[30], "period")


def test_a_claims_scope_points_to_the_words_that_make_it_a_total_or_one_days_count():
    text = ("Officials said 744 civilians were killed in June alone and 603 since 2014. A car bomb killed 12 "
            "people in the market on Tuesday. Militants have killed 40 soldiers in the region. Fighting "
            "displaced 20,000 people, the UN said. Twenty people were wounded.")
    claims = {c.value_best: c for c in warlog.extract(text, published="2017-07-03").claims}
    scopes = {value: (claim.scope, *[(s.surface, s.derivation) for s in _spans(claim, "scope")])
              for value, claim in claims.items()}
    assert scopes == {744: ("cumulative", ("June", "stated")), 603: ("cumulative", ("since 2014", "stated")),
                      12: ("incident", ("Tuesday", "stated")), 40: ("cumulative", ("have killed", "inferred")),
                      20000: ("cumulative", (None, "convention")), 20: ("incident", (None, "convention"))}
    [no_period] = _spans(claims[20], "scope")
    assert no_period.char_start is None and "one happening" in no_period.rule


def test_a_unit_categorises_a_claim_with_all_its_words():
    text = "Government forces retook 1,500 square kilometres of desert east of Palmyra, the army said."
    [claim] = [c for c in warlog.extract(text, published="2017-03-02").claims if c.value_best == 1500]
    [category] = _spans(claim, "category")
    assert claim.category == "area" and category.surface == "square kilometres"
    assert text[category.char_start:category.char_end] == category.surface
