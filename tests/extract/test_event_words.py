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
    assert _types("Karel Vosk, the suspected bomber, was captured in a barn outside Linwood on Friday.") == [
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


def test_a_bombing_that_other_news_follows_from_is_a_background_mention():
    reports = _reports("Police issued 12 arrest warrants following the bombing in Melsk, but only two men have been detained.")
    assert [(r.trigger, r.sub_event_type, r.modality) for r in reports] == [
        ("arrest", "Arrests", "reported"), ("bombing", "Air/drone strike", "background")]


def test_people_handed_over_are_no_ground_handed_over():
    assert _types("The militia handed over the base to the army on Monday.") == [
        ("handed over", "Non-violent transfer of territory")]
    assert "Non-violent transfer of territory" not in {
        sub for _, sub in _types("Varnia asked Tessa to hand over the rebels wanted for the raid on the Melsk barracks.")}


def test_left_dead_and_wounded_counts_harm_not_people_brought_out():
    claims = extract("A roadside bomb in Melsk on Friday left three soldiers dead and six others wounded.",
                     published="2021-05-10").claims
    assert sorted((c.category, c.value_best) for c in claims) == [("injured", 6), ("killed", 3)]
    troops = extract("The army left 300 soldiers in the city after the offensive.", published="2021-05-10").claims
    assert [c.category for c in troops if c.category in {"killed", "injured"}] == []


def _claimed(text):
    return [(c.category, c.value_best) for c in extract(text, published="2021-05-10").claims]


def test_victims_are_the_dead_unless_their_sentence_says_they_were_treated_or_act():
    assert _claimed("Three victims died in hospital on Monday.") == [("killed", 3)]
    assert _claimed("Doctors at the Melsk clinic treated nine of the victims for burns.") == [("injured", 9)]
    assert _claimed("Several victims condemned the bomber in court on Monday.") == [("other", 3)]


def test_a_figure_noun_that_is_what_is_counted_restates_no_toll():
    lede = "A bomb killed 12 people in Melsk on Friday. "
    assert _claimed(lede + "The court indicted the driver on 10 counts.") == [("killed", 12)]
    assert _claimed(lede + "He said he told two senior figures of the group what he thought.") == [("killed", 12)]
    assert _claimed(lede + "Police later put the number at 15.") == [("killed", 12), ("killed", 15)]


def test_the_coder_may_not_make_a_development_of_a_bomb_that_went_off():
    from warlog.extract import reports
    from warlog.nlp import load_nlp

    doc = load_nlp()("When the second bomb exploded in the Melsk market, shoppers ran for the exits.")
    triggers = list(doc.spans["triggers"])
    bomb = next(t for t in triggers if t.text == "bomb")
    ruled = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert not reports._may_become(("Strategic developments", "Other"), triggers, ruled, bomb, False)
