import pytest

from warlog.extract.numbers import counted_noun, find_quantities, is_not_a_count


@pytest.mark.parametrize(
    "sentence,text,low,best,high,hedge,noun",
    [
        ("Raqqa will be defended by an estimated 3-4,000 recruits.", "an estimated 3-4,000", 3000, 3000, 4000, "estimated", "recruits"),
        ("There were up to 6,000 fighters in the city.", "up to 6,000", None, 6000, 6000, "up_to", "fighters"),
        ("The strike killed a woman and her three children.", "a woman and her three children", 4, 4, 4, None, "children"),
        ("Between 10 and 15 people died.", "Between 10 and 15", 10, 10, 15, None, "people"),
        ("Dozens of civilians were wounded.", "Dozens", 12, 12, 99, "vague", "civilians"),
        ("Eleven people died.", "Eleven", 11, 11, 11, None, "people"),
        ("More than 5 million people became refugees.", "More than 5 million", 5_000_000, 5_000_000, None, "more_than", "people"),
        ("At least 12 civilians were killed.", "At least 12", 12, 12, None, "at_least", "civilians"),
        ("Nearly 50 people fled.", "Nearly 50", None, 50, 50, "nearly", "people"),
        ("Twenty-five soldiers were captured.", "Twenty-five", 25, 25, 25, None, "soldiers"),
    ],
)
def test_quantities(nlp, sentence, text, low, best, high, hedge, noun):
    doc = nlp(sentence)
    [quantity] = [q for q in find_quantities(doc[:]) if not is_not_a_count(q, doc)]
    assert (quantity.text, quantity.low, quantity.best, quantity.high, quantity.hedge) == (text, low, best, high, hedge)
    assert counted_noun(quantity, doc).text == noun


@pytest.mark.parametrize(
    "sentence",
    [
        "Petty Officer Jason Miller, 34, of Anaheim was wounded.",
        "The town lies 50 kilometers north of Raqqa.",
        "The group has held the city since 2014.",
        "The convoy left at 3 a.m. on the road.",
        "A 34-year-old medic treated them.",
        "A 300-strong brigade moved in.",
        "The donors pledged $40 million.",
        "Deputies said a cousin wounded Jo-Lynn Abernathy, 6, of Bexley on Oct. 12 while cleaning a rifle.",
        "Police said the deaths were homicides number 14 and 15 in the city this year.",
        "Image 3 of 12 Mourners gathered outside the church.",
        "A neighbour called 911 when he heard shots on Elm Street.",
        "The 911 call came in shortly after midnight.",
        "Deputies said his cousin Ray Dunn, also 31, fired the rifle by mistake.",
        "The twins, both 19, were treated at Linden General and released.",
        "A farmer, aged 58, found the rounds in his barn.",
    ],
)
def test_numbers_that_count_no_one(nlp, sentence):
    doc = nlp(sentence)
    assert all(is_not_a_count(q, doc) for q in find_quantities(doc[:]))
