"""Choosing the place of one event, and the article's main place."""

from warlog.places import article_focus, find_places, place_for_span


def test_place_for_span_takes_the_event_place_nearest_the_trigger(nlp):
    text = "Ministers met in Geneva on Monday. Jets shelled the outskirts of al-Bab, while a car bomb exploded in Akhtarin."
    doc = nlp(text)
    places = find_places(doc)
    shelled = text.index("shelled")
    bomb = text.index("car bomb")
    assert place_for_span(places, doc, shelled, shelled + 7).mention == "the outskirts of al-Bab"
    assert place_for_span(places, doc, bomb, bomb + 8).mention == "Akhtarin"
    assert place_for_span(places, doc, 0, text.index(".")) is None


def test_place_for_a_sentence_prefers_the_most_specific(nlp):
    text = "Air raids across Aleppo province killed nine people in the village of Akhtarin."
    doc = nlp(text)
    assert place_for_span(find_places(doc), doc, 0, len(text)).mention == "Akhtarin"


def test_article_focus_is_the_dominant_town_at_precision_2(nlp):
    doc = nlp("Shelling hit Raqqa on Monday. Coalition jets struck Raqqa again overnight, and fighting went on near Raqqa.")
    focus = article_focus(find_places(doc))
    assert (focus.geonameid, focus.geo_precision) == (172955, 2)


def test_article_focus_falls_back_to_the_region(nlp):
    doc = nlp("Jets struck Saraqib on Monday. Shelling hit Kafranbel and Khan Sheikhoun the next day.")
    focus = article_focus(find_places(doc))
    assert (focus.feature, focus.admin1, focus.geo_precision) == ("admin1", "Idlib", 3)


def test_no_place_no_focus(nlp):
    assert article_focus(find_places(nlp("Officials said talks would resume next week."))) is None
