"""Stories: articles about the same happening or announcement, across outlets and days.

Two articles within a time window join one story (single linkage) when either

* their words are alike: TF-IDF cosine of content words, which catches rewrites of one wire story; or
* they report the same happening: an event of the same kind at the same place (by distance, up to
  the reach of the coarser of the two places' precision: a town and its districts are one place,
  however a grid would cut them) on dates a day apart at most. Outlets of opposite stance tell one strike in words that share little,
  but they agree on what, where and when; or
* one named speaker tells of the same kind of event at the same place in both, whatever its modality
  (:func:`statements`): the same announcement ('the Raqqa assault will overlap with Mosul, Carter
  said') told on three days by three outlets.

The window keeps two strikes on one city a month apart in two stories, and links by words or by
happening make a story span at most :data:`STORY_SPAN` from its first article to its last: a daily
series on one siege is a run of stories, not one that grows for months. The bound is what keeps each
link step's neighbourhood, and so its memory, the same size however large the archive grows (see
:func:`warlog.link.link`).

Beyond that span, one thing joins a later article to an earlier story: what identifies the incident,
the people it names with their ages or its house address, in one region (:mod:`warlog.link.identity`): the arrest,
the trial and the sentencing months after a shooting. The link step finds such stories through the
keys each stores, not by comparing articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from operator import attrgetter

from warlog.clean.language import english_stopwords
from warlog.clean.normalise import stable_id
from warlog.link.copies import LinkArticle
from warlog.link.identity import LEDE_CHARS as IDENTITY_LEDE_CHARS
from warlog.link.identity import Identity
from warlog.places.distance import km_between
from warlog.link.grouping import bounded_groups, linked_groups
from warlog.models import Story

#: Cosine similarity above which two articles tell the same story. Set from the project's own corpus
#: (examples/): articles of different stories within one window reach 0.15, and rewrites of one
#: incident by outlets of opposite stance often stay under 0.3.
STORY_THRESHOLD = 0.2
#: Articles further apart than this are never one story.
STORY_WINDOW = timedelta(days=10)
#: A story's first and last articles are at most this far apart; a link that would stretch it further is dropped.
STORY_SPAN = timedelta(days=14)
_WORD = re.compile(r"[a-z][a-z\-']{3,}")
#: Terms per article in the inverted index that proposes candidate pairs.
TOP_TERMS = 15
#: Two reports of one happening are at most this far apart in their event dates.
HAPPENING_DAYS = 1


@dataclass(frozen=True)
class Spot:
    """Where a report places its event, and how far off another report may place it and mean the same place."""

    place: str
    latitude: float | None = None
    longitude: float | None = None
    reach_km: float = 0.0


@dataclass(frozen=True)
class Happening:
    """What an article says happened: the key two outlets agree on however differently they write.
    ``slack``: how many days before ``day`` it may have happened (an article's lede dated only by the
    article tells news of its day or the days just before); ``toll`` and ``injured``: the dead and the hurt
    it counts, when told."""

    kind: str
    day: date
    spot: Spot
    slack: int = 0
    toll: int | None = None
    injured: int | None = None


def _content_words(article: LinkArticle) -> Counter:
    stoplist = english_stopwords()
    text = f"{article.title or ''} {article.text}".lower()
    return Counter(w for w in _WORD.findall(text) if w not in stoplist)


def _tfidf_vectors(articles: list[LinkArticle]) -> list[dict[str, float]]:
    counts = [_content_words(a) for a in articles]
    frequency = Counter(w for c in counts for w in c)
    total = len(articles)
    vectors = []
    for count in counts:
        vector = {w: (1 + math.log(n)) * math.log((1 + total) / (1 + frequency[w])) for w, n in count.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _candidate_pairs(vectors: list[dict[str, float]]) -> set[tuple[int, int]]:
    """Pairs that share one of their heaviest terms: the only ones whose cosine can pass the threshold
    in practice, found through an inverted index instead of comparing every pair."""
    holders: dict[str, list[int]] = {}
    for i, vector in enumerate(vectors):
        for word in sorted(vector, key=vector.__getitem__, reverse=True)[:TOP_TERMS]:
            holders.setdefault(word, []).append(i)
    return {(i, j) for members in holders.values() for n, i in enumerate(members) for j in members[n + 1:]}


def _within_window(a: LinkArticle, b: LinkArticle) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs(a.published - b.published) <= STORY_WINDOW


@dataclass(frozen=True)
class Statement:
    """What a named speaker says of an event, planned or done: the key of an announcement."""

    speaker: str
    kind: str
    spot: Spot


def speaker_key(attributed_to: str | None) -> str | None:
    """A named speaker, by the last word of the name ('Ash Carter', 'the US Defense Secretary Ash Carter'
    -> 'carter'); None for an unnamed or collective one ('police', 'the army', 'the SDF')."""
    words = (attributed_to or "").replace("\u2019", "'").split()
    last = words[-1].strip(".,") if words else ""
    if not last[:1].isupper() or last.isupper() or (words[0].lower() == "the" and len(words) < 3):
        return None
    return last.lower()


def same_statement(a: Statement, b: Statement) -> bool:
    return a.speaker == b.speaker and a.kind == b.kind and _places_agree(a.spot, b.spot)


def _places_agree(a: Spot, b: Spot) -> bool:
    if a.latitude is None or b.latitude is None:
        return a.place == b.place
    return km_between((a.latitude, a.longitude), (b.latitude, b.longitude)) <= max(a.reach_km, b.reach_km)


def same_happening(a: Happening, b: Happening) -> bool:
    """One happening told twice: of one kind, at one place, on days a day apart at most (beyond what
    either's ``slack`` allows)."""
    gap = (a.day - b.day).days
    return (a.kind == b.kind and -HAPPENING_DAYS - b.slack <= gap <= HAPPENING_DAYS + a.slack
            and _places_agree(a.spot, b.spot) and _tolls_agree(a, b))


def _tolls_agree(a: Happening, b: Happening) -> bool:
    """A happening known by its toll (one told undated, with a ``slack`` and a ``toll``) is one that gives
    the same toll, and the same number hurt when it is known by that too (its ``injured``)."""
    return all(not known.slack or known.toll is None
               or known.toll == other.toll and (known.injured is None or known.injured == other.injured)
               for known, other in ((a, b), (b, a)))


#: Size in degrees of the grid cells that index happenings (about 55 km): a happening is compared with
#: those in its own cell and the eight around it, which holds every place within reach.
_CELL_DEGREES = 0.5


def _cells(happening: Happening) -> tuple[tuple, list[tuple]]:
    """The index cell a happening is filed under, and the cells to look in for happenings that may agree."""
    kind, spot = happening.kind, happening.spot
    if spot.latitude is None:
        return (kind, spot.place), [(kind, spot.place)]
    row, column = math.floor(spot.latitude / _CELL_DEGREES), math.floor(spot.longitude / _CELL_DEGREES)
    return (kind, row, column), [(kind, row + dr, column + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def _happening_pairs(articles: list[LinkArticle], happenings: dict[str, set[Happening]]) -> set[tuple[int, int]]:
    """Article pairs that tell one happening (:func:`same_happening`)."""
    filed: dict[tuple, list[tuple[int, Happening]]] = {}
    for i, article in enumerate(articles):
        for happening in happenings.get(article.article_id, ()):
            filed.setdefault(_cells(happening)[0], []).append((i, happening))
    return {
        (i, j)
        for i, article in enumerate(articles)
        for a in happenings.get(article.article_id, ())
        for cell in _cells(a)[1]
        for j, b in filed.get(cell, ())
        if j > i and same_happening(a, b)
    }


def _statement_pairs(articles: list[LinkArticle], statements: dict[str, set[Statement]]) -> set[tuple[int, int]]:
    said: dict[tuple[str, str], list[tuple[int, Statement]]] = {}
    for i, article in enumerate(articles):
        for statement in statements.get(article.article_id, ()):
            said.setdefault((statement.speaker, statement.kind), []).append((i, statement))
    return {(i, j) for members in said.values() for n, (i, a) in enumerate(members) for j, b in members[n + 1:]
            if i != j and same_statement(a, b)}


def group_stories(articles: list[LinkArticle], copy_of: dict[str, str | None],
                  happenings: dict[str, set[Happening]] | None = None,
                  statements: dict[str, set[Statement]] | None = None,
                  identities: dict[str, Identity] | None = None,
                  regions: dict[str, set[str]] | None = None,
                  settled: list[list[str]] | None = None,
                  towns: dict[str, dict[str, str]] | None = None) -> list[Story]:
    """Group articles into stories; every article belongs to exactly one.

    Runs of articles within :data:`STORY_SPAN` (by words, happenings and statements) join when they
    share what identifies their incident in one region (``identities``, ``regions`` and ``towns``, per
    article id: :func:`followed_up`); ``settled`` lists groups of article ids an earlier step put in one
    story and that this one does not revisit (an old story a follow-up reaches back to), which stay together.
    """
    links = _story_links(articles, copy_of, happenings or {}, statements or {})
    runs = bounded_groups(articles, links, attrgetter("published"), STORY_SPAN)
    identities = identities or {}
    joined = followed_up(runs, identities, regions or {}, settled or [], towns or {})
    return [_story(members, identities) for members in joined]


#: A key that more runs of articles than this share names no one incident (a public figure, a busy
#: address): it joins nothing. Few incidents are followed up more than a handful of times months apart.
MAX_KEY_RUNS = 6


def followed_up(runs: list[list[LinkArticle]], identities: dict[str, Identity], regions: dict[str, set[str]],
                settled: list[list[str]], towns: dict[str, dict[str, str]] | None = None) -> list[list[LinkArticle]]:
    """Runs of articles joined when one's key (a person named with an age, a house address) is a key of
    the other or a person named in the other's opening (:mod:`warlog.link.identity`), in a region both
    place their reports in (one of ``regions``, per article id: a Michael Brown shot in Ohio is not the
    Michael Brown sentenced in Texas) unless either places none, or where one run's town, placed in a
    region the other does not place anything in, is named in the other's opening (``towns``, per article
    id: town name -> its region; :func:`_namesake_named`); and runs that hold articles of one settled
    story. Found through an index of keys and names, so the cost grows with the articles, not with their pairs."""
    where = [_Where(run, regions, towns or {}) for run in runs]
    holders: dict[str, set[int]] = {}
    for n, run in enumerate(runs):
        for article in run:
            identity = identities.get(article.article_id)
            for token in (identity.keys | identity.names) if identity else ():
                holders.setdefault(token, set()).add(n)
    links: set[tuple[int, int]] = set()
    for n, run in enumerate(runs):
        for article in run:
            identity = identities.get(article.article_id)
            for key in identity.keys if identity else ():
                partners = holders.get(key, set())
                if len(partners) <= MAX_KEY_RUNS:
                    links.update((n, m) for m in partners if m != n and where[n].meets(where[m]))
    run_of = {article.article_id: n for n, run in enumerate(runs) for article in run}
    for story in settled:
        held = [run_of[a] for a in story if a in run_of]
        links.update(zip(held, held[1:]))
    return [[article for run in group for article in run] for group in linked_groups(runs, links)]


class _Where:
    """Where a run of articles places its incident: the regions of its reports, its towns by name with
    their regions, and the openings of its articles (where news names the incident's town)."""

    def __init__(self, run: list[LinkArticle], regions: dict[str, set[str]], towns: dict[str, dict[str, str]]):
        self.run = run
        self.regions = {r for article in run for r in regions.get(article.article_id, ())}
        self.towns = {name: region for article in run for name, region in towns.get(article.article_id, {}).items()}

    @cached_property
    def openings(self) -> str:
        """Read only for runs whose key partners place them in other regions: most runs never need it."""
        return "\n".join(f"{article.title or ''}\n{article.text[:IDENTITY_LEDE_CHARS]}" for article in self.run)

    def meets(self, other: _Where) -> bool:
        return (not self.regions or not other.regions or bool(self.regions & other.regions)
                or _namesake_named(self, other) or _namesake_named(other, self))


def _namesake_named(one: _Where, other: _Where) -> bool:
    """A town ``one`` places in a region ``other`` places nothing in is named in ``other``'s openings: a
    name that several regions share, which each outlet read in its own ('Homewood' is a part of
    Pittsburgh and a city in Alabama; an article that names only the neighbourhood may be read in the
    other state), so the regions say nothing against one incident."""
    return any(region not in other.regions and re.search(rf"\b{re.escape(name)}\b", other.openings)
               for name, region in one.towns.items())


def _story_links(articles: list[LinkArticle], copy_of: dict[str, str | None],
                 happenings: dict[str, set[Happening]], statements: dict[str, set[Statement]]
                 ) -> Iterator[tuple[int, int]]:
    index = {a.article_id: i for i, a in enumerate(articles)}
    for article in articles:
        original = copy_of.get(article.article_id)
        if original in index:
            yield index[article.article_id], index[original]
    vectors = _tfidf_vectors(articles)
    for i, j in _candidate_pairs(vectors):
        if _within_window(articles[i], articles[j]) and _cosine(vectors[i], vectors[j]) >= STORY_THRESHOLD:
            yield i, j
    for i, j in _happening_pairs(articles, happenings) | _statement_pairs(articles, statements):
        if _within_window(articles[i], articles[j]):
            yield i, j



def _story(members: list[LinkArticle], identities: dict[str, Identity]) -> Story:
    members = sorted(members, key=lambda a: (a.published is None, a.published, a.article_id))
    dated = [a.published for a in members if a.published is not None]
    titled = [a.title for a in members if a.title]
    return Story(
        story_id=stable_id("story", members[0].article_id),
        article_ids=[a.article_id for a in members],
        title=titled[0] if titled else None,
        first_published=min(dated) if dated else None,
        last_published=max(dated) if dated else None,
        outlets=sorted({a.outlet for a in members if a.outlet}),
        identity_keys=sorted({k for a in members if a.article_id in identities for k in identities[a.article_id].keys}),
        identity_names=sorted({n for a in members if a.article_id in identities for n in identities[a.article_id].names}),
    )
