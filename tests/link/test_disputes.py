import dataclasses
import json
from datetime import date, datetime

import pytest
from typer.testing import CliRunner

from warlog.cli.app import app
from warlog.link.disputes import CONTRADICTION, PERIOD_GAP, REJECTED, DisputeSide, StoredClaim, find_disputes
from warlog.schema import column_names

runner = CliRunner()


def _claim(claim_id, best, *, at_least=False, category="killed", subject="people", scope="incident",
           claimant=None, outlet="Levant Wire", origin=None, period=(None, None), stance="asserted",
           event_id=None, number_text=None):
    low, high = best, None if at_least else best
    return StoredClaim(
        claim_id=claim_id, article_id=f"a-{claim_id}", number_text=number_text or str(best), value_low=low,
        value_best=best, value_high=high, hedge=None, category=category, unit=None, subject=subject, scope=scope,
        period_start=period[0], period_end=period[1], place=None, claimant=claimant,
        claimant_type="monitor" if claimant else None, stance=stance, char_start=0, char_end=10, outlet=outlet,
        published=datetime(2017, 7, 16), origin=origin or f"a-{claim_id}", story_id="s1", event_id=event_id)


def _kinds(claims, outlet_of=None):
    return {side.kind for side in find_disputes(claims, outlet_of or {})}


def test_sides_are_rows_of_the_disputes_table():
    assert [f.name for f in dataclasses.fields(DisputeSide)] == column_names("disputes")


@pytest.mark.issue(4)
def test_figures_that_cannot_both_be_true_contradict():
    claims = [_claim("c1", 12, claimant="activists"), _claim("c2", 3, claimant="the coalition")]
    sides = find_disputes(claims, {})
    assert [(s.side, s.value_best, s.claimants, s.kind) for s in sides] == [
        (1, 3, ["the coalition"], CONTRADICTION), (2, 12, ["activists"], CONTRADICTION)]
    assert len({s.dispute_id for s in sides}) == 1


@pytest.mark.issue(4)
def test_open_ranges_and_different_quantities_do_not_contradict():
    assert _kinds([_claim("c1", 12, at_least=True), _claim("c2", 14)]) == set()  # 'at least 12' and 14
    assert _kinds([_claim("c1", 12, subject="soldiers"), _claim("c2", 30, subject="militants")]) == set()
    assert _kinds([_claim("c1", 12, event_id="e1"), _claim("c2", 30, event_id="e2")]) == set()
    assert _kinds([_claim("c1", 12, category="killed"), _claim("c2", 30, category="injured")]) == set()


@pytest.mark.issue(4)
def test_a_month_against_a_running_total_is_a_gap_not_a_contradiction():
    since_2014 = _claim("c1", 603, scope="cumulative", claimant="the coalition",
                        period=(date(2014, 1, 1), date(2017, 7, 16)))
    june = _claim("c2", 744, scope="cumulative", claimant="Airwars", period=(date(2017, 6, 1), date(2017, 6, 30)))
    assert _kinds([since_2014, june]) == {PERIOD_GAP}
    smaller_june = dataclasses.replace(june, value_low=44, value_best=44, value_high=44)
    assert _kinds([since_2014, smaller_june]) == set()


@pytest.mark.issue(4)
def test_the_same_figure_from_many_outlets_is_one_side_with_its_independent_sources():
    wire = _claim("c1", 12, claimant="activists", outlet="Levant Wire")
    copy = _claim("c2", 12, claimant="activists", outlet="Gulf Daily", origin="a-c1")
    other = _claim("c3", 12, claimant="medics", outlet="Desert Post")
    low = _claim("c4", 3, claimant="the coalition", outlet="Desert Post")
    outlet_of = {"a-c1": "Levant Wire", "a-c3": "Desert Post", "a-c4": "Desert Post"}
    sides = find_disputes([wire, copy, other, low], outlet_of)
    high_side = next(s for s in sides if s.value_best == 12)
    assert (high_side.n_claims, high_side.n_sources) == (3, 2)
    assert high_side.claimants == ["activists", "medics"]
    assert high_side.outlets == ["Desert Post", "Gulf Daily", "Levant Wire"]


