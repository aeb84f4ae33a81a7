import pytest

from warlog.clean import clean_document
from warlog.clean.furniture import split_at_headings, split_paragraphs, strip_furniture
from warlog.dates.datelines import parse_dateline
from warlog.models import RawDocument

BODY = (
    "Kurdish-led fighters pushed into the eastern districts of the city on Tuesday after a night of heavy "
    "coalition air strikes, a spokesman for the alliance told reporters by telephone from the front line."
)


@pytest.mark.parametrize(
    "line",
    [
        "icon bookmark icon camera icon check icon chevron icon share icon mail",
        "Share this: Facebook Twitter Email",
        "Podcasts", "0:00", "31:07", "|",
        "Commenting as: you (Log out / Change)",
        "We use cookies to give you the best experience. Accept",
        "Sign up for our daily newsletter",
        "Related stories",
        "Read or Share this story: https://example.org/a1B",
        "VIDEO: Two hurt as a van hits a bus shelter on Route 9",
        "Previous story: Council votes on the new bridge",
        "Smoke over the depot, please keep away pic.twitter.com/AbC123 — Jo Reporter (@joreports) May 3, 2016",
    ],
)
def test_furniture_lines_are_dropped(line):
    assert strip_furniture(["Title of the story", BODY, line, BODY + " Again."]) == ["Title of the story", BODY, BODY + " Again."]


@pytest.mark.parametrize("line,kept", [
    ("Skip x Embed x Share " + BODY, BODY),
    ("UPDATE: " + BODY, "UPDATE: " + BODY),
])
def test_player_controls_are_cut_from_their_paragraph(line, kept):
    assert strip_furniture(["Title of the story", line, BODY + " Again."]) == ["Title of the story", kept, BODY + " Again."]


def test_long_paragraphs_survive_even_when_dense_in_names():
    dense = ("Carter, Hollande, Le Drian, Townsend, Dillon, Jones, Konashenkov and Rudskoi met in Paris, Erbil, "
             "Baghdad, Ankara, Moscow and Amman with SDF, YPG, PMF, KRG, CJTF-OIR and Peshmerga commanders.")
    assert dense in strip_furniture(["A title", BODY, dense])


def test_dateline_is_kept_and_dates_the_article():
    document = RawDocument(source="t", text=f"14 Jun, 2017 09:40\n\nFighters enter eastern Raqqa\n\n{BODY}\n\nPodcasts\n0:00\n")
    article = clean_document(document)
    assert article.text.startswith("14 Jun, 2017 09:40")
    assert article.title == "Fighters enter eastern Raqqa"
    assert (article.published.isoformat(), article.published_from) == ("2017-06-14T09:40:00", "dateline")


def test_a_lede_is_not_taken_for_a_title():
    lede = "RAQQA, Syria (Levant Wire) - Fighters entered the city on Tuesday."
    article = clean_document(RawDocument(source="t", text=f"{lede}\n{BODY}"))
    assert article.title is None and article.text.startswith("RAQQA")


def test_same_text_same_id_whatever_the_spacing():
    first = clean_document(RawDocument(source="a", text=f"A title\n\n{BODY}", outlet="Levant Wire"))
    second = clean_document(RawDocument(source="b", text=f"A title\n{BODY.replace(' ', '  ')}\n\n", outlet="Levant Wire"))
    other_outlet = clean_document(RawDocument(source="c", text=f"A title\n\n{BODY}", outlet="Euphrates Herald"))
    assert first.article_id == second.article_id != other_outlet.article_id


@pytest.mark.issue(15)
def test_pages_holding_only_the_same_notice_are_told_apart_by_their_headlines():
    notice = "You have reached the limit of free stories. Log in or subscribe to keep reading."
    pages = [clean_document(RawDocument(source=s, text=notice, title=title, outlet="Valley Courier"))
             for s, title in (("a", "Two hurt in shooting on Elm Street"), ("b", "Man killed in crash on Route 9"),
                              ("c", "Two hurt in shooting on Elm Street"), ("d", "Our latest posts"),
                              ("e", "Readers' photos of the week"))]
    assert pages[0].article_id != pages[1].article_id and pages[0].article_id == pages[2].article_id
    assert pages[3].article_id == pages[4].article_id  # no headline tells news: nothing tells them apart
    # A text that tells news keeps its id whatever the headline over it.
    told = [clean_document(RawDocument(source="d", text=BODY, title=title, outlet="Levant Wire"))
            for title in ("Fighters push into the city", "Alliance enters eastern districts")]
    assert told[0].article_id == told[1].article_id


@pytest.mark.parametrize(
    "text,expected",
    [("25 Oct, 2016 21:16", "2016-10-25T21:16:00"), ("Tue 05 Jul 2016", "2016-07-05T00:00:00"),
     ("Published: October 25, 2016 9:40 pm", "2016-10-25T21:40:00"),
     ("Sat 17 Jun 2017 | Damascus Daily Dispatch | Army & Operations", "2017-06-17T00:00:00"), ("Updated 2017-06-14", "2017-06-14T00:00:00")],
)
def test_datelines(text, expected):
    assert parse_dateline(text).isoformat() == expected


def test_a_sentence_with_a_date_is_not_a_dateline():
    assert parse_dateline("The strike on 25 Oct, 2016 killed twelve people in the market town.") is None


def test_paragraph_split_trims_space():
    assert split_paragraphs("  a  b \n\n\t c ") == ["a b", "c"]


def test_wiki_headings_run_into_the_text_break_it_and_go():
    text = ("Two bombs went off in Velor on 3 May, killing nine people. == Attacks == === Market === "
            "The first bomb went off in the fish market at noon. == See also == * 2011 Velor bombing * Velor "
            "== References ==")
    article = clean_document(RawDocument(source="t", text=text))
    assert "==" not in article.text
    assert "The first bomb went off in the fish market at noon." in article.text.split("\n\n")
    assert "2011 Velor bombing" not in article.text


def test_a_closing_section_ends_at_the_next_heading():
    paragraphs = ["Police closed the road on Friday.", "== Notes ==", "Figures from the city council.",
                  "== Aftermath ==", "The road reopened on Monday."]
    assert split_at_headings(paragraphs) == ["Police closed the road on Friday.", "The road reopened on Monday."]
