"""The prefilter keeps sentences that can hold an event or a claim, and blanks the rest in place."""

import pytest

from warlog.nlp.prefilter import keep_relevant

LEDE = "RAQQA, Syria (Levant Wire) — Fighting continued on Monday.\n\n"


def _kept(sentence: str) -> bool:
    text = LEDE + sentence
    return keep_relevant(text)[len(LEDE):].strip() != ""


def test_blanked_text_keeps_every_offset():
    text = LEDE + "The weather was mild. Jets struck the market, killing 11 people. The river is wide."
    kept = keep_relevant(text)
    assert len(kept) == len(text)
    start = text.index("Jets")
    assert kept[start:start + 25] == text[start:start + 25]
    assert "weather" not in kept and "river" not in kept


def test_event_words_and_their_irregular_forms_are_kept():
    assert _kept("Warplanes bombed the bridge.")
    assert _kept("A shell struck the school.")
    assert _kept("Two of them later died in hospital.")


def test_a_figure_is_kept_only_with_something_it_counts():
    assert _kept("Some 3,000 families remain trapped in the old city.")
    assert _kept("Dozens of civilians were displaced.")
    assert not _kept("The bridge was built in 1972 and rebuilt in 2001.")


def test_words_that_only_begin_like_triggers_are_not_cues():
    assert not _kept("The plan was agreed, according to the council's minutes.")
    assert not _kept("The fighters' families live near the river.")


def test_phrase_triggers_need_all_their_words():
    assert _kept("The two sides agreed on a prisoner exchange.")
    assert not _kept("The prisoner was moved to another wing.")
    assert not _kept("Currency exchange offices opened again.")


def test_the_lede_is_always_kept():
    text = "Calm returned to the valley.\n\nThe mayor opened a park."
    assert keep_relevant(text).startswith("Calm returned to the valley.")


def test_an_abbreviated_month_stays_with_its_day():
    text = LEDE + "Gunmen attacked the depot on Nov. 22 near the old bridge. The weather was mild."
    kept = keep_relevant(text)
    assert "Nov. 22 near the old bridge." in kept and "weather" not in kept


@pytest.mark.issue(15)
def test_the_sentence_after_the_lede_is_kept_when_it_says_when():
    text = ("A girl of nine was hurt by a stray bullet near her school.\n\n"
            "It was just after 3 p.m. Tuesday near Elm Avenue. The weather was mild.")
    kept = keep_relevant(text)
    assert "It was just after 3 p.m. Tuesday near Elm Avenue." in kept and "weather" not in kept
    # Only the sentence right after the article's first event sentence.
    kept = keep_relevant(LEDE + "Jets struck the market. The mayor spoke about schools on Tuesday.")
    assert "Jets struck the market." in kept and "mayor" not in kept


def test_a_title_or_a_saint_ends_no_sentence():
    text = LEDE + "Medics took him to St. Luke's Hospital, where he died. The weather was mild."
    kept = keep_relevant(text)
    assert "Medics took him to St. Luke's Hospital, where he died." in kept and "weather" not in kept


@pytest.mark.issue(15)
def test_a_middle_initial_ends_no_sentence():
    text = (LEDE + "Deputies are seeking a man in the killing of Harold J. Brenner on Sunday at a marina. "
            "The weather was mild.")
    kept = keep_relevant(text)
    assert "Harold J. Brenner on Sunday at a marina." in kept and "weather" not in kept
