"""Event words read in every form news uses them (issue 13): plurals, persons captured, weapons named as things."""

from warlog import extract


def _reports(text):
    return extract(text, published="2021-05-10", outlet="Test Wire").reports


def test_plural_bombings_are_the_bombing_word():
    reports = _reports("On 3 May, two suicide bombings killed over 30 people in Kunduz and Herat.")
    assert [(r.trigger, r.sub_event_type, r.fatalities_best) for r in reports] == [("suicide bombings", "Suicide bomb", 30)]
    told = _reports("A former commander admitted that his cell carried out the Tallford market bombings.")
    assert [(r.trigger, r.event_type) for r in told] == [("bombings", "Explosions/Remote violence")]


def _types(text):
    return [(r.trigger, r.sub_event_type) for r in _reports(text) if r.modality == "reported"]


def test_a_person_captured_is_arrested_not_ground_taken():
    assert _types("Police said the suspect was captured after a two-day manhunt near the border.") == [
        ("captured", "Arrests")]
    assert _types("Karel Vosk was captured in a barn outside Linwood on Friday, four days after the bombing.") == [
        ("captured", "Arrests")]
    assert _types("A reward was offered for the capture of Ivan Dresk, a senior commander of the front.") == [
        ("capture", "Arrests")]
    assert _types("Rebels captured the town of Kelmar on Sunday.") == [("captured", "Non-state actor overtakes territory")]


def test_a_bomb_named_as_a_thing_is_no_attack():
    for text in ("Investigators photographed the remains of a pipe bomb in the Harlow car park.",
                 "A pamphlet published by the cell offered bomb-making tips.",
                 "He bought parts for the bombs online, prosecutors in Harlow said.",
                 "The abandoned truck was a car bomb, police in Harlow said."):
        assert [r.trigger for r in _reports(text) if r.event_type == "Explosions/Remote violence"] == [], text
    went_off = _reports("The remains of a pipe bomb were found after it exploded near the stadium, injuring two.")
    assert [r.event_type for r in went_off if r.modality == "reported"] == ["Explosions/Remote violence"]


def test_people_who_lost_limbs_are_injured_not_dead():
    result = extract("A bomb exploded at the bus station in Melsk on Friday. Eleven people lost limbs.",
                     published="2021-05-10", outlet="Test Wire")
    assert [(r.fatalities_best, r.injured_best) for r in result.reports] == [(None, 11)]
    assert [(c.category, c.value_best) for c in result.claims] == [("injured", 11)]
    one = _reports("A teacher who lost a leg in the Melsk bombing spoke at the trial on Monday.")
    assert [(r.fatalities_best, r.injured_best) for r in one] == [(None, 1)]
    homes = extract("Hundreds of families lost their homes in the floods.", published="2021-05-10").claims
    assert [c.category for c in homes if c.category in {"killed", "injured"}] == []
