"""Every date mention of an article: found, resolved against publication, given a role.

``find_dates`` runs the cheap patterns of :mod:`warlog.dates.grammar` over the text,
then for each expression reads the parse only around it (its governor), resolves it
(:mod:`warlog.dates.resolve`) and names its role (:mod:`warlog.dates.roles`). Nothing
here re-parses the text, so the cost is a few regular-expression passes per article.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from warlog.dates import tables
from warlog.dates.grammar import Expression, find_expressions, without_before
from warlog.dates.resolve import Anchor, Resolution, resolve
from warlog.dates.roles import climb, dates_a_statement, looks_forward, role_from_parse
from warlog.nlp.per_doc import doc_text

#: Characters after a mention searched for 'alone' ('in June alone').
_AFTER = 20
#: Intervals of at most this many days ('overnight', 'the weekend') date one incident: never the
#: period of a count, and as an event date they stand for their first day.
SHORT_RANGE_DAYS = 2


@dataclass
class DateMention:
    """A date expression in a text, resolved. DOCS: docs/dates.md

    ``start``/``end`` are character offsets in the text, ``mention`` the text between
    them. ``start_date``/``end_date`` bound the interval (inclusive; either is None when
    it cannot be known, e.g. a weekday in an article of unknown date). ``precision`` is
    day, week, month, year or range; ``role`` is event, period or other. ``counted_back`` is set on
    a day counted back from the date told before it ('the previous day', 'a day earlier').
    """

    start: int
    end: int
    mention: str
    start_date: date | None
    end_date: date | None
    precision: str
    role: str
    counted_back: bool = False


def as_date(value: date | datetime | str | None) -> date | None:
    """A publication date given as a date, a datetime or an ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class _Located:
    """An expression placed in the parse: its tokens, what it hangs on, whether it looks ahead."""

    expression: Expression
    span: Span | None
    governor: Token | None
    path: list[Token]
    forward: bool


def _lasts(resolution: Resolution) -> bool:
    """Does the date span more than two days? 'Overnight' or 'the weekend' date one incident."""
    if resolution.precision == "day":
        return False
    if resolution.start is None or resolution.end is None:
        return True
    return (resolution.end - resolution.start).days + 1 > SHORT_RANGE_DAYS


def _after(resolution: Resolution, published: date | None) -> bool:
    """A date that starts after publication is about the future, whatever its clause says."""
    return published is not None and resolution.start is not None and resolution.start > published


#: Days past publication a written range may end and still be told of what happened: a night's
#: span ('the night of 3 to 4 April') in a page dated the evening before.
_RANGE_END_SLACK = timedelta(days=SHORT_RANGE_DAYS)


def _runs_into_the_future(expression: Expression, resolution: Resolution, published: date | None) -> bool:
    """Does a range written from one date to another end well after publication ('renewed a ban on night
    markets from 5 August to 31 January', in news of 10 August)? It tells a plan, a measure's term or a
    schedule, not when something happened: clipped to publication, it would date an event on a day its
    text never names."""
    return (expression.rule == "range" and published is not None and resolution.end is not None
            and resolution.end > published + _RANGE_END_SLACK)


def _role(expression: Expression, located: _Located, text: str, resolution: Resolution, dated: set[int]) -> str:
    # 'as of 5 December' dates a tally or a report, not the event (issue 14).
    if expression.dateline or expression.modifier in {"before", "as_of"} or located.forward or expression.role == "other":
        return "other"
    # 'the past 24 hours' is the span of a count when its clause counts ('120 sorties over the past
    # 24 hours'), and the day of the event when it tells one ('rebels took the town in the past 24
    # hours'): the parse decides, as for any span.
    counting_span = expression.role == "period"
    lasting = _lasts(resolution) or counting_span
    if expression.modifier == "since" or (counting_span and _lasts(resolution)):
        return "period"
    if lasting and tables.context_meaning("after", text[expression.end : expression.end + _AFTER]):
        return "period"
    if located.span is None:
        return "event"
    own = located.governor.i if located.governor is not None else -1
    return role_from_parse(located.governor, located.path, lasting=lasting, dated=dated - {own})


def _clip(resolution: Resolution, role: str, published: date | None) -> Resolution:
    """No event or period runs past publication (rule 17)."""
    if role == "other" or published is None:
        return resolution
    start = min(resolution.start, published) if resolution.start else None
    end = min(resolution.end, published) if resolution.end else None
    return replace(resolution, start=start, end=end)


def _advance(anchor: Anchor, resolution: Resolution) -> Anchor:
    """What later anaphora ('the same day', 'the 25th', 'that year') can refer back to."""
    start = resolution.start
    if start is None:
        return anchor
    if resolution.precision == "day":
        anchor = replace(anchor, antecedent=start, month=(start.year, start.month))
    elif resolution.precision == "month":
        anchor = replace(anchor, month=(start.year, start.month))
    if resolution.precision != "day":
        anchor = replace(anchor, period=resolution)
    return replace(anchor, year=start.year)


