"""A headline written in title case tells its event though the entity recogniser takes its capitalised words for
an organisation's name (issue 13); a name in a sentence written in sentence case still names no event."""

from warlog import extract


def _reports(text):
    return extract(text, published="2023-06-12", outlet="Test Wire").reports


def test_an_event_word_in_a_title_case_headline_is_no_name():
    [report] = _reports("Harbour Bombing Suspects Appear In Court")
    assert (report.trigger, report.event_type) == ("Bombing", "Explosions/Remote violence")


def test_an_event_word_in_a_name_in_running_text_names_no_event():
    assert _reports("Officers of the Rapid Attack Brigade visited the school on Monday.") == []
