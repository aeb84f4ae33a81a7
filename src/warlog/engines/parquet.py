"""Parquet shards: how the Dask engine's workers hand their rows to the main process.

DuckDB has one writer, and the workers may be on other machines, so each worker
writes the rows of its shard (the tables of :mod:`warlog.engines.tables`) under
the run's Parquet folder, partitioned by publication date, and the main process
loads them into the database::

    DIR/articles/published_date=2017-06-14/part-KEY.parquet
    DIR/reports/published_date=2017-06-14/part-KEY.parquet   (by the article's date)
    DIR/claims/published_date=__HIVE_DEFAULT_PARTITION__/...  (articles without a date)
    DIR/skips/part-KEY.parquet
    DIR/_shards/KEY.json                                      the manifest, written last

Every file is written under a temporary name and renamed, the manifest last, so
a shard is either complete or absent. ``KEY`` hashes the shard's input and the
installed warlog code, data and spaCy model (:func:`code_fingerprint`): a shard
whose manifest exists is loaded from here instead of being computed again, which
is what makes re-runs and resumed runs cheap. A change to warlog changes every key.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import warlog
from warlog.clean.normalise import stable_id
from warlog.engines.shards import Shard
from warlog.engines.tables import extraction_tables, skip_table
from warlog.engines.work import ShardOutput
from warlog.models import Extraction, Skip
from warlog.nlp.loader import MODEL_PACKAGES
from warlog.store.duckdb_store import arrow_schema

MANIFESTS = "_shards"
#: Partition for articles without a publication date: the Hive name for null, which
#: DuckDB, Spark and pyarrow read as a null date.
NO_DATE = "__HIVE_DEFAULT_PARTITION__"
#: Skips a manifest lists for display; all of them are in the skips file.
RECENT_SKIPS = 20


@dataclass
class ShardManifest:
    """A finished shard: its files (relative to the Parquet folder) and what it held."""

    key: str
    size: int
    files: dict[str, list[str]]
    articles: int = 0
    duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    recent_skips: list[Skip] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> ShardManifest:
        data = json.loads(text)
        data["recent_skips"] = [Skip(**skip) for skip in data["recent_skips"]]
        return cls(**data)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the installed warlog package (code and rule tables) and the spaCy model's version."""
    root = Path(warlog.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(_model_version().encode())
    return digest.hexdigest()[:20]


def _model_version() -> str:
    for package in MODEL_PACKAGES:
        try:
            return f"{package}=={version(package)}"
        except PackageNotFoundError:
            continue
    return "no model"


def shard_key(shard: Shard, regions: str) -> str:
    """Names a shard's output: the same input, code and convention for regions give the same rows."""
    return stable_id(code_fingerprint(), regions, shard.identity)


def read_manifest(folder: Path, key: str) -> ShardManifest | None:
    """The manifest of a finished shard, or None when the shard has not been written."""
    path = folder / MANIFESTS / f"{key}.json"
    return ShardManifest.from_json(path.read_text(encoding="utf-8")) if path.is_file() else None


def write_shard(folder: Path, key: str, output: ShardOutput, *, size: int, now: datetime) -> ShardManifest:
    """Write a shard's rows partitioned by publication date, then its manifest."""
    files: dict[str, list[str]] = defaultdict(list)
    for day, extractions in _by_publication_day(output.extractions).items():
        for table, rows in extraction_tables(extractions).items():
            if rows.num_rows:
                files[table].append(_write_table(folder, f"{table}/published_date={day}/part-{key}.parquet", rows))
    if output.skips:
        files["skips"].append(_write_table(folder, f"skips/part-{key}.parquet", skip_table(output.skips, now=now)))
    manifest = ShardManifest(
        key=key,
        size=size,
        files=dict(files),
        articles=len(output.extractions),
        duplicates=output.duplicates,
        skipped=dict(Counter(skip.kind for skip in output.skips)),
        recent_skips=output.skips[-RECENT_SKIPS:],
    )
    write_atomically(folder / MANIFESTS / f"{key}.json", manifest.to_json().encode())
    return manifest


def write_combined(folder: Path, key: str, parts: list[ShardManifest], *, size: int) -> ShardManifest:
    """The manifest of a shard whose items were written as shards of their own (``parts``, in input
    order): their files under one name, so a re-run loads the whole shard without reading it again.

    As in one shard, an article met again is counted as a duplicate and its copy left out (the load
    takes a shard's articles as distinct); skips are all kept.
    """
    files: dict[str, list[str]] = defaultdict(list)
    skipped: Counter[str] = Counter()
    seen: set[str] = set()
    articles = duplicates = 0
    for part in parts:
        ids = _article_ids(folder, part)
        repeated = bool(ids) and ids <= seen
        seen |= ids
        for table, names in part.files.items():
            if table == "skips" or not repeated:
                files[table].extend(names)
        articles += 0 if repeated else part.articles
        duplicates += part.duplicates + (part.articles if repeated else 0)
        skipped.update(part.skipped)
    manifest = ShardManifest(
        key=key,
        size=size,
        files=dict(files),
        articles=articles,
        duplicates=duplicates,
        skipped=dict(skipped),
        recent_skips=[skip for part in parts for skip in part.recent_skips][-RECENT_SKIPS:],
    )
    write_atomically(folder / MANIFESTS / f"{key}.json", manifest.to_json().encode())
    return manifest


def _article_ids(folder: Path, manifest: ShardManifest) -> set[str]:
    return {article_id for name in manifest.files.get("articles", [])
            for article_id in pq.read_table(folder / name, columns=["article_id"])["article_id"].to_pylist()}


def read_shard(folder: Path, manifest: ShardManifest) -> dict[str, pa.Table]:
    """The shard's rows, as :meth:`Store.write_tables` takes them."""
    return {
        table: pa.concat_tables([pq.ParquetFile(folder / name).read() for name in names]).select(arrow_schema(table).names)
        for table, names in manifest.files.items()
    }


def _by_publication_day(extractions: list[Extraction]) -> dict[str, list[Extraction]]:
    days: dict[str, list[Extraction]] = defaultdict(list)
    for extraction in extractions:
        published = extraction.article.published
        days[published.date().isoformat() if published else NO_DATE].append(extraction)
    return days


def _write_table(folder: Path, name: str, rows: pa.Table) -> str:
    sink = pa.BufferOutputStream()
    pq.write_table(rows, sink)
    write_atomically(folder / name, sink.getvalue().to_pybytes())
    return name


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