def _without_determiner(expression: Expression, span: Span | None, text: str) -> Expression:
    """'the weekend truck bombing': 'the' belongs to the noun the date modifies, not to the date."""
    starts_with_the = text[expression.start : expression.end].lower().startswith("the ")
    if span is not None and starts_with_the and span[-1].dep_ == "compound":
        return replace(expression, start=expression.start + len("the "))
    return expression


def _coordinated(previous: DateMention | None, expression: Expression, text: str) -> bool:
    """'on Saturday and again on Tuesday': the second date shares the first one's verb."""
    if previous is None:
        return False
    return tables.context_meaning("between_dates", text[previous.end : expression.start]) is not None


def _locate(expression: Expression, doc: Doc, text: str) -> _Located:
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    expression = _without_determiner(expression, span, text)
    governor, path = climb(span) if span is not None else (None, [])
    # 'since X' always looks back, whatever its clause says about the future.
    forward = expression.modifier != "since" and looks_forward(governor, path)
    return _Located(without_before(expression) if forward else expression, span, governor, path, forward)


def find_dates(doc: Doc, published: date | datetime | str | None, *, month_first: bool = False) -> list[DateMention]:
    """Every date mention in a parsed text, resolved against ``published``, sorted by start.

    :param doc: the spaCy ``Doc`` of the article (needs the dependency parse for roles).
    :param published: publication date; None when unknown (dates that depend on it are None).
    :param month_first: the text writes numeric dates month first, as US news does ('08/10/2014' is
        10 August; see ``writes_month_first``); else a date that reads both ways takes the reading
        nearest before publication.
    :return: one :class:`DateMention` per expression. DOCS: docs/dates.md
    """
    published = as_date(published)
    # Reports and claims both ask for an article's dates: resolve them once per document.
    key = ("warlog.dates", published, month_first)
    if key not in doc.user_data:
        doc.user_data[key] = tuple(_resolve_all(doc, Anchor(published, month_first=month_first)))
    return list(doc.user_data[key])


def _stated_day(mentions: list[DateMention], place: _Located, doc: Doc) -> date | None:
    """The day the last date before ``place`` in its sentence names ('On 9 May 2022, overnight, ...';
    'Around 5 April (between 5 - 6 April), ... overnight': its first day), else None."""
    if place.span is None or not mentions:
        return None
    sentence_start = place.span.sent.start_char
    for mention in reversed(mentions):
        if mention.start < sentence_start:
            return None
        if mention.role != "other" and mention.start_date is not None and mention.end_date is not None \
                and (mention.end_date - mention.start_date).days < SHORT_RANGE_DAYS:
            return mention.start_date
    return None


def _opening_day(mentions: list[DateMention], places: list[_Located], place: _Located, text: str) -> date | None:
    """The single day the sentence of ``place`` opens with, told before it ('On 20 April, ...', 'Around 5 May
    2019, ...'), else None. Not a page's dateline or stamp the parser joins to the first sentence
    ('Published: Saturday, 4/16/2016 - ... As police worked today'): that dates the page, not the hour."""
    if place.span is None:
        return None
    sentence_start = place.span.sent.start_char
    in_sentence = ((mention, located) for mention, located in zip(mentions, places) if mention.start >= sentence_start)
    mention, located = next(in_sentence, (None, None))
    if mention is None:
        return None
    if located.expression.dateline or mention.precision != "day" or len(text[sentence_start : mention.start].split()) > 1:
        return None
    return mention.start_date


def _opening_date(opening: date | None, mentions: list[DateMention], places: list[_Located], place: _Located) -> date | None:
    """The ``opening`` day (:func:`_opening_day`) when the sentence opens with a date by its month ('On 27 May,
    ... on Monday morning'), not a weekday or a word counted from publication ('Last Tuesday ... on Friday'): the
    day a bare weekday later in the sentence is read back from."""
    if opening is None:
        return None
    first = next(located for mention, located in zip(mentions, places) if mention.start >= place.span.sent.start_char)
    return opening if "month" in first.expression.fields and first.expression.end <= place.expression.start else None


#: Words between two datelines or stamps below which they stamp the same text ('Posted: May 2, 2019
#: 8:36 AM EDT Updated: May 3, 2019 9:10 AM'): no body text lies between them.
_ONE_STAMP_WORDS = 6


