"""Fuzzing the readers (issue 17): whatever the bytes, every record is accounted for once and nothing raises.

Hypothesis writes JSONL records, file names, HTML and WARC bytes; each property
reads them as a run does (every reader, then cleaning) and checks that no
exception escapes, that good records beside bad ones come through, and that
each bad item is named once with its reason. ``make test`` runs a few examples
of each; ``make fuzz`` (``WARLOG_FUZZ=1``) runs many, and a whole `warlog run`
over a generated corpus of every issue 17 case mixed with random bad files.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT, query_db
from fuzz.cases import CASES, build_all, good_record, page, story, warc_bytes
from fuzz.check import check_case

from warlog.engines.work import clean_item
from warlog.errors import WARNING_KINDS
from warlog.ingest import iter_items
from warlog.models import Article, RawDocument, Skip

FULL = os.environ.get("WARLOG_FUZZ") == "1"
settings.register_profile("quick", max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("fuzz", max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile("fuzz" if FULL else "quick")

pytestmark = pytest.mark.issue(17)


def _outcomes(path: Path) -> list[Article | Skip]:
    """What a run makes of ``path``: each item read, then cleaned. Any exception fails the property."""
    return [clean_item(item, now=None) for item in iter_items([path])]


def _one_line(text: str) -> bool:
    text.encode("utf-8")  # storable: no lone surrogates
    return "\n" not in text and "\r" not in text


def _json_values():
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                        max_leaves=12)


_BAD_LINES = st.one_of(
    st.binary(min_size=1, max_size=200).filter(lambda b: b"\n" not in b and b.strip()),
    _json_values().map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"id": st.text(max_size=5), "text": st.text(max_size=60)}).map(lambda r: json.dumps(r).encode()),
    st.fixed_dictionaries({"text": st.just("Fighting near the town killed four people on Monday, officials said."),
                           "published": st.text(max_size=30) | st.integers() | st.none(),
                           "title": st.text(max_size=20) | st.integers()}).map(lambda r: json.dumps(r).encode()),
    st.sampled_from([b'{"text": "\\ud800"}', b"[" * 5000, b'{"n": ' + b"9" * 5001 + b"}", b'{"text": 1e999}']),
)


@PROFILE
@given(lines=st.lists(st.one_of(st.integers(0, 7), _BAD_LINES), min_size=1, max_size=12))
def test_jsonl_records_each_come_out_once(lines):
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        raw = [json.dumps(good_record(n, f"line {i}")).encode() if isinstance(n, int) else n for i, n in enumerate(lines)]
        feed.write_bytes(b"\n".join(raw) + b"\n")
        outcomes = _outcomes(feed)
    by_line: dict[str, int] = {}
    for outcome in outcomes:
        assert _one_line(outcome.source) and (isinstance(outcome, Article) or _one_line(outcome.reason))
        if not (isinstance(outcome, Skip) and outcome.kind in WARNING_KINDS):
            by_line[outcome.source] = by_line.get(outcome.source, 0) + 1
    expected = {f"{feed}:{i + 1}" for i, line in enumerate(raw) if line.strip()}
    assert by_line == dict.fromkeys(expected, 1) or (not expected and list(by_line) == [str(feed)])
    stored = {o.external_id for o in outcomes if isinstance(o, Article)}
    assert {f"good-{n}" for n in lines if isinstance(n, int)} <= stored


_NAMES = st.binary(min_size=1, max_size=24).filter(
    lambda b: b"/" not in b and b"\0" not in b and not b.startswith(b".") and b"meta" not in b)


@PROFILE
@given(name=_NAMES)
def test_any_file_name_is_read_and_named_on_one_line(name):
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(os.fsencode(folder), name + b".txt"), "w", encoding="utf-8") as stream:
            stream.write(story(1))
        [outcome] = _outcomes(Path(folder))
    assert isinstance(outcome, Article) and _one_line(outcome.source)


@PROFILE
@given(data=st.binary(max_size=3000) | st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_html_bytes_are_a_skip_or_an_article_beside_good_ones(data):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "page.html").write_bytes(data)
        (Path(folder) / "ok.txt").write_text(story(2))
        outcomes = _outcomes(Path(folder))
    assert sorted(Path(o.source).name for o in outcomes if not (isinstance(o, Skip) and o.kind in WARNING_KINDS)) == [
        "ok.txt", "page.html"]
    assert any(isinstance(o, Article) and o.source.endswith("ok.txt") for o in outcomes)


_WARC = warc_bytes([page(0, "warc"), page(1, "warc"), page(2, "warc")], gz=False)
_WARC_GZ = warc_bytes([page(0, "warc"), page(1, "warc"), page(2, "warc")], gz=True)


@PROFILE
@example(gz=False, cut=494, flips=[(337, 0)])  # a NUL in the header line before Content-Length
@given(gz=st.booleans(), cut=st.integers(0, len(_WARC)), flips=st.lists(st.tuples(st.integers(0, len(_WARC) - 1),
                                                                               st.integers(0, 255)), max_size=4))
def test_damaged_warc_files_never_stop_a_run(gz, cut, flips):
    data = bytearray((_WARC_GZ if gz else _WARC)[:cut])
    for where, byte in flips:
        if where < len(data):
            data[where] = byte
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / ("crawl.warc.gz" if gz else "crawl.warc")).write_bytes(bytes(data))
        (Path(folder) / "ok.txt").write_text(story(3))
        outcomes = _outcomes(Path(folder))
    assert any(isinstance(o, Article) and o.source.endswith("ok.txt") for o in outcomes)
    assert all(_one_line(o.source) for o in outcomes)
    articles = [o for o in outcomes if isinstance(o, Article) and "crawl.warc" in o.source]
    assert all("The report came from the warc desk." in a.text for a in articles)  # never a record cut short


def _mixed_corpus(root: Path, seed: int) -> dict[str, Path]:
    """Every issue 17 case, plus random bad files and good ones scattered among them."""
    folders = build_all(root)
    rng = random.Random(seed)
    noise = root / "noise"
    noise.mkdir()
    for index in range(40):
        name = f"n{index:02d}{rng.choice(['.txt', '.html', '.json', '.jsonl', '.warc', '.jsonl.gz', '.bin'])}"
        (noise / name).write_bytes(rng.randbytes(rng.randint(0, 4000)))
    for index in range(10):
        (noise / f"good{index}.txt").write_text(story(index, f"noise {index}"))
    return folders


@pytest.mark.skipif(not FULL, reason="make fuzz: a whole `warlog run`, extraction and link step included")
def test_warlog_run_over_a_mixed_bad_corpus(tmp_path):
    folders = _mixed_corpus(tmp_path / "corpus", seed=17)
    db = tmp_path / "mixed.duckdb"
    command = [sys.executable, "-m", "warlog", "run", str(tmp_path / "corpus"), "--db", str(db), "--workers", "1"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=1800,
                            env=os.environ | {"COLUMNS": "400"})
    assert result.returncode == 0, result.stderr[-2000:]
    for case in CASES:
        check_case(case, folders[case.name], db)
    assert query_db(db, "SELECT count(*) FROM articles WHERE source LIKE '%/noise/good%'")[0][0] == 10
    lines = [line.split(": ", 1)[0] for line in result.stderr.splitlines() if line.startswith(("skipped ", "warning "))]
    assert len(lines) == len(set(lines)), "an item named twice"
    named = {line.split(" ", 1)[1].split(":")[0].split("#")[0] for line in lines}
    stored = {s.split(":")[0].split("#")[0] for (s,) in query_db(db, "SELECT source FROM articles")}
    noise = {str(p) for p in (tmp_path / "corpus" / "noise").iterdir() if p.name.startswith("n")}
    assert noise <= named | stored, sorted(noise - named - stored)