@pytest.mark.issue(4)
def test_a_figure_rejected_in_words_is_a_dispute_and_the_outlet_speaks_when_nobody_else_does():
    claims = [_claim("c1", 40, claimant="the rebels"), _claim("c2", 40, claimant="the army", stance="disputed")]
    assert _kinds(claims) == {REJECTED}
    own_voice = find_disputes([_claim("c1", 12), _claim("c2", 3, claimant="police")], {})
    assert own_voice[1].claimants == ["Levant Wire (own voice)"]


ARTICLES = {
    "tally.txt": ("Levant Wire", "2017-07-16", "Coalition admits civilian deaths in Raqqa air campaign\n\n"
                  "The US-led coalition said on Sunday that 603 civilians have been killed in its air strikes "
                  "in Syria and Iraq since 2014. The coalition said it investigates every report of civilian "
                  "casualties in the campaign against Islamic State in Raqqa."),
    "monitor.txt": ("Desert Post", "2017-07-17", "Monitor counts civilian deaths in Raqqa air campaign\n\n"
                    "Airwars, a London-based monitoring group, says 744 civilians were killed by coalition air "
                    "strikes in Syria and Iraq in June alone, far more than the coalition admits for the whole "
                    "campaign against Islamic State in Raqqa."),
    "market.txt": ("Levant Wire", "2017-07-14", "Air strike hits Tabqa market\n\nAn air strike hit a crowded market "
                   "in Tabqa on Thursday, killing 12 civilians, local activists said. Residents said the strike "
                   "destroyed dozens of stalls near the market mosque in Tabqa."),
    "market_copy.txt": ("Gulf Daily", "2017-07-14", None),
    "market_coalition.txt": ("Desert Post", "2017-07-15", "Coalition disputes toll of Tabqa market strike\n\n"
                             "The coalition said its air strike on the Tabqa market on Thursday killed three "
                             "civilians and that the market mosque in Tabqa was not damaged."),
}


@pytest.fixture(scope="module")
def disputes_db(tmp_path_factory):
    """Five short articles run through the whole pipeline: a tally against a month, and a market strike
    whose toll a wire story (copied by a second outlet) and the coalition give differently."""
    from warlog.pipeline import run

    folder = tmp_path_factory.mktemp("disputes")
    corpus = folder / "corpus"
    corpus.mkdir()
    meta = []
    for name, (outlet, published, text) in ARTICLES.items():
        (corpus / name).write_text(text or ARTICLES["market.txt"][2], encoding="utf-8")
        meta.append(json.dumps({"file": name, "outlet": outlet, "published": published}))
    (corpus / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    path = folder / "disputes.duckdb"
    run([corpus], db=path, workers=1)
    return path


@pytest.mark.issue(4)
def test_the_pipeline_writes_disputes(disputes_db):
    from conftest import query_db

    rows = query_db(disputes_db, "SELECT kind, number_text, claimants, outlets, n_sources, scope FROM disputes "
                                 "ORDER BY dispute_id, side")
    assert ("period_gap", "603", ["the US-led coalition"], ["Levant Wire"], 1, "cumulative") in rows
    assert ("period_gap", "744", ["Airwars"], ["Desert Post"], 1, "cumulative") in rows
    assert ("contradiction", "12", ["local activists"], ["Gulf Daily", "Levant Wire"], 1, "incident") in rows
    assert ("contradiction", "three", ["the coalition"], ["Desert Post"], 1, "incident") in rows


@pytest.mark.issue(4)
def test_disputes_command_and_export(disputes_db):
    result = runner.invoke(app, ["disputes", "--db", str(disputes_db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "period_gap" in result.output and "Airwars" in result.output and "2 disputes" in result.output
    exported = runner.invoke(app, ["export", "--db", str(disputes_db), "--table", "disputes", "--format", "jsonl"])
    assert exported.exit_code == 0
    assert {json.loads(line)["kind"] for line in exported.stdout.splitlines()} == {"period_gap", "contradiction"}


def test_disputes_command_has_help_with_an_example():
    result = runner.invoke(app, ["disputes", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
