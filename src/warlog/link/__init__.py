"""Linking: wire copies, stories, events and disputes across the whole database."""

from __future__ import annotations

from datasketch import MinHash

from warlog.extract.background import MENTION_MODALITIES
from warlog.link.copies import LinkArticle, find_copies
from warlog.link.disputes import find_disputes, load_claims
from warlog.link.events import EVENT_MODALITIES, LEDE_CHARS, TERRITORY_KIND, build_events, event_kind
from warlog.link.identity import Identity, identity_of
from warlog.link.stories import (MAX_KEY_RUNS, STORY_SPAN, STORY_WINDOW, Happening, Spot, Statement,
                                 group_stories, speaker_key)
from warlog.models import Report
from warlog.schema import column_names
from warlog.store import Links, Store


#: New articles placed per link step (see :func:`link`).
LINK_BUCKET = 2000
#: Reports that pin a story down: what happened, is happening, or is denied to have happened.
STORY_MODALITIES = EVENT_MODALITIES | {"denied"}


#: How far two reports' places may be apart and still be one place, by the coarser geo precision
#: (1 a town, 2 part of or near one).
HAPPENING_REACH_KM = {1: 10.0, 2: 25.0}


#: Days before its article that the news its lede tells without a date of its own may have happened:
#: news leads with what happened that day or the day before, and a weekly or an outlet of comment a day later.
LEDE_SLACK_DAYS = 2
#: Kinds of happening a town sees once in such a stretch, so that an undated lede can only mean the one
#: dated elsewhere: a change of who holds it. Fighting, strikes and shootings recur in a town from one
#: day to the next (an undated 'a man was shot in Killeen' is not Saturday's shooting there).
ONCE_IN_A_WHILE = frozenset({TERRITORY_KIND})
#: A death toll a town sees once in such a stretch: an undated lede that gives it ('four killed in
#: Killeen shooting') is the killing of that many people dated there elsewhere.
RARE_TOLL = 3
#: People shot, killed and wounded together, that a town sees once in such a stretch (news calls four or
#: more shot in one incident a mass shooting): an undated lede that gives as many dead and as many hurt
#: ('a man killed his stepfather and wounded four others') is the shooting dated there elsewhere with both.
RARE_VICTIMS = 4
#: Dates an article gives its reports when their sentences give none.
_ARTICLE_DATES = frozenset({"published", "dateline"})


def happenings(reports: list[Report]) -> dict[str, set[Happening]]:
    """Per article, the happenings it pins down: in or at a town (geo precision 1 or 2: 'the al-Badu
    district of Raqqa' is where 'Raqqa' is) on a known day, or, for a change of hands, told in its lede
    with no date but the article's (:data:`LEDE_SLACK_DAYS`, :data:`ONCE_IN_A_WHILE`: 'the long-trailed
    liberation of Raqqa is finally under way'), or so told with a toll a town rarely sees (:data:`RARE_TOLL`),
    which then must match ('four killed in Killeen shooting' is the Killeen shooting with four dead), or
    with as many people shot as a town rarely sees (:data:`RARE_VICTIMS`), whose dead and hurt must match. A
    denial is about the same happening as the report it denies; vaguer reports ('fighting in Raqqa
    province this week', an undated mention further down) would join unrelated stories."""
    found: dict[str, set[Happening]] = {}
    for report in reports:
        if (report.modality not in STORY_MODALITIES or report.geo_precision not in HAPPENING_REACH_KM
                or report.event_date is None):
            continue
        undated_lede = report.date_from in _ARTICLE_DATES and report.char_start < LEDE_CHARS
        dead, hurt = report.fatalities_best or 0, report.injured_best or 0
        if report.date_precision == "day":
            happening = Happening(event_kind(report), report.event_date, _spot(report), toll=report.fatalities_best,
                                  injured=report.injured_best)
        elif undated_lede and event_kind(report) in ONCE_IN_A_WHILE:
            happening = Happening(event_kind(report), report.event_date, _spot(report), LEDE_SLACK_DAYS)
        elif undated_lede and dead >= RARE_TOLL:
            happening = Happening(event_kind(report), report.event_date, _spot(report), LEDE_SLACK_DAYS, dead)
        elif undated_lede and dead + hurt >= RARE_VICTIMS:
            happening = Happening(event_kind(report), report.event_date, _spot(report), LEDE_SLACK_DAYS, dead,
                                  report.injured_best)
        else:
            continue
        found.setdefault(report.article_id, set()).add(happening)
    return found


def regions(reports: list[Report]) -> dict[str, set[str]]:
    """Per article, the first-level regions ('US/Ohio') its reports are placed in."""
    found: dict[str, set[str]] = {}
    for report in reports:
        if report.country and report.admin1:
            found.setdefault(report.article_id, set()).add(f"{report.country}/{report.admin1}")
    return found


def towns(reports: list[Report]) -> dict[str, dict[str, str]]:
    """Per article, the towns its reports are placed at or near (geo precision 1 or 2), by name as the
    gazetteer gives it, with their first-level regions ('Homewood' -> 'US/Alabama')."""
    found: dict[str, dict[str, str]] = {}
    for report in reports:
        if report.location and report.country and report.admin1 and report.geo_precision in HAPPENING_REACH_KM:
            found.setdefault(report.article_id, {})[report.location] = f"{report.country}/{report.admin1}"
    return found


