"""An article's headline coded as its news when its body tells no event (issue 15).

A web page kept by an archive or a paywall often holds no story: a cookie notice, a sign-up form, a
weather box, a list of other stories. Its headline ('Two hurt in shooting outside Elm Street bar')
is then the only account the page gives, and the only one some incidents have. So when the body has
no word for an event (:func:`warlog.clean.article.headline_of_empty_page`), the headline is parsed on its own and coded as the
body is (events, date, place, toll), and its reports say so: ``evidence_in`` is ``title``, their
``sentence`` and offsets are the headline's, and so are the offsets of their field spans, whose
words the headline states (derivation ``headline``). A headline is parsed only when it can hold an
event (:func:`warlog.nlp.prefilter.has_cue`), so pages of other news cost nothing more. An article
whose text is its headline (a feed item that gives only a title) was coded as text already.
DOCS: docs/output.md#provenance
"""

from __future__ import annotations

from dataclasses import replace

from warlog.clean.article import headline_of_empty_page
from warlog.clean.normalise import stable_id
from warlog.extract.modality import EVENT_MODALITIES
from warlog.extract.provenance import HEADLINE, STATED
from warlog.models import IN_TITLE, Article, Extraction, FieldSpan, Report


def headline_to_code(extraction: Extraction) -> str | None:
    """The article's headline, when it is to be coded: the body holds no word for an event at all (a
    body that tells a story was read, and where it tells no event, a headline's 'kills' or 'fight' is a
    figure of speech: 'Measles outbreak kills 14', 'budget fight'), no report of it tells of something
    that happened, the body is not the headline itself, and the headline can hold an event."""
    if any(report.modality in EVENT_MODALITIES for report in extraction.reports):
        return None
    return headline_of_empty_page(extraction.article.text, extraction.article.title)


def headline_context(article: Article) -> str:
    """What a headline's places are read against: the headline, then the headline again where a body's
    place context has it (the line after the parsed text, which :func:`warlog.places.us_focus.us_town_focus`
    reads as the headline), the outlet, and the body for its country cues."""
    return "\n".join(filter(None, (article.title, article.title, article.outlet, article.text)))


def as_headline_report(report: Report, title: str) -> Report:
    """A report coded from the headline, marked so: its evidence and spans point into ``title``, the words
    it states are the headline's, and its id differs from any the body could give at the same offsets."""
    return replace(report, evidence_in=IN_TITLE, sentence=title[report.char_start:report.char_end],
                   report_id=stable_id(report.report_id, IN_TITLE),
                   field_spans=tuple(_in_headline(span) for span in report.field_spans))


def _in_headline(span: FieldSpan) -> FieldSpan:
    """A span of a headline's report: words it states are the headline's; a value worked out or set by a
    convention keeps its rule, with the words it read quoted there (offsets of derivation ``headline``
    alone point into the title)."""
    if span.char_start is None:
        return span
    if span.derivation == STATED:
        return replace(span, derivation=HEADLINE)
    rule = f"{span.rule} (from the headline's '{span.surface}')" if span.rule else f"the headline's '{span.surface}'"
    return replace(span, char_start=None, char_end=None, surface=None, rule=rule)
