"""Great-circle distance: the one haversine every stage measures with (places, events, stories, scorers).

Written here rather than taken from a library because it is four lines and the packages that ship one
(geopy, haversine) would add a dependency for nothing else.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
