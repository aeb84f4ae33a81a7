"""User place files: villages and sites no gazetteer has (Tuways, al-Gharz), with priority over it.

The file is a CSV with the header ``name,latitude,longitude,country,admin1,aliases`` (``aliases``
``;``-separated; ``country`` an ISO 3166-1 alpha-2 code). Its path comes from the ``WARLOG_PLACES``
environment variable, which ``warlog run --places PATH`` sets so spawned workers inherit it. The file
is small and read in memory by each process; it is not part of the cached index, so editing it needs
no rebuild. DOCS: docs/places.md
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from pathlib import Path

from warlog.errors import WarlogError
from warlog.places.normalise import name_key
from warlog.places.records import ALTERNATE, MAIN, Place
from warlog.places.sources import split_list

ENV_VAR = "WARLOG_PLACES"
COLUMNS = ("name", "latitude", "longitude", "country", "admin1", "aliases")
#: Message of the error raised for a place file warlog cannot use.
BAD_PLACE_FILE = "Cannot use the place file {path} (set by WARLOG_PLACES or --places): {detail}"


class UserPlaces:
    """The places of one user file, by name key; an empty collection when no file is set."""

    def __init__(self, places: list[tuple[Place, list[str]]] | None = None):
        self.by_key: dict[str, list[tuple[Place, int]]] = defaultdict(list)
        for place, aliases in places or []:
            self.by_key[name_key(place.name)].append((place, MAIN))
            for alias in aliases:
                if name_key(alias) != name_key(place.name):
                    self.by_key[name_key(alias)].append((place, ALTERNATE))

    def lookup(self, key: str) -> list[tuple[Place, int]]:
        return self.by_key.get(key, [])

    def __len__(self) -> int:
        return len({place.id for matches in self.by_key.values() for place, _ in matches})


def _user_place(number: int, row: dict[str, str]) -> tuple[Place, list[str]]:
    place = Place(
        id=-number, name=row["name"].strip(), feature="village", country=(row["country"] or "").strip().upper() or None,
        admin1=(row["admin1"] or "").strip() or None, latitude=float(row["latitude"]),
        longitude=float(row["longitude"]), source="user",
    )
    return place, split_list(row.get("aliases") or "")


def read_user_places(path: Path) -> UserPlaces:
    """Read a user place file; raise :class:`WarlogError` when it is missing or malformed."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(COLUMNS[:3]) - set(reader.fieldnames or [])
            if missing:
                raise ValueError(f"missing column(s) {', '.join(sorted(missing))}")
            return UserPlaces([_user_place(number, row) for number, row in enumerate(reader, start=1)])
    except (OSError, ValueError, KeyError) as error:
        raise WarlogError(BAD_PLACE_FILE.format(path=path, detail=error)) from error


def user_places_path() -> Path | None:
    value = os.environ.get(ENV_VAR, "").strip()
    return Path(value) if value else None
