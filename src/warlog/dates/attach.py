"""One date for an event, one span for a count: what extraction stores per report and per claim.

``date_for_span`` follows the order an event coder does: the date the parse attaches
to the event's words, else the nearest event date in its sentence, else the date the
article gives its events (one heading the text, or the last event date before the
evidence), else the article's dateline, else its publication date. ``period_for_span`` finds the span a cumulative
figure covers ('since the end of 2014', 'in June alone').

How an interval becomes one event date (ACLED-like, see docs/dates.md):

- a day is that day, precision ``day``;
- a range of two days or less ('overnight', 'the night of 3 to 4 April', 'the weekend')
  is its first day, precision ``day``: the event began then;
- a longer interval is the day ACLED's codebook codes it on: a whole calendar month its 15th,
  any other range, week or part of a month its middle day (the earlier of two middle days),
  with the precision of its length: up to 7 days ``week``, up to 31 days ``month``. Linking
  windows reach around that day (``warlog.link.events.DATE_TOLERANCE_DAYS``);
- a year, or a range longer than a month, is its last day with precision ``year``: ACLED has
  no code for it, and the last day is the latest the event can have happened;
- intervals are clipped to publication first (an event is never dated after it);
- no date in the sentence: the date heading the text or the last event date before it
  (:func:`lead_date`), else the day a statement in the sentence is dated (:func:`reported_day`),
  else the dateline, else publication, with precision ``week``. The
  text does not say when; the report's own date bounds it (ACLED codes time precision
  2 when a source only places an event in the days before a report).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from warlog.dates import tables
from warlog.dates.calendar_math import month_end
from warlog.dates.grammar import stamps_the_page
from warlog.dates.mentions import SHORT_RANGE_DAYS, DateMention, as_date
from warlog.dates.roles import (climb, dates_a_follow_up, dates_a_statement, follows_up, is_happening, said_on,
                                tree_distance)
from warlog.nlp.per_doc import doc_text

#: warlog's precision labels, finest first.
PRECISIONS = ("day", "week", "month", "year")
#: warlog's precision labels -> ACLED ``time_precision`` (1 day, 2 week, 3 month or longer).
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: Interval lengths (days, inclusive) up to which each precision applies.
_PRECISION_BY_LENGTH = ((7, "week"), (31, "month"))
#: Precision of a date taken from the dateline or the publication date.
FALLBACK_PRECISION = "week"


def precision_rank(precision: str | None) -> int:
    """How coarse a precision label is: 0 for a day up to 3 for a year; unknown or none ranks last."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def _evidence(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _in_sentence(dates: list[DateMention], sentence: Span, role: str) -> list[DateMention]:
    """The mentions of ``role`` in the sentence, or reaching into it: the parser may end a sentence
    inside a date ('fought on Saturday | [4 May] near the market')."""
    return [m for m in dates if m.role == role and m.start < sentence.end_char and m.end > sentence.start_char]


def _closest(candidates: list[DateMention], doc: Doc, evidence: Span) -> DateMention | None:
    """The candidate attached nearest to the evidence in the parse. Ties go to a date on a word the
    evidence hangs from ('On 27 May, residents **held** a protest calling for justice over a murder on
    25 May 2018': the protest is dated by the verb that governs it, not by a clause below it), then
    to one in the evidence's own stretch of the sentence, with no comma or semicolon between them ('the
    strike on a school on March 21, as well as the **strikes** at a bakery on March 22': the parser
    often hangs both dates on the first verb), then to the nearest in the text."""

    def separated(mention: DateMention) -> bool:
        between = doc_text(doc)[min(mention.end, evidence.end_char):max(mention.start, evidence.start_char)]
        return "," in between or ";" in between

    def inside(token: Token) -> bool:
        return evidence.start <= token.i < evidence.end

    def distance(mention: DateMention) -> tuple[int, bool, bool, int]:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        governor, path = climb(span)
        anchor = governor if governor is not None and governor.sent == evidence.sent else span.root
        anchor = _happening_passed(path, evidence) or anchor
        arcs = tree_distance(evidence.root, anchor)
        if inside(anchor) or any(inside(token) for token in path):
            arcs = 0
        above = anchor in evidence.root.ancestors
        return (arcs if arcs is not None else len(doc), not above, separated(mention),
                abs(mention.start - evidence.start_char))

    return min(candidates, key=distance) if candidates else None


