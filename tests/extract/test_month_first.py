"""Extraction reads an article's numeric dates in its country's order (issue 15)."""

from datetime import date, datetime

import pytest

from warlog.extract import extract_from_doc
from warlog.models import Article
from warlog.nlp.prefilter import keep_relevant


@pytest.mark.issue(15)
@pytest.mark.parametrize("place,day", [
    ("FARGO, N.D.", date(2015, 7, 11)),  # US news writes the month first: 11 July, a Saturday
    ("BAMAKO, Mali", date(2015, 11, 7)),  # elsewhere the reading nearest before publication: 7 November
])
def test_a_page_stamp_that_reads_both_ways_is_read_as_the_article_country_writes_it(nlp, place, day):
    text = (f"Updated: 07/11/2015 9:05 PM\n\n{place} - Gunmen shot and wounded two men outside a bar "
            "early Saturday, police said.")
    article = Article(article_id="a1", source="test", text=text, published=datetime(2018, 1, 20))
    [report] = extract_from_doc(article, nlp(keep_relevant(text))).reports
    assert report.event_date == day