def _written(located: list[_Located], anchor: Anchor, text: str) -> list[tuple[int, date | None]]:
    """Where each stretch of the page begins and the day it was written, in text order. A dateline or stamp
    that names a single day before the publication date given with the text ('KIDAL, Mali, May 8 (Wire) -',
    'Posted: Thursday, May 2, 2019', '(05/09/16) -') dates the text after it (a feed's or an archive's
    date can be days or years after the page was written), and the text before the first one; stamps with
    no body text between them are one stamp, dated by their earliest day (the text was written when it
    was posted, not when it was last updated). A page updated on top ('UPDATE (Sept. 7): ... (Sept. 2):
    ...') has a stretch per stamp: each one's weekdays, 'yesterday' and 'last week' were written on its
    day. With no such stamp, the whole text was written on publication."""
    published = anchor.published
    stretches: list[tuple[int, date | None]] = []
    last_end = None
    for place in located:
        expression = place.expression
        if not expression.dateline:
            continue
        stamp = resolve(expression, anchor)
        day = stamp.start if stamp is not None and stamp.precision == "day" else None
        day = day if day is not None and published is not None and day < published else published
        if last_end is not None and len(text[last_end : expression.start].split()) < _ONE_STAMP_WORDS:
            start, earlier = stretches.pop()
            day = min(filter(None, (earlier, day)), default=None)
        else:
            start = expression.start if stretches else 0
        stretches.append((start, day))
        last_end = expression.end
    return stretches or [(0, published)]


def _written_on(stretches: list[tuple[int, date | None]], offset: int) -> date | None:
    """The day the text at ``offset`` was written (:func:`_written`)."""
    return next(day for start, day in reversed(stretches) if start <= offset)


def _tells_of_last_week(expressions: list[Expression], text: str) -> bool:
    """Does the text call what it tells 'last week's' ('a suspect in last week's shooting ... the gunfire
    broke out late Thursday', in a Thursday article)? Then a bare weekday of publication's own that dates
    no statement is the one a week back. Elsewhere it is publication's day (rule 3 of eval/dates), also
    beside 'last Thursday', which a writer uses to tell the two apart."""
    return any(e.rule == "calendar" and e.arg == "last_week" and text.startswith("'s", e.end) for e in expressions)


def _resolve_all(doc: Doc, anchor: Anchor) -> list[DateMention]:
    text = doc_text(doc)
    located = [_locate(expression, doc, text) for expression in find_expressions(text)]
    last_week = _tells_of_last_week([place.expression for place in located], text)
    dated = {place.governor.i for place in located if place.governor is not None}
    stretches = _written(located, anchor, text)
    mentions: list[DateMention] = []
    kept: list[_Located] = []
    for place in located:
        expression = place.expression
        written = _written_on(stretches, expression.start)
        opening = _opening_day(mentions, kept, place, text)
        here = replace(anchor, published=written, forward=place.forward, stated_day=_stated_day(mentions, place, doc),
                       opening_day=opening, opening_date=_opening_date(opening, mentions, kept, place))
        resolution = resolve(expression, here)
        if resolution is None:
            continue
        previous = mentions[-1] if mentions else None
        if _after(resolution, written) or _runs_into_the_future(expression, resolution, written):
            role = "other"
        elif _coordinated(previous, expression, text) and not expression.dateline:
            role = previous.role
        else:
            role = _role(expression, place, text, resolution, dated)
        # A happening reported to the police ('the shooting was reported at 9 p.m. Thursday') is an event
        # too: its role, not its speech verb, says whether 'last week's shooting' moves its weekday back.
        if last_week and role == "event" and place.span is not None:
            resolution = resolve(expression, replace(here, week_back=True)) or resolution
        resolution = _clip(resolution, role, written)
        mentions.append(DateMention(expression.start, expression.end, text[expression.start : expression.end],
                                    resolution.start, resolution.end, resolution.precision, role,
                                    _counts_back(expression)))
        kept.append(place)
        anchor = _advance(anchor, resolution)
    return _before_its_statement(mentions, kept)


def _counts_back(expression: Expression) -> bool:
    """'the previous day', 'the day before', 'two days earlier': a day before the one told before it."""
    return ((expression.rule == "anaphor" and int(expression.arg) < 0)
            or (expression.rule == "anaphor_units" and expression.fields["direction"].lower() == "earlier"))


#: A week, the step between two readings of a weekday.
_WEEK = timedelta(days=7)


def _before_its_statement(mentions: list[DateMention], places: list[_Located]) -> list[DateMention]:
    """An incident happened before what was said of it: a weekday that dates an event and lands after the
    day a statement in its sentence is dated ('A boy last Friday shot himself by accident, police said
    Thursday', in a page written on a Friday) is the one a week earlier. Weekdays are read against the
    day the page was written, which a stamp past midnight or a late feed can put a day or more after it."""
    statements = [(place.span.sent.start, mention.start_date) for mention, place in zip(mentions, places)
                  if mention.role == "other" and mention.precision == "day" and mention.start_date is not None
                  and place.span is not None and dates_a_statement(place.span)]
    moved = []
    for mention, place in zip(mentions, places):
        said = [day for sentence, day in statements if place.span is not None and sentence == place.span.sent.start]
        if (place.expression.rule == "weekday" and not place.forward and mention.role == "event"
                and mention.start_date is not None and said and mention.start_date > min(said)):
            mention = replace(mention, start_date=mention.start_date - _WEEK,
                              end_date=mention.end_date - _WEEK if mention.end_date else None)
        moved.append(mention)
    return moved