def _spot(report: Report) -> Spot:
    return Spot((report.location or "").lower(), report.latitude, report.longitude,
                HAPPENING_REACH_KM[report.geo_precision])


def statements(reports: list[Report]) -> dict[str, set[Statement]]:
    """Per article, what named speakers say of events at a town or near one, whatever the modality (but for
    mentions of events told as background or again, :data:`warlog.extract.background.MENTION_MODALITIES`)."""
    found: dict[str, set[Statement]] = {}
    for report in reports:
        speaker = speaker_key(report.attributed_to)
        if speaker is not None and report.geo_precision in HAPPENING_REACH_KM and report.modality not in MENTION_MODALITIES:
            found.setdefault(report.article_id, set()).add(Statement(speaker, event_kind(report), _spot(report)))
    return found


def _relink(store: Store, new_ids: list[str], signatures: dict[str, MinHash]) -> None:
    """Copies, stories, events and disputes for ``new_ids`` and their neighbourhood, replacing what was there.

    ``signatures`` keeps the MinHashes of the last neighbourhood, which the next bucket's mostly shares.
    """
    rows, old_story_ids = store.articles_to_relink(new_ids, STORY_WINDOW)
    identities = _identities(rows)
    followed = _stories_followed_up(store, identities, old_story_ids)
    for story_rows, _ in followed.values():
        rows.extend(story_rows)
        identities |= _identities(story_rows)
    old_story_ids = [*old_story_ids, *followed]
    articles = [LinkArticle(*row) for row in rows]
    article_ids = [a.article_id for a in articles]
    copy_of = find_copies(articles, signatures)
    for stale in signatures.keys() - set(article_ids):
        del signatures[stale]
    names = column_names("reports")
    reports = [Report(**dict(zip(names, row))) for row in store.reports_of(article_ids)]
    settled = [ids for _, ids in followed.values()] + _outside_the_step(articles, new_ids, store.story_articles(
        [story_id for story_id in old_story_ids if story_id not in followed]))
    stories = group_stories(articles, copy_of, happenings(reports), statements(reports), identities,
                            regions(reports), settled=settled, towns=towns(reports))
    outlet_of = {a.article_id: a.outlet for a in articles}
    events = build_events(
        stories,
        reports,
        published={a.article_id: a.published for a in articles},
        outlet_of=outlet_of,
        copy_of=copy_of,
        titles={a.article_id: a.title for a in articles},
    )
    disputes = find_disputes(load_claims(store, stories, events, reports, copy_of), outlet_of,
                             {e.event_id: e for e in events})
    store.replace_links_for(article_ids, old_story_ids, Links(stories, events, copy_of, disputes))


def _identities(rows: list[tuple]) -> dict[str, Identity]:
    """What identifies each article's incident, of the link step's rows (article_id, text, title, ...)."""
    return {row[0]: identity_of(row[2], row[1]) for row in rows}


def _outside_the_step(articles: list[LinkArticle], new_ids: list[str], members: dict[str, list[str]]) -> list[list[str]]:
    """Of each story a step revisits, its articles published outside the step's days (a story an
    identity key stretched over months): the step links only what it reads around its new articles, so
    those stay together as an earlier step left them."""
    published = {a.article_id: a.published for a in articles}
    days = [published[i] for i in new_ids if published.get(i) is not None]
    if not days:
        return []
    first, last = min(days) - STORY_WINDOW, max(days) + STORY_WINDOW
    outside = ([a for a in ids if published.get(a) is not None and not first <= published[a] <= last]
               for ids in members.values())
    return [ids for ids in outside if len(ids) > 1]


def _stories_followed_up(store: Store, identities: dict[str, Identity], besides: list[str]
                         ) -> dict[str, tuple[list[tuple], list[str]]]:
    """Stories outside the neighbourhood that its articles follow up (:mod:`warlog.link.identity`): found
    by the keys and names each story stores, so a trial months after a shooting joins its story without
    the step reading the months between."""
    keys = {k for identity in identities.values() for k in identity.keys}
    names = {n for identity in identities.values() for n in identity.names}
    return store.stories_sharing_identity(keys, names, besides, MAX_KEY_RUNS)


def link(store: Store) -> dict[str, int]:
    """Place the articles no story holds yet: copies, stories, events and disputes around them.

    Only the neighbourhood of the new articles is recomputed: articles published within one story
    window of them and the stories that reach into it (see :meth:`Store.articles_to_relink`). A
    first run links everything; adding a day of news revisits a few weeks, not the archive.
    New articles are placed :data:`LINK_BUCKET` at a time in publication order, each bucket as one
    incremental step. Since a story spans at most :data:`STORY_SPAN`, a step holds one bucket and a
    few weeks around it in memory, however large the archive.
    """
    signatures: dict[str, MinHash] = {}
    relinked, placed = 0, None
    while new_ids := store.unlinked_article_ids(limit=LINK_BUCKET):
        if new_ids == placed:
            raise RuntimeError(f"linking left {len(new_ids)} articles unplaced, starting with {new_ids[0]}")
        _relink(store, new_ids, signatures)
        relinked, placed = relinked + len(new_ids), new_ids
    totals = store.counts()
    return {"stories": totals["stories"], "events": totals["events"], "copies": store.count_copies(),
            "disputes": store.count_disputes(), "relinked": relinked}


__all__ = ["link"]
