"""Places in short coder-style notes about invented incidents: clause openers, namesakes abroad, units."""


def test_a_capitalised_word_opening_a_clause_is_no_part_of_the_name_after_it(places):
    found = places("4 March: The Dembi Dolo market chairman was beaten by a crowd of traders.")
    assert found["Dembi Dolo"].country == "ET"


def test_a_name_matching_a_city_abroad_only_through_a_spelling_fold_is_no_place_far_from_the_text(places):
    # 'Al-Suqur' folds onto Sukkur in Pakistan; the note is about a checkpoint in Iraq.
    found = places("A car bomb exploded at the Al-Suqur checkpoint north of Samarra, Saladin governorate, Iraq.")
    assert all(mention.country == "IQ" for mention in found.values())
