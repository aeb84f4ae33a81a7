import gzip
import io
import json
import os
import sys

import pytest

from warlog.engines.shards import FileGroup, InMemory, LineRange, plan_input
from warlog.errors import WarlogError
from warlog.ingest import iter_items

STORY = "An air strike hit a market in Tabqa on Thursday, killing {n} civilians, local activists said."


def _write_feed(path, records=40):
    lines = []
    for n in range(records):
        lines.append(json.dumps({"id": f"r{n}", "text": STORY.format(n=n), "outlet": "Levant Wire"}))
        if n % 7 == 3:
            lines.append("")  # blank lines still count in FILE:LINE sources
        if n == 11:
            lines.append('{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(plan):
    return [item for shard in plan.shards for item in shard.read()]


def test_a_large_jsonl_is_cut_into_line_ranges_that_read_as_the_whole_file(tmp_path):
    feed = _write_feed(tmp_path / "feed.jsonl")
    plan = plan_input([feed], shard_bytes=500)
    shards = list(plan.shards)
    assert len(shards) > 3 and all(isinstance(s, LineRange) for s in shards)
    assert [item for shard in shards for item in shard.read()] == list(iter_items([feed]))
    assert sum(s.size for s in shards) == plan.total_bytes == feed.stat().st_size


def test_small_files_are_grouped_per_folder_and_sidecars_apply(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for n in range(3):
            (tmp_path / folder / f"{n}.txt").write_text(f"Title {n}\n\n{STORY.format(n=n)}\n")
    (tmp_path / "a" / "meta.jsonl").write_text(json.dumps({"file": "1.txt", "outlet": "Euphrates Herald"}) + "\n")
    plan = plan_input([tmp_path])
    shards = list(plan.shards)
    assert [type(s) for s in shards] == [FileGroup, FileGroup]
    assert _read(plan_input([tmp_path])) == list(iter_items([tmp_path]))
    assert plan.total_bytes == sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file())  # sidecars too


def test_groups_respect_the_byte_budget(tmp_path):
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(STORY.format(n=n))
    shards = list(plan_input([tmp_path], shard_bytes=250).shards)
    assert len(shards) == 3 and all(len(s.paths) == 2 for s in shards)


def test_gzip_files_are_not_split(tmp_path):
    feed = _write_feed(tmp_path / "feed.jsonl")
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress(feed.read_bytes()))
    feed.unlink()
    [shard] = plan_input([packed], shard_bytes=100).shards
    assert isinstance(shard, FileGroup) and _read(plan_input([packed])) == list(iter_items([packed]))


def test_identity_is_stable_and_follows_changes(tmp_path):
    feed = _write_feed(tmp_path / "feed.jsonl")
    first = [s.identity for s in plan_input([feed], shard_bytes=500).shards]
    assert first == [s.identity for s in plan_input([feed], shard_bytes=500).shards]
    os.utime(feed, ns=(0, 10**9))
    assert not set(first) & {s.identity for s in plan_input([feed], shard_bytes=500).shards}


def test_a_missing_path_fails_before_any_shard(tmp_path):
    with pytest.raises(WarlogError, match="No input found"):
        plan_input([tmp_path / "nowhere"])


def test_standard_input_is_read_into_memory_shards_of_unknown_total(monkeypatch):
    records = "".join(json.dumps({"text": STORY.format(n=n)}) + "\n" for n in range(5))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.encode())))
    plan = plan_input(["-"])
    shards = list(plan.shards)
    assert plan.total_bytes is None and [type(s) for s in shards] == [InMemory]
    assert [item.source for item in shards[0].read()] == [f"<stdin>:{n}" for n in range(1, 6)]


def test_a_small_input_is_cut_so_that_every_worker_gets_shards(tmp_path):
    from warlog.engines.shards import MIN_SHARD_BYTES, SHARDS_PER_WORKER

    feed = tmp_path / "feed.jsonl"
    record = '{"id": "a%d", "text": "' + "Fighting continued near the dam on Monday. " * 40 + '"}\n'
    feed.write_text("".join(record % n for n in range(400)))
    assert feed.stat().st_size > 2 * SHARDS_PER_WORKER * MIN_SHARD_BYTES
    whole = list(plan_input([feed]).shards)
    spread = list(plan_input([feed], workers=2).shards)
    assert len(whole) == 1 and len(spread) >= 2 * SHARDS_PER_WORKER
    assert _read(plan_input([feed], workers=2)) == list(iter_items([feed]))
