"""Date expressions in conflict news, resolved against the article's publication date.

``find_dates`` finds and resolves every date mention and gives it a role (event,
period, other); ``date_for_span`` and ``period_for_span`` turn them into the event date
and the period of a count that extraction stores. Datelines at the head of a page are
read by :mod:`warlog.dates.datelines`. DOCS: docs/dates.md
"""

from warlog.dates.attach import (
    ACLED_TIME_PRECISION,
    DATE_SOURCES,
    PRECISIONS,
    date_for_span,
    dated_mention,
    dated_span,
    period_for_span,
    period_mention_for_span,
    precision_rank,
)
from warlog.dates.datelines import find_dateline, parse_dateline
from warlog.dates.mentions import DateMention, find_dates
from warlog.dates.roles import tells_a_follow_up
from warlog.dates.tables import writes_month_first

__all__ = [
    "ACLED_TIME_PRECISION",
    "DATE_SOURCES",
    "DateMention",
    "PRECISIONS",
    "date_for_span",
    "dated_mention",
    "dated_span",
    "find_dateline",
    "find_dates",
    "parse_dateline",
    "period_for_span",
    "period_mention_for_span",
    "precision_rank",
    "tells_a_follow_up",
    "writes_month_first",
]
