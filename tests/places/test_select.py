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


def test_a_country_beyond_a_border_is_not_where_the_event_was(nlp):
    text = "Kenyan soldiers patrolling near the Somalia-Kenya border exchanged fire with gunmen on Sunday."
    doc = nlp(text)
    fire = text.index("exchanged")
    place = place_for_span(find_places(doc), doc, fire, fire + 9)
    assert place is None or place.country != "SO"


def test_a_place_fled_into_is_no_event_place(nlp):
    doc = nlp("Raiders threw a grenade at a police post in Mandera. The raiders later fled into Somalia.")
    roles = {mention.mention: mention.role for mention in find_places(doc)}
    assert roles == {"Mandera": "event", "Somalia": "other"}


def test_with_no_event_place_the_focus_stays_in_the_articles_country(nlp):
    text = "A KDF truck taking food to Somalia struck a buried mine near an unnamed village; two soldiers were hurt."
    doc = nlp(text)
    places = find_places(doc)
    assert [p.role for p in places] == ["other"]
    assert article_focus(places, text) is None
    assert article_focus(places) is not None
