"""Casualty figures told in the sentence after an event's: more dead, others hurt, the wounded who died.

News often tells an event, then its toll, in two sentences ('An airstrike hit the market. Eleven people died.'),
or tells one side's dead and then the other's ('Two soldiers were killed. Seven rebels also died in the
fighting.'), the wounded and then those of them who died ('Five people were shot. Three of them died.'), or a
whole toll after its parts ('... bringing the death toll to 16'). These functions decide what the next
sentence's figures add to, or make of, the figures of the event told before it; :mod:`warlog.extract.reports`
calls them while it builds each event's report.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from warlog.data import read_table
from warlog.extract.casualties import counts_from, find_casualties, tells_people_hit
from warlog.extract.numbers import Quantity, counted_noun
from warlog.extract.scope import is_cumulative, tells_a_whole_toll
from warlog.extract.syntax import governing_verb
from warlog.models import Counts


def next_sentence_counts(sentences: list[Span], index: int, event_sentences: set[int]) -> tuple[Counts, Span | None]:
    """Casualties in the following sentence, when it names no event of its own."""
    if index + 1 >= len(sentences) or (index + 1) in event_sentences:
        return Counts(), None
    following = sentences[index + 1]
    if is_cumulative(following):
        return Counts(), None
    casualties = find_casualties(following)
    return (counts_from(casualties), following) if casualties else (Counts(), None)


def only_wounded(counts: Counts) -> bool:
    return counts.fatalities_best is None and bool(counts.injured_best)


def only_dead(counts: Counts) -> bool:
    return counts.injured_best is None and bool(counts.fatalities_best)


#: Words that tell people besides those just counted: 'another man was wounded', 'two others were hurt'.
_OTHERS = frozenset("another other others".split())


#: Words that may stand for the dead just counted: 'both were shot in the chest', 'he had a wound'.
_THE_DEAD_AGAIN = frozenset("he she him her they them both all each".split())


def others_hurt(counts: Counts, sentences: list[Span], index: int, event_sentences: set[int]) -> tuple[Counts, Span]:
    """'One person was fatally shot on Elm Street. Another was wounded.', 'A man died in a shooting on
    Elm Street. Two people were injured.': the wounded of the next sentence, told as others than the
    dead or as several people hurt (not only hit, :func:`~warlog.extract.casualties.tells_people_hit`,
    and named by no word that may stand for the dead), are the event's too. One wounded person not
    told as another may be the dead one told again ('He had a bullet wound in his chest', 'medics
    flew the victim to Linden General in grave condition'), so is left out."""
    following_counts, following = next_sentence_counts(sentences, index, event_sentences)
    if following is None or not only_wounded(following_counts):
        return counts, sentences[index]
    several_hurt = (following_counts.injured_best > 1 and not tells_people_hit(following)
                    and not any(token.lower_ in _THE_DEAD_AGAIN for token in following))
    if not (several_hurt or any(token.lower_ in _OTHERS for token in following)):
        return counts, sentences[index]
    return replace(counts, injured_low=following_counts.injured_low, injured_best=following_counts.injured_best,
                   injured_high=following_counts.injured_high), following


#: Words that tell dead besides those just counted: 'seven rebels also died', '2 more militants were killed',
#: 'an additional four demonstrators', 'two others died later'.
_MORE_DEAD = _OTHERS | frozenset("also additional further more too".split())


def dead_told_next(counts: Counts, sentences: list[Span], index: int, event_sentences: set[int]) -> tuple[Counts, Span]:
    """The event's figures with the dead of the next sentence, when it names no event of its own and tells
    them as parts or the whole of the event's toll (:func:`with_dead_told_after`)."""
    if index + 1 >= len(sentences) or (index + 1) in event_sentences:
        return counts, sentences[index]
    following = sentences[index + 1]
    more = with_dead_told_after(counts, sentences[index], following)
    return (counts, sentences[index]) if more is None else (more, following)


def with_dead_told_after(counts: Counts, sentence: Span, following: Span) -> Counts | None:
    """The figures of an event told in ``sentence`` with the dead ``following`` tells, or None where it tells
    none of them: a whole toll told after its parts replaces them ('A man shot his wife ... Police said he
    killed four people in all': :func:`~warlog.extract.scope.tells_a_whole_toll`), and the dead of another
    group told as more ('Seven rebels also died') or of the other side ('Three soldiers were killed. Twenty
    militants died in a counter-attack') add to them, as ACLED counts both sides' dead of one fight in one
    event."""
    casualties = find_casualties(following)
    dead = [c for c in casualties if c.kind == "killed" and not c.subset and not c.doer and c.quantity.best]
    if not dead:
        return None
    if tells_a_whole_toll(following):
        whole = max((c.quantity for c in dead), key=lambda q: q.best)
        if whole.best <= counts.fatalities_best:
            return None
        low, best, high = (None if value is None else int(round(value)) for value in (whole.low, whole.best, whole.high))
        return replace(counts, fatalities_low=low, fatalities_best=best, fatalities_high=high)
    if (is_cumulative(following) or all(_counted_before(c.quantity.start, following.doc) for c in dead)
            or _names_another_time_or_place(sentence, following) or _another_account(following)
            or not (any(_told_as_more(c.quantity, following.doc) for c in dead) or _other_side_dead(sentence, following))):
        return None
    return _added(counts, counts_from(casualties))


#: Entities that set a happening apart by its day or its place.
_TIME_AND_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _names_another_time_or_place(sentence: Span, following: Span) -> bool:
    """The following sentence names a day or a place the event's own does not ('Two more people were killed
    in Hadu on Monday'): another happening, not more dead of this one."""
    named = {ent.text.lower() for ent in sentence.ents if ent.label_ in _TIME_AND_PLACE}
    return any(ent.label_ in _TIME_AND_PLACE and ent.text.lower() not in named for ent in following.ents)


#: Words before a count that point to people counted already: 'the two soldiers', 'both', 'all five'.
_COUNTED_BEFORE = frozenset("the these those both all".split())


def _counted_before(start: int, doc: Doc) -> bool:
    return start > 0 and doc[start - 1].lower_ in _COUNTED_BEFORE


def _told_as_more(quantity: Quantity, doc: Doc) -> bool:
    """A count of the dead told as more than those counted before: by the words around the count ('two more
    militants', 'an additional four', 'two others'), on its noun ('other villagers') or on its verb ('seven
    rebels also died'). 'More than' is a hedge on a figure, not more people; 'other reports' are no more dead."""
    anchor = doc[quantity.end - 1]
    noun = counted_noun(quantity, doc) or anchor
    near = [*doc[max(quantity.start - 2, anchor.sent.start):quantity.end + 1], *noun.children, *governing_verb(noun).children]
    return any(t.lower_ in _MORE_DEAD and not (t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
               for t in near)


#: Words that tell another account of the same happening ('unconfirmed reports suggest', 'according to other
#: reports'): its figures stand beside the first account's, not on top of them.
_OTHER_ACCOUNTS = frozenset("unconfirmed report reports".split())


def _another_account(sentence: Span) -> bool:
    return any(t.lower_ in _OTHER_ACCOUNTS and t.pos_ in {"ADJ", "NOUN"} for t in sentence)


def _other_side_dead(sentence: Span, following: Span) -> bool:
    """Each sentence counts dead of one side of a fight, the following of the other ('three soldiers' then
    'twenty militants', 'five of the attackers'): both sides' dead, not a breakdown of the first count
    ('three policemen ... two officers died at the scene' names one side twice)."""
    first, second = _sides_of_the_dead(sentence), _sides_of_the_dead(following)
    return len(first) == len(second) == 1 and None not in first | second and first != second


def _sides_of_the_dead(sentence: Span) -> set[str | None]:
    """The sides of a fight the sentence's counts of the dead name (:func:`_sides_by_word`), None for people of
    no side named ('five people')."""
    doc = sentence.doc
    nouns = [counted_noun(c.quantity, doc) for c in find_casualties(sentence) if c.kind == "killed" and not c.subset]
    return {None if noun is None else _sides_by_word().get(f"{doc[noun.i - 1].lower_} {noun.lower_}" if noun.i else "")
            or _sides_by_word().get(noun.lower_) for noun in nouns}


#: ACLED inter codes of the generic actors, by the side of a fight they name: state forces (and foreign
#: ones), or armed groups (rebels, militias, unidentified armed men).
_SIDES = {"1": "state forces", "8": "state forces", "2": "armed group", "3": "armed group", "4": "armed group"}


@lru_cache(maxsize=1)
def _sides_by_word() -> dict[str, str]:
    """The side each generic actor's words of one or two words name ('soldiers', 'policemen', 'police
    officers'; 'militants', 'rebels', 'attackers'), from ``actors/generic.csv``."""
    sides: dict[str, str] = {}
    for row in read_table("actors/generic.csv"):
        side = _SIDES.get(row["inter"])
        for words in row["pattern"].split("|"):
            if side is not None and len(words.split()) <= 2:
                sides.setdefault(words.lower(), side)
    return sides


def _added(counts: Counts, more: Counts) -> Counts:
    """Two groups' figures of one event, added kind by kind; a kind only one group has is that group's, and a
    bound either leaves open stays open."""
    fields = {}
    for kind in ("fatalities", "civilian_fatalities", "injured"):
        ours, theirs = _figures_of(counts, kind), _figures_of(more, kind)
        figures = (ours or theirs if ours is None or theirs is None
                   else tuple(None if a is None or b is None else a + b for a, b in zip(ours, theirs)))
        fields.update(zip((f"{kind}_low", f"{kind}_best", f"{kind}_high"), figures or (None, None, None)))
    return replace(counts, **fields)


def _figures_of(counts: Counts, kind: str) -> tuple[int | None, int, int | None] | None:
    best = getattr(counts, f"{kind}_best")
    return None if best is None else (getattr(counts, f"{kind}_low"), best, getattr(counts, f"{kind}_high"))


def died_of_wounds(counts: Counts, sentences: list[Span], index: int,
                    event_sentences: set[int]) -> tuple[Counts, Span]:
    """'A man was shot on Elm Street. He died at the hospital.', 'Three men were shot ... One of them
    died.': the dead of the next sentence are among the event's wounded, not more victims; news tells
    a death in this order. The rest are the wounded."""
    following_counts, following = next_sentence_counts(sentences, index, event_sentences)
    survivors = None if following is None else dead_among_the_wounded(counts, following_counts)
    if survivors is None:
        return counts, sentences[index]
    return survivors, following


def dead_among_the_wounded(wounded: Counts, died: Counts) -> Counts | None:
    """The figures of people told as hurt (``wounded``, no dead) and then told as dead (``died``, no
    wounded), when the dead are no more than the hurt: the dead are among them, the rest are the
    wounded ('Five people were shot. Three of them died' is three dead and two wounded). None otherwise."""
    dead = died.fatalities_best
    if not only_wounded(wounded) or not dead or dead > wounded.injured_best or died.injured_best is not None:
        return None
    rest = wounded.injured_best - dead
    survivors = (None, None, None) if not rest else (max((wounded.injured_low or 0) - dead, 0), rest, rest)
    return replace(died, injured_low=survivors[0], injured_best=survivors[1], injured_high=survivors[2])
