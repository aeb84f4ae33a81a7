"""One place per name in a story: outlets that tell one incident and name one town mean the same town.

Each article is placed on its own (``warlog.places``), and a town name that several regions share is
read from what that article alone says: one outlet writes 'COVINGTON, Ohio', another only
'Covington police' and gets the bigger Covington, in Kentucky. When the reports of one story name a
place by the same name at points in two regions, the story means one of them:

* the one whose region a report's own sentence names ('Covington, Ohio'), where only one is;
* else the one whose region a headline of the story names (a local outlet's page title, 'Covington,
  Ohio | News and Weather', or 'Ohio man shot ...'), where only one is;
* else the one more of the story's articles place it at;
* else (a tie) each report keeps its own.

The reports themselves are left as their articles read them (their spans point to what each text
says); the link step clusters and places events from copies that share the chosen place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from warlog.models import Report
from warlog.places.distance import km_between

#: Two points of one name further apart than this are two places (a town's own spread).
SAME_PLACE_KM = 25.0
#: What a report's place is made of; copied whole from the report that carries the chosen one.
_PLACE_FIELDS = ("location", "country", "country_name", "admin1", "admin2", "latitude", "longitude", "geonameid")


def _point(report: Report) -> tuple[float, float]:
    return report.latitude, report.longitude


def _named_places(reports: list[Report]) -> dict[str, list[Report]]:
    """Reports placed at a town or near one (precision 1 or 2), by the place's name."""
    by_name: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        if report.location and report.latitude is not None and report.geo_precision in (1, 2) and report.admin1:
            by_name[report.location].append(report)
    return by_name


def _sites(reports: list[Report]) -> list[list[Report]]:
    """The reports of one name grouped by point: each group lies within ``SAME_PLACE_KM`` of its first."""
    sites: list[list[Report]] = []
    for report in reports:
        site = next((s for s in sites if km_between(_point(s[0]), _point(report)) <= SAME_PLACE_KM), None)
        if site is None:
            sites.append([report])
        else:
            site.append(report)
    return sites


def _support(site: list[Report], headlines: str) -> tuple[bool, bool, int]:
    """Does a report's sentence name the site's region, does one of the story's ``headlines``, and how many
    articles place it there."""
    region = site[0].admin1 or ""
    stated = any(region and region in (report.sentence or "") for report in site)
    headlined = bool(region) and re.search(rf"\b{re.escape(region)}\b", headlines) is not None
    return stated, headlined, len({report.article_id for report in site})


def _chosen(sites: list[list[Report]], headlines: str) -> list[Report] | None:
    ranked = sorted(sites, key=lambda site: _support(site, headlines), reverse=True)
    return ranked[0] if _support(ranked[0], headlines) != _support(ranked[1], headlines) else None


def _moved(report: Report, to: Report) -> Report:
    return replace(report, **{name: getattr(to, name) for name in _PLACE_FIELDS})


def one_place_per_name(reports: list[Report], titles: dict[str, str | None] | None = None) -> list[Report]:
    """The reports of one story, those placed at a namesake of the place the story means replaced by
    copies placed there (see the module docstring); ``titles``: the headlines of the story's articles, by id."""
    headlines = "\n".join(title for article_id in dict.fromkeys(r.article_id for r in reports)
                           if (title := (titles or {}).get(article_id)))
    moved: dict[str, Report] = {}
    for named in _named_places(reports).values():
        sites = _sites(named)
        if len(sites) < 2:
            continue
        chosen = _chosen(sites, headlines)
        if chosen is None:
            continue
        for site in sites:
            if site is not chosen:
                moved.update({report.report_id: _moved(report, chosen[0]) for report in site})
    return [moved.get(report.report_id, report) for report in reports]