def _happening_passed(path: list[Token], evidence: Span) -> Token | None:
    """The first noun of another happening a date passes on its way to its verb ('staged a protest
    demanding justice for the **killing** of a boy on 2 March'): the date is that happening's, and
    stands as far from the evidence as that noun does, not as near as the verb that governs both."""
    return next((token for token in path if is_happening(token) and token.sent == evidence.sent
                 and not evidence.start <= token.i < evidence.end), None)


def _precision_of_length(days: int) -> str:
    return next((label for limit, label in _PRECISION_BY_LENGTH if days <= limit), "year")


def _one_day(mention: DateMention, published: date | None) -> tuple[date | None, str | None]:
    """The event date and precision an interval stands for (see the module docstring)."""
    start, end = mention.start_date, mention.end_date
    if start is None or end is None:
        # An open interval ('since October 2022' with no publication date) has no event day.
        return None, None
    if published is not None:
        start, end = min(start, published), min(end, published)
    length = (end - start).days + 1
    if mention.precision == "day" or (mention.precision == "range" and length <= SHORT_RANGE_DAYS):
        return start, "day"
    precision = _precision_of_length(length) if mention.precision == "range" else mention.precision
    if precision == "year":
        return end, precision
    if mention.precision == "month" and start.replace(day=MONTH_DAY) <= end:
        # A month named in its own course ('in June', news of 22 June): ACLED codes the month on its 15th,
        # not on the middle of the days gone by.
        return start.replace(day=MONTH_DAY), precision
    return _coded_day(start, end), precision


#: The day of the month ACLED codes an event known only by its month on (time precision 3).
MONTH_DAY = 15


