import pytest

from warlog import extract


def _reports(text, published="2017-06-14"):
    return extract(text, published=published, outlet="Test Wire").reports


@pytest.mark.parametrize(
    "text,event_type,sub_event_type",
    [
        ("A coalition air strike hit a market in Tabqa on Thursday, killing 12 civilians.", "Explosions/Remote violence", "Air/drone strike"),
        ("Government forces shelled the eastern districts of Deir ez-Zor overnight.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("A suicide car bomber struck a checkpoint near Karama, killing four fighters.", "Explosions/Remote violence", "Suicide bomb"),
        ("A roadside bomb exploded under a bus near Hazima, wounding six people.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Heavy clashes broke out between the SDF and Islamic State fighters in the Old City.", "Battles", "Armed clash"),
        ("Gunmen abducted three aid workers on the road to Tabqa.", "Violence against civilians", "Abduction/forced disappearance"),
        ("Hundreds of protesters rallied in Kobani against the offensive.", "Protests", "Peaceful protest"),
        ("Security forces arrested 15 men suspected of links to the militants.", "Strategic developments", "Arrests"),
        ("The two sides agreed a truce to let civilians leave the city.", "Strategic developments", "Agreement"),
    ],
)
def test_sub_event_types(text, event_type, sub_event_type):
    reports = _reports(text)
    assert (event_type, sub_event_type) in {(r.event_type, r.sub_event_type) for r in reports}


@pytest.mark.parametrize(
    "text,modality",
    [
        ("The coalition will attack Raqqa within weeks.", "planned"),
        ("The SDF plans to storm the Old City.", "planned"),
        ("The coalition denied that its aircraft had bombed the school.", "denied"),
        ("Russian planes have not bombed the city since Tuesday.", "denied"),
        ("If the coalition attacks the dam, thousands could die.", "hypothetical"),
        ("An air strike hit the school on Monday.", "reported"),
    ],
)
def test_modality(text, modality):
    assert _reports(text)[0].modality == modality


def test_figures_and_evidence():
    text = "An air strike hit a crowded market in Tabqa, killing at least 12 civilians and wounding 20 others, activists said."
    [report] = _reports(text)
    assert (report.fatalities_low, report.fatalities_best, report.fatalities_high) == (12, 12, None)
    assert report.civilian_fatalities_best == 12 and report.injured_best == 20
    assert report.target == "market"
    assert report.attributed_to.lower() == "activists"
    assert text[report.char_start : report.char_end] == report.sentence == text


def test_casualties_in_the_next_sentence_join_the_event():
    [report] = _reports("An air strike hit the market in Tabqa. Eleven people died.")
    assert report.fatalities_best == 11
    assert report.sentence.endswith("Eleven people died.")


def test_cumulative_tallies_are_not_an_incident():
    text = "According to the coalition, 603 civilians have been killed in its strikes since 2014."
    result = extract(text, published="2017-07-16")
    assert not [r for r in result.reports if r.fatalities_best]
    [claim] = result.claims
    assert (claim.value_best, claim.category, claim.scope) == (603, "civilians_killed", "cumulative")


def test_actors_are_normalised():
    [report] = _reports("Daesh militants attacked an SDF position near Raqqa, killing five fighters.")
    assert report.actor1 == "Islamic State"
    assert report.actor2 == "SDF: Syrian Democratic Forces"


def test_competing_tallies_keep_their_claimants():
    text = ("According to the coalition, 603 civilians have been killed in its strikes since 2014. "
            "But Airwars, a London-based monitoring group, says 744 civilians were killed in June alone.")
    claims = {int(c.value_best): c for c in extract(text, published="2017-07-16").claims}
    assert claims[603].claimant_type == "belligerent"
    assert (claims[744].claimant, claims[744].claimant_type, claims[744].scope) == ("Airwars", "monitor", "cumulative")


@pytest.mark.parametrize(
    "text,published,actor1",
    [
        ("Coalition jets struck a market in Taiz, killing 12 people.", "2016-08-10", "Saudi-led Coalition"),
        ("Coalition aircraft struck a bridge in Raqqa overnight.", "2017-06-20", "US-led Coalition (CJTF-OIR)"),
        ("Government forces shelled Douma on Monday.", "2018-02-20", "Military Forces of Syria"),
    ],
)
def test_generic_actors_are_named_for_the_event_country(text, published, actor1):
    import warlog

    assert warlog.extract(text, published=published).reports[0].actor1 == actor1


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv crushed Lviv 34-21 on Saturday to take the handball title.",
        "A storm killed three people in western Arkansas overnight, toppling trees onto homes.",
        "The legal battle over the dairy cartel has already lasted three years.",
        "Police arrested two men after a robbery at a jewellery shop on Friday.",
        "Burkina Faso and Ghana signed a trade agreement on Tuesday.",
    ],
)
def test_everyday_uses_of_war_words_are_no_events(text):
    assert _reports(text) == []


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("Islamic State fighters seized the village on Friday.", "Non-state actor overtakes territory"),
        ("Police arrested two opposition activists in Istanbul on Friday.", "Arrests"),
        ("Fighting continued on Monday. Troops shelled the town and rebels fired mortars at the base.", "Armed clash"),
    ],
)
def test_the_same_words_in_armed_conflict_are_events(text, sub_event_type):
    assert sub_event_type in {r.sub_event_type for r in _reports(text)}


def test_victims_named_among_a_toll_are_part_of_it():
    text = "Six civilians, among them two children, were killed and 14 others were injured when shells hit the town."
    [report] = _reports(text)
    assert (report.fatalities_best, report.civilian_fatalities_best, report.injured_best) == (6, 6, 14)


def test_the_deadliest_incident_since_is_one_incident_not_a_tally():
    text = ("An air strike on a public well in Raqqa killed at least 17 civilians on Thursday, in one of the "
            "deadliest incidents since the assault on the city began.")
    assert [r.fatalities_best for r in _reports(text)] == [17]
