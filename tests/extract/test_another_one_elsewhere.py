"""A second happening of a kind, brought in with 'a' or a bare plural at a place of its own, is news of its own, not
a retelling (issue 13): after a roadside bomb outside Peshawar, 'a roadside bomb near a school in Mardan' is a second
bombing, while 'the roadside bomb outside Peshawar' and 'a roadside bomb near the checkpoint' (no place the first
did not name) tell the first again."""

from warlog import extract

FIRST = "A roadside bomb struck a police patrol outside Peshawar on Tuesday, killing three officers, the ministry said. "


def _told(text):
    return [(r.trigger, r.modality) for r in extract(text, published="2023-06-12", outlet="Test Wire").reports]


def test_a_roadside_bomb_in_another_town_is_a_second_bombing():
    text = FIRST + "Hours later a roadside bomb near a school in Mardan wounded a farmer."
    assert _told(text) == [("roadside bomb", "reported"), ("roadside bomb", "reported")]


def test_bomb_blasts_in_another_district_are_more_bombings():
    text = FIRST + "Bomb blasts in Swat district wounded five soldiers the same day."
    assert [modality for _, modality in _told(text)] == ["reported", "reported"]


def test_the_roadside_bomb_told_again_is_a_retelling():
    assert _told(FIRST + "The roadside bomb outside Peshawar went off as the patrol slowed at a bend.")[1] == ("roadside bomb", "retold")


def test_a_roadside_bomb_at_no_place_of_its_own_is_a_retelling():
    text = FIRST + "Witnesses said a roadside bomb near the checkpoint went off as the patrol passed."
    assert _told(text)[1] == ("roadside bomb", "retold")


def test_a_shooting_told_again_in_its_town_with_the_same_toll_is_a_retelling():
    text = ("Two men were wounded on Saturday night, police said. "
            "Officers were called to a shooting outside a bar in Dayton and found two men wounded.")
    assert [modality for _, modality in _told(text)] == ["reported", "retold"]
