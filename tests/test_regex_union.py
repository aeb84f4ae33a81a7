"""The trie pattern matches as a list of words sorted longest first does."""

import re

from hypothesis import given
from hypothesis import strategies as st

from warlog.regex_union import union_of


def test_the_longest_word_that_fits_wins():
    pattern = re.compile(rf"(?<!\w){union_of(['Al', 'Al-Shabaab', 'Al-Shabaab fighters'])}(?!\w)")
    assert [m.group(0) for m in pattern.finditer("Al-Shabaab fighters and Al-Shabaab, and Al")] == [
        "Al-Shabaab fighters", "Al-Shabaab", "Al"]


def test_a_shorter_word_matches_where_the_pattern_rejects_the_longer():
    pattern = re.compile(rf"{union_of(['North', 'North Kivu'])}(?= province)")
    assert pattern.search("in North Kivu province").group(0) == "North Kivu"
    assert pattern.search("the North province").group(0) == "North"


def test_characters_with_a_meaning_in_patterns_are_matched_literally():
    pattern = re.compile(union_of(["U.S.", "(SDF)", "a+b"]))
    assert [m.group(0) for m in pattern.finditer("U.S. and USAS, (SDF) and a+b but not aab")] == ["U.S.", "(SDF)", "a+b"]


@given(st.lists(st.text(alphabet="ab -.", min_size=1, max_size=4), min_size=1, max_size=8), st.text(alphabet="ab -.", max_size=30))
def test_matches_what_the_sorted_list_matches(words, text):
    listed = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    expected = [m.span() for m in re.finditer(rf"(?:{listed})(?![ab])", text)]
    assert [m.span() for m in re.finditer(rf"{union_of(words)}(?![ab])", text)] == expected