def _coded_day(start: date, end: date) -> date:
    """The day ACLED's codebook dates an interval on: a whole calendar month on its 15th, any
    other span on its middle day, the earlier of two ('between 4 and 9 March': 6 March)."""
    whole_month = start.day == 1 and end == month_end(start.year, start.month)
    if whole_month:
        return start.replace(day=MONTH_DAY)
    return start + timedelta(days=((end - start).days) // 2)


#: A date with at most this many words before it heads the text ('17 May 2019. ...', '01/05/2012: ...',
#: 'Around 3 May 2021, ...', 'Arrests: On 3 May 2021, ...').
OPENING_WORDS = 4


def _opens_text(mention: DateMention, doc: Doc) -> bool:
    return len(doc_text(doc)[:mention.start].split()) <= OPENING_WORDS and "." not in doc_text(doc)[:mention.start]


def lead_date(dates: list[DateMention], doc: Doc, before: int, *, follow_up: bool = False) -> DateMention | None:
    """The date an article gives its events when a sentence names none: a date heading the text
    ('17 May 2019. Protesters ...', GTD's '01/05/2012: ...'), else the day the sentence just before,
    in the same paragraph, gives its event ('On 3 May, gunmen attacked X. They killed two ...'; not the day of
    an arrest or a charge that follows it, unless the event dated is itself a ``follow_up``: :func:`_event_days`), else
    the day the sentence just after gives its event (a lede without a date, told again with one: 'A
    man was killed by gunmen. His body was found in X on 26 Feb.'), also across a paragraph break when
    the sentence is a paragraph of its own (:func:`_own_paragraph`). A page's stamp heading the text
    ('Updated: Feb 9, 2018 - 4:05 PM') dates the page, not its events (:func:`stated_day`); a statement's
    day heading it ('The army today claimed ...') gives way to a day the next sentences give
    (:func:`_dates_what_was_said`). Reporting dates ('as of'), statements and forward-looking dates are not
    lead dates; dates further away are background in news more often than not."""
    first = dates[0] if dates else None
    heading = first if (first is not None and _opens_text(first, doc) and first.role != "period"
                        and first.precision == "day" and not _stamps_the_page(first, doc)) else None
    if heading is not None and not _dates_what_was_said(heading, doc):
        return heading
    return _neighbour_day(dates, doc, before, follow_up) or heading


def _neighbour_day(dates: list[DateMention], doc: Doc, before: int, follow_up: bool) -> DateMention | None:
    """The day the sentence just before gives its event, else the one just after (:func:`lead_date`)."""
    sentence = _sentence_at(doc, before)
    if sentence is None:
        return None
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    if previous is not None and "\n" not in doc_text(doc)[previous.start_char:before]:
        earlier = _event_days(dates, previous, follow_up)
        if earlier:
            return earlier[-1]
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    if following is not None and ("\n" not in doc_text(doc)[before:following.end_char] or _own_paragraph(doc, sentence)):
        later = _event_days(dates, following, follow_up)
        return later[0] if later else None
    return None


def _dates_what_was_said(mention: DateMention, doc: Doc) -> bool:
    """Is the date heading the text the day of a statement ('The army **today claimed** that a farmer was
    killed. They said he was shot this afternoon (15/02)')? It says when news came out: the day a sentence
    next to the event's gives it comes first; only without one does the statement's day date it (coders
    write 'As reported on 6 May 2019, ...' for the day they code)."""
    if mention.role != "other":
        return False
    governor, _ = climb(doc.char_span(mention.start, mention.end, alignment_mode="expand"))
    return governor is not None and said_on(governor)


def _own_paragraph(doc: Doc, sentence: Span) -> bool:
    """Is the sentence a paragraph of its own? Web news gives each sentence of a lede its own
    paragraph and tells when in the next ('A woman was hurt by a stray bullet. / Police say the gunfire
    broke out around 2 a.m. Sunday ...'), so such a sentence borrows the day the next one opens with."""
    body = sentence.text.strip()
    start = doc_text(doc).index(body, sentence.start_char) if body else sentence.start_char
    before, after = doc_text(doc)[:start].rstrip(" \t"), doc_text(doc)[start + len(body):].lstrip(" \t")
    return "\n" not in body and (not before or before.endswith("\n")) and after.startswith("\n")


def _sentence_at(doc: Doc, offset: int) -> Span | None:
    """The sentence holding character ``offset``."""
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return token[0].sent if token is not None and len(token) else None


def _event_days(dates: list[DateMention], sentence: Span, follow_up: bool = False) -> list[DateMention]:
    """The days a sentence gives its event; a day on an arrest, a charge or a funeral ('He was arrested
    Thursday') only for an event that is itself such a ``follow_up``: it only bounds the event it follows.
    A day recalled under the day the sentence opens with ('Around 2 June, relatives of a man shot on 30 May
    last year held a vigil') dates the older happening, not what the sentence tells (:func:`_recalled_day`)."""
    frame = _framing_day(dates, sentence)
    return [m for m in _in_sentence(dates, sentence, "event") if m.precision == "day"
            and (follow_up or not _on_a_follow_up(m, sentence.doc)) and not _recalled_day(frame, m)]


def date_for_span(
    dates: list[DateMention],
    doc: Doc,
    start: int,
    end: int,
    published: date | datetime | str | None,
    dateline: date | datetime | str | None = None,
) -> tuple[date | None, str | None]:
    """Event date and precision ('day', 'week', 'month', 'year') for the event in ``doc.text[start:end]``.

    :param dates: ``find_dates(doc, published)``.
    :param start: character offset of the evidence (a trigger or the sentence).
    :param end: its end.
    :param published: publication date, or None.
    :param dateline: the article's dateline date, if any.
    :return: ``(date, precision)``, never after ``published``; ``(None, None)`` when unknown.
        DOCS: docs/dates.md
    """
    day, precision, _ = dated_span(dates, doc, start, end, published, dateline)
    return day, precision


#: Where an event date came from (:func:`dated_span`): a date in the evidence's own sentence, the date
#: the article gives its events (:func:`lead_date`), the dateline, or the publication date.
DATE_SOURCES = ("sentence", "lead", "dateline", "published")


def dated_span(dates: list[DateMention], doc: Doc, start: int, end: int, published: date | datetime | str | None,
               dateline: date | datetime | str | None = None, *,
               told_in: tuple[int, int] | None = None) -> tuple[date | None, str | None, str | None]:
    """:func:`date_for_span` with where the date came from, one of :data:`DATE_SOURCES` (None when
    unknown). A sentence that dates its own event tells it as news; one dated only by its article's
    publication may tell anything the article mentions. ``told_in`` is the stretch of text the event was
    read from, when it is more than the evidence's sentence (:func:`_told_day`)."""
    return dated_mention(dates, doc, start, end, published, dateline, told_in=told_in)[:3]


def dated_mention(dates: list[DateMention], doc: Doc, start: int, end: int, published: date | datetime | str | None,
                  dateline: date | datetime | str | None = None, *, told_in: tuple[int, int] | None = None
                  ) -> tuple[date | None, str | None, str | None, DateMention | None]:
    """:func:`dated_span` and the date expression that gave the date (the sentence's or the lead's), None
    where the date is a bound (a statement's day, the dateline, publication): a field's provenance."""
    published, dateline = as_date(published), as_date(dateline)
    evidence = _evidence(doc, start, end)
    chosen = None
    followed: list[DateMention] = []
    if evidence is not None:
        own = _in_sentence(dates, evidence[0].sent, "event")
        followed = [m for m in own if _dates_a_follow_up(m, doc, evidence)]
        frame = _framing_day(dates, evidence[0].sent)
        candidates = [m for m in own if m not in followed and not _before_its_own_event(m, dates, doc, evidence)
                      and not _recalled_under(frame, m, doc, evidence)
                      and not _dates_another_happening(frame, m, doc, evidence)
                      and not _dates_a_relative_clause(m, doc, evidence, published)]
        candidates = _days_over_their_spans([_day_its_span_qualifies(m, dates, doc) or m for m in candidates])
        preferred = [m for m in candidates if not _dates_another_noun(m, doc, evidence)]
        chosen = (_closest(preferred or candidates, doc, evidence) or _short_span(dates, doc, evidence)
                  or _told_day(dates, doc, evidence, told_in))
        if chosen is not None:
            found = _one_day(chosen, published)
            if found[0] is not None:
                return (*found, "sentence", chosen)
    # A sentence whose own event date cannot be resolved ('last month' with no publication date)
    # is not given another sentence's date.
    follow_up = evidence is not None and dates_a_follow_up(evidence.root)
    lead = lead_date(dates, doc, start, follow_up=follow_up) if chosen is None else None
    if lead is not None and evidence is not None and _after_what_was_said(lead, dates, doc, evidence, published):
        lead = None
    if lead is not None:
        found = _one_day(lead, published)
        if found[0] is not None:
            return (*found, "lead", lead)
    reported = None
    if chosen is None and evidence is not None:
        followed_earlier = _span_of_an_earlier_follow_up(followed, published)
        if followed_earlier is not None:
            found = _one_day(followed_earlier, published)
            if found[0] is not None:
                return (*found, "dateline", None)
        month = _month_of_its_count(dates, doc, evidence)
        if month is not None:
            found = _one_day(month, published)
            if found[0] is not None:
                return (*found, "sentence", month)
        reported = _first_day(followed) or reported_day(dates, doc, evidence, published) or stated_day(dates, doc, published)
    fallback = reported or dateline or published
    if fallback is None:
        return None, None, None, None
    return (min(fallback, published) if published else fallback, FALLBACK_PRECISION,
            "dateline" if reported or dateline else "published", None)


def _after_what_was_said(lead: DateMention, dates: list[DateMention], doc: Doc, evidence: Span,
                         published: date | None) -> bool:
    """Is the day another sentence gives after the day a statement in the evidence's own sentence is dated
    ('Gunmen burned a grain store, an official said on 14 March. Traders today reopened the market')? What was
    said had happened by the day it was said: a later day dates something else."""
    said = reported_day(dates, doc, evidence, published)
    return said is not None and lead.start_date is not None and lead.start_date > said


def _days_over_their_spans(candidates: list[DateMention]) -> list[DateMention]:
    """The candidates less any span that holds one of their single days ('Around 3 June 2020, during the first
    week of June', 'Around 9 March (between 8 - 9 March)', '24 October: ... in the unrest of the 23rd and the
    24th'): the writer names the day and tells the span it stands in, as coders do when they choose one."""
    days = [m.start_date for m in candidates if m.start_date is not None and m.start_date == m.end_date]
    return [m for m in candidates if m.start_date == m.end_date or m.start_date is None or m.end_date is None
            or not any(m.start_date <= day <= m.end_date for day in days)]


#: What stands between a day and the bracketed span a coder gives its margin in
#: ('Around 12 June (between 9 - 15 June)').
_MARGIN_BRACKET = re.compile(r"\s*[(\[]\s*")


def _day_its_span_qualifies(mention: DateMention, dates: list[DateMention], doc: Doc) -> DateMention | None:
    """The single day written right before a bracketed span that holds it ('Around 12 June 2022 (between 9 - 15
    June)'): the writer names the day and, in brackets, how far it may be off, as coders do when they choose
    one. The span dates the event by that day, whatever the parse makes of the day (a participle taken for a
    verb of speech may hang it on a statement)."""
    if mention.start_date is None or mention.end_date is None or mention.start_date == mention.end_date:
        return None
    before = [m for m in dates if m.end <= mention.start]
    day = before[-1] if before else None
    if (day is None or day.start_date is None or day.start_date != day.end_date
            or not _MARGIN_BRACKET.fullmatch(doc_text(doc)[day.end:mention.start])):
        return None
    return day if mention.start_date <= day.start_date <= mention.end_date else None


#: Days before the day a sentence opens with beyond which another date of the sentence recalls an older happening.
RECALLED_AFTER_DAYS = 31


def _framing_day(dates: list[DateMention], sentence: Span) -> DateMention | None:
    """The single day a sentence opens with ('On 2 June 2019, ...', 'Around 5 May (as reported), ...'): the
    time of what it tells, whether the parse gives it to the event or to a statement."""
    first = min(_in_sentence(dates, sentence, "event") + _in_sentence(dates, sentence, "other"),
                key=lambda m: m.start, default=None)
    opens = first is not None and len(doc_text(sentence.doc)[sentence.start_char:first.start].split()) <= 1
    if not opens and dates and _heads_the_sentence(dates[0], dates, sentence):
        first, opens = dates[0], dates[0].role == "event"
    return first if opens and first.precision == "day" and first.start_date is not None else None


def _heads_the_sentence(mention: DateMention, dates: list[DateMention], sentence: Span) -> bool:
    """Is the date the text's heading, standing right before the sentence ('13 May: traders marched ...')?"""
    doc = sentence.doc
    return (mention is dates[0] and mention.end <= sentence.start_char and _opens_text(mention, doc)
            and not doc_text(doc)[mention.end:sentence.start_char].strip(_HEADING_MARKS))


def _recalled_under(frame: DateMention | None, mention: DateMention, doc: Doc, evidence: Span) -> bool:
    """Does the date recall an older happening inside a sentence that opens with its own day ('On 11 August
    2019, the family of a farmer shot on 9 March 2018 held a sit-in', 'On 20 October 2016, students rallied
    in memory of 20 October 1990')? A date over a month before that day dates something recalled, not what
    the sentence's main clause tells, unless it hangs on the evidence itself ('On 3 May 2019, the court heard
    the case of the January 2018 **murder** of a trader'); a happening told below the main clause keeps it."""
    if not _tells_the_main_clause(evidence):
        return False
    return _recalled_day(frame, mention) and not _on_the_evidence(mention, doc, evidence)


def _recalled_day(frame: DateMention | None, mention: DateMention) -> bool:
    """Is the date over a month before the day its sentence opens with (``frame``)? Such a date recalls an
    older happening (:data:`RECALLED_AFTER_DAYS`)."""
    if frame is None or mention is frame or mention.end_date is None:
        return False
    return (frame.start_date - mention.end_date).days > RECALLED_AFTER_DAYS


def _dates_another_happening(frame: DateMention | None, mention: DateMention, doc: Doc, evidence: Span) -> bool:
    """Does the date reach the evidence only through the noun of another happening, in a sentence that opens
    with its own day ('On 17 May, police arrested 30 activists handing out leaflets for the **demonstration**
    on 19 May', '24 October: a grenade hit a church where people had fled in the **unrest** of the 23rd', 'On
    18 May, police beat men protesting over the **death** of an inmate on 16 May')? It dates that
    happening; the day the sentence opens with dates what it tells."""
    if frame is None or mention is frame:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    governor, path = climb(span)
    if _tells_a_cause_before(governor, span, mention, frame):
        return True
    for token in [*path, *([governor] if governor is not None else [])]:
        if evidence.start <= token.i < evidence.end:
            return False
        if is_happening(token) and token.sent == evidence.sent:
            return True
    return False


def _tells_a_cause_before(governor: Token | None, span: Span, mention: DateMention, frame: DateMention) -> bool:
    """Is the date, earlier than the day the sentence opens with, on a present participle describing a noun
    whose clause names a happening before it ('On 18 May, police beat men **protesting** over the death
    of an inmate on 16 May')? People doing something are doing it at the time of the clause above them; the
    parser hangs the happening's day on the participle."""
    if governor is None or governor.tag_ != "VBG" or governor.dep_ != "acl" or mention.end_date is None:
        return False
    earlier = mention.end_date < frame.start_date
    return earlier and any(is_happening(token) for token in governor.subtree if governor.i < token.i < span.start)


def _tells_the_main_clause(evidence: Span) -> bool:
    """Is the evidence the sentence's main verb or one of its own words ('held a **sit-in**')? A happening
    told below them ('justice for the **killing** of a boy on 2 March') is what the sentence recalls."""
    root = evidence.root
    return root.dep_ == "ROOT" or root.head.dep_ == "ROOT"


def _on_the_evidence(mention: DateMention, doc: Doc, evidence: Span) -> bool:
    """Does the date hang on the evidence's own word, or reach its verb through it ('justice for the
    **killing** of a boy on 2 March')? Not a day a noun names as what it remembers ('a rally in memory of 20
    October 1990'): that day is no time of the rally."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if _remembered(span):
        return False
    governor, path = climb(span)
    return any(evidence.start <= token.i < evidence.end for token in [*path, *([governor] if governor else [])])


def _remembered(span: Span) -> bool:
    """Is the date what a noun that is no happening is 'of' ('in memory of 20 October 1990', 'the
    anniversary of 1 May 1998')? 'the killing of 2 March' dates the killing; 'the night of 3 May' is a time."""
    preposition = span.root.head
    noun = preposition.head
    return (preposition.lower_ == "of" and noun.pos_ in {"NOUN", "PROPN"} and not is_happening(noun)
            and noun.lower_ not in tables.time_nouns())


def _before_its_own_event(mention: DateMention, dates: list[DateMention], doc: Doc, evidence: Span) -> bool:
    """Is the date counted back from a day its own sentence gives, or the day heading the text ('On 13 May,
    two clans traded gunfire over cattle stolen **a day earlier**', '13 May: traders marched over the
    robbery of a stall **the previous day**')? It tells what came before the event that day dates: the
    sentence's event is the earlier date's. Not when the earlier day is a statement's ('police said on Monday
    a man was **shot** the previous day') or the date hangs on the evidence itself ('On 25 July, a man died;
    he was **shot** the day before'), unless the parse hangs both days on the evidence's one verb ('On 25 July,
    youths **clashed** over the wrecking of a shop the day before'): a verb told on a day is not told again
    on the day before it, so the later phrase belongs to what the clause below recalls."""
    if not mention.counted_back:
        return False
    told_before = [m for m in dates if m.end <= mention.start and m.precision == "day" and m.start_date is not None]
    if not told_before or told_before[-1].role != "event":
        return False
    antecedent, sentence = told_before[-1], evidence[0].sent
    if _on_the_evidence(mention, doc, evidence) and not _on_one_verb(mention, antecedent, doc):
        return False
    return antecedent.start >= sentence.start_char or _heads_the_sentence(antecedent, dates, sentence)


def _on_one_verb(mention: DateMention, other: DateMention, doc: Doc) -> bool:
    """Do the parse's climbs from both dates end on the same word?"""
    first = climb(doc.char_span(mention.start, mention.end, alignment_mode="expand"))[0]
    return first is not None and first == climb(doc.char_span(other.start, other.end, alignment_mode="expand"))[0]


#: What may stand between a date heading a text and its first sentence ('13 May. Students ...', '13 May: ...').
_HEADING_MARKS = " .:-–\n"


def _told_day(dates: list[DateMention], doc: Doc, evidence: Span, told_in: tuple[int, int] | None) -> DateMention | None:
    """The event day another sentence of the stretch the event was read from gives, nearest the evidence,
    when the evidence's own sentence gives none: an event read from two sentences ('A farm hand was found
    shot dead in his truck in Fargo on Tuesday. / Deputies were called to the depot at 2 a.m.') is dated
    by either. Not a day on an arrest, a charge or a funeral ('Two men were arrested Friday'): that one
    only bounds the event."""
    if told_in is None:
        return None
    sentence = evidence[0].sent
    days = [m for m in dates if m.role == "event" and m.precision == "day" and told_in[0] <= m.start and m.end <= told_in[1]
            and not sentence.start_char <= m.start < sentence.end_char and not _on_a_follow_up(m, doc)]
    return min(days, key=lambda m: abs(m.start - evidence.start_char), default=None)


def _dates_another_noun(mention: DateMention, doc: Doc, evidence: Span) -> bool:
    """Does the date hang on a participle describing a noun outside the evidence ('On 1 May, shops were looted
    during protests against the election **held** on 28 April')? Another date of the sentence dates the
    evidence's event before it, unless the noun is a happening ('the attack **carried out** on Monday killed
    five') or the evidence lies in the participle's clause. Alone in its sentence it stays the event's date: the
    parser hangs a closing date on the nearest participle ('threw a grenade at a car **parked** near the
    church on 24 Dec')."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    governor, _ = climb(span)
    if governor is None or governor.dep_ != "acl" or governor.tag_ != "VBN":
        return False
    noun = governor.head
    if is_happening(noun) or evidence.start <= noun.i < evidence.end:
        return False
    return not any(evidence.start <= token.i < evidence.end for token in governor.subtree)


def _dates_a_relative_clause(mention: DateMention, doc: Doc, evidence: Span, published: date | None) -> bool:
    """Does the date, over a month before publication, hang on the verb of a relative clause describing a noun
    outside the evidence ('relatives protested over two reporters who vanished three years ago', 'nurses
    gathered for a colleague who was arrested in March')? The clause recalls that noun's story, not the day of
    the evidence's event. A recent day in such a clause is kept: the parse often hangs the sentence's own day
    there ('defused a bomb that had been thrown at a patrol on 2 May' is coded that day). Nor where the evidence
    lies in the clause ('police found the man who was shot on Monday') or is the noun it describes ('the march,
    which was held on Monday')."""
    if published is None or mention.end_date is None or (published - mention.end_date).days <= RECALLED_AFTER_DAYS:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    governor, _ = climb(span)
    if governor is None or governor.dep_ != "relcl" or evidence.start <= governor.head.i < evidence.end:
        return False
    return not any(evidence.start <= token.i < evidence.end for token in governor.subtree)


def _on_a_follow_up(mention: DateMention, doc: Doc) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and dates_a_follow_up(climb(span)[0])


#: The longest span of days (inclusive) a count's period may have to date the event its sentence tells.
SHORT_SPAN_DAYS = 7


def _short_span(dates: list[DateMention], doc: Doc, evidence: Span) -> DateMention | None:
    """A period of a week or less in the evidence's sentence, when it has no event date: 'three soldiers
    were killed between 15 and 18 November' counts over the span in which the event happened, closer than
    any date from outside the sentence (ACLED codes such a span on its middle day, precision week)."""
    spans = [m for m in _in_sentence(dates, evidence[0].sent, "period")
             if m.start_date is not None and m.end_date is not None
             and (m.end_date - m.start_date).days < SHORT_SPAN_DAYS]
    return _closest(spans, doc, evidence)


def _month_of_its_count(dates: list[DateMention], doc: Doc, evidence: Span) -> DateMention | None:
    """The calendar month a count in the evidence's sentence is told over ('In April, 14 traders were robbed on
    the road', '12 civilians died in April'), when nothing dates the event more closely: the events it
    counts happened in that month, which ACLED codes on its 15th (time precision 3), where the day the news
    came out only bounds them. Not 'since' a month, which runs to publication."""
    months = [m for m in _in_sentence(dates, evidence[0].sent, "period")
              if m.precision == "month" and m.start_date is not None and m.end_date is not None]
    return _closest(months, doc, evidence)


def reported_day(dates: list[DateMention], doc: Doc, evidence: Span, published: date | None) -> date | None:
    """The day the evidence's own sentence says its news came out ('police said on Monday a man was
    killed', 'As reported on 18 May 2019, two prisoners were beaten', 'claimed the blasts near
    Mandera on 09/09', 'signed a ceasefire on 5 April'), when the sentence gives its event no date of
    its own: a statement's, a claim's or a dateline's day (role ``other``, one day, not after
    publication) bounds the event more closely than the publication date. None when there is none."""
    days = [m for m in _in_sentence(dates, evidence[0].sent, "other")
            if m.start_date is not None and m.start_date == m.end_date
            and (published is None or m.start_date <= published)]
    return days[0].start_date if days else None


def stated_day(dates: list[DateMention], doc: Doc, published: date | None) -> date | None:
    """The first day anywhere in the text on which news came out ('the army made the announcement on
    19/11', 'Updated: 03/14/2015'), when nothing nearer dates an event: it bounds the event more closely
    than the publication date (ACLED codes an undated event on its source's date). None when there is none."""
    for mention in dates:
        if (mention.role == "other" and mention.start_date is not None and mention.start_date == mention.end_date
                and (published is None or mention.start_date <= published)
                and (_stamps_the_page(mention, doc)
                     or dates_a_statement(doc.char_span(mention.start, mention.end, alignment_mode="expand")))):
            return mention.start_date
    return None


def _stamps_the_page(mention: DateMention, doc: Doc) -> bool:
    return stamps_the_page(doc_text(doc), mention.start, mention.end)


def _dates_a_follow_up(mention: DateMention, doc: Doc, evidence: Span) -> bool:
    """Does the date hang on what followed the evidence's event (an arrest, a charge, a plea)? Not when it
    reaches that word only through a noun for a happening ('was charged with attempted murder
    over the **shooting** of two men in March'): it dates the happening, as a date before a verb's other nouns does
    (:func:`_happening_passed`), and the follow-up's own day is told apart ('charged Friday in the shooting')."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    governor, path = climb(span)
    return follows_up(governor, evidence.root) and not any(is_happening(token) for token in path)


def _span_of_an_earlier_follow_up(followed: list[DateMention], published: date | None) -> DateMention | None:
    """The month, week or year a follow-up of the evidence's event is dated to, when it ended before
    publication and no day dates one ('In June 2014, he was charged with assault', in news of 2016): the
    event happened on or before that span, so it is dated by it, at its precision (a bound, as a
    statement's day is), and an old case recalled is told as such, not as news of the article's day."""
    if not followed or _first_day(followed) is not None:
        return None
    first = followed[0]
    ended = first.end_date is not None and (published is None or first.end_date < published)
    return first if ended and first.start_date is not None else None


def _first_day(mentions: list[DateMention]) -> date | None:
    days = [m.start_date for m in mentions if m.start_date is not None and m.start_date == m.end_date]
    return days[0] if days else None


def period_for_span(dates: list[DateMention], doc: Doc, start: int, end: int) -> tuple[date | None, date | None]:
    """``(period_start, period_end)`` of the cumulative claim in ``doc.text[start:end]``, else ``(None, None)``.

    The period is the period-role date of the claim's sentence attached nearest to it
    ('since the end of 2014', 'in June alone', 'over the past 90 days'). DOCS: docs/dates.md
    """
    chosen = period_mention_for_span(dates, doc, start, end)
    return (chosen.start_date, chosen.end_date) if chosen else (None, None)


def period_mention_for_span(dates: list[DateMention], doc: Doc, start: int, end: int) -> DateMention | None:
    """The date expression giving the period of the cumulative claim in ``doc.text[start:end]``, if any:
    the words behind :func:`period_for_span`."""
    evidence = _evidence(doc, start, end)
    if evidence is None:
        return None
    return _closest(_in_sentence(dates, evidence[0].sent, "period"), doc, evidence)
