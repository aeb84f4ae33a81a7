"""A page whose body tells no event is coded from its headline, and its reports point into the title (issue 15)."""

import json
from datetime import datetime

import pytest

from warlog.extract import extract_article, extract_batch
from warlog.models import IN_TITLE, Article
from warlog.pipeline import run

from conftest import query_db

#: Page furniture an archived copy holds instead of the story.
NOTICE = ("Close\n\nGet alerts from the Valley Courier delivered to your inbox.\n\n"
          "You have read all of your free stories this month. Subscribe for full access.")


def _article(title, text=NOTICE, **more):
    return Article(article_id="a", text=text, title=title, source="test", outlet="Valley Courier",
                   published=datetime(2019, 3, 12), **more)


def test_a_page_with_no_story_is_coded_from_its_headline(nlp):
    title = "Two hurt in shooting outside Elm Street bar in Dayton"
    [report] = extract_article(_article(title), nlp).reports
    assert report.evidence_in == IN_TITLE and report.modality == "reported"
    assert report.sentence == title[report.char_start:report.char_end] == title
    assert report.injured_best == 2 and report.location == "Dayton" and report.admin1 == "Ohio"
    assert str(report.event_date) == "2019-03-12" and report.date_from == "published"
    worded = [s for s in report.field_spans if s.char_start is not None]
    assert {s.field for s in worded} >= {"trigger", "injured", "location"}
    assert all(s.derivation == "headline" and title[s.char_start:s.char_end] == s.surface for s in worded)


@pytest.mark.parametrize("title", ["Linden woman shot in hand as she carries groceries",
                                   "Teen stabbed in neck outside Linden school"])
def test_a_headline_that_drops_the_was_of_a_wounding_counts_its_victim(nlp, title):
    """Headlines drop the 'was' of a passive ('woman shot in hand'): the one shot is the subject."""
    [report] = extract_article(_article(title), nlp).reports
    assert (report.evidence_in, report.injured_best, report.fatalities_best) == (IN_TITLE, 1, None)


def test_a_headline_naming_the_day_dates_its_event(nlp):
    [report] = extract_article(_article("Teen shot dead Sunday in Murfreesboro, police say"), nlp).reports
    assert (str(report.event_date), report.date_from, report.location) == ("2019-03-10", "sentence", "Murfreesboro")


@pytest.mark.parametrize("title, text", [
    ("Budget talks stall at city hall", NOTICE),  # nothing in the headline can be an event
    ("Two hurt in shooting outside Elm Street bar", "Two people were hurt when shots were fired outside a bar on "
                                                    "Elm Street late Friday, police said."),  # the body tells it
    ("Outbreak kills 9 children in the north", "Health workers say the fever has killed children in three districts "
                                               "where few were vaccinated."),  # a story that tells no violence
])
def test_the_headline_is_left_alone_when_it_tells_nothing_or_the_body_tells_the_news(nlp, title, text):
    reports = extract_article(_article(title, text), nlp).reports
    assert not any(r.evidence_in == IN_TITLE for r in reports)


def test_a_batch_codes_the_headlines_it_needs_as_one_article_does(nlp):
    articles = [_article("Gunman kills 3 at Fairview gas station"), _article("Council approves new parks levy"),
                _article("Two hurt in shooting", "Two people were hurt in a shooting on Friday, police said.")]
    one_by_one = [[(r.report_id, r.evidence_in) for r in extract_article(a, nlp).reports] for a in articles]
    batched = [[(r.report_id, r.evidence_in) for r in e.reports] for e in extract_batch(articles, nlp)]
    assert batched == one_by_one and one_by_one[0][0][1] == IN_TITLE and one_by_one[2][0][1] == "text"


def test_a_headline_event_is_stored_with_its_evidence_in_the_title(tmp_path):
    feed = tmp_path / "feed.jsonl"
    title = "2 killed, 1 wounded in shooting at Fairview apartment complex"
    feed.write_text(json.dumps({"id": "p1", "title": title, "text": NOTICE, "published": "2019-03-12",
                                "outlet": "Valley Courier"}) + "\n")
    db = tmp_path / "w.duckdb"
    run([feed], db=db, workers=1)
    [(start, end, sentence, where)] = query_db(db, "SELECT char_start, char_end, sentence, evidence_in FROM reports")
    assert where == IN_TITLE and title[start:end] == sentence
    [(killed, hurt)] = query_db(db, "SELECT fatalities_best, injured_best FROM events")
    assert (killed, hurt) == (2, 1)
    spans = query_db(db, "SELECT f.surface, f.char_start, f.char_end, a.title FROM field_spans f "
                         "JOIN articles a USING (article_id) WHERE f.derivation = 'headline'")
    assert spans and all(title[s:e] == surface for surface, s, e, title in spans)
