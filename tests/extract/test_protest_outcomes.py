"""What a protest or a riot became, in ACLED's sub-types: ways and gates blocked by a crowd, force that
held a protest back (an intervention) or hurt its people (excessive force), what a protest calls for (no
outcome), a protest told as peaceful, forces named for riots ('riot police', no riot), and crowds armed only
with what any crowd picks up (a mob, not an armed group). Texts written for these tests about invented
incidents."""

import pytest

from warlog import extract
from warlog.link.events import article_events

VIOLENT_DEMONSTRATION = ("Riots", "Violent demonstration")
MOB_VIOLENCE = ("Riots", "Mob violence")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters")


def _event(text, published="2023-03-09"):
    """The text's first event as the link step codes it: (event type, sub-type)."""
    events = article_events(extract(text, published=published, outlet="Test Wire"))
    return (events[0].event_type, events[0].sub_event_type) if events else None


@pytest.mark.parametrize(
    "text,expected",
    [
        # A gate or an entrance blocked is a sit-in; where the police stepped in, the intervention is told.
        ("On 3 March 2023, nurses blocked the entrance of the regional hospital in Bolga to demand unpaid "
         "allowances.", PEACEFUL),
        ("On 3 March 2023, cocoa farmers blocked the bridge at Tafo with felled trees. Police intervened and "
         "reopened it.", INTERVENTION),
        # Police who block a road hold marchers back: no protest of their own.
        ("On 3 March 2023, police blocked the road leading to the parliament to stop marchers from reaching it.", None),
    ],
)
def test_ways_blocked(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 3 March 2023, retired teachers marched to the pensions office in Bo to demand their arrears. A police "
         "intervention ended the march early.", INTERVENTION),
        # What a protest calls for or is held over is no outcome of it.
        ("On 3 March 2023, about 300 market women protested outside the town hall in Kumasi to call for an "
         "intervention by the president.", PEACEFUL),
        ("On 3 March 2023, market porters marched through Cape Coast in protest of the beating of a fellow porter by a "
         "shop owner.", PEACEFUL),
        # 'Water' and 'tear' alone are no water cannon nor tear gas.
        ("On 3 March 2023, fishermen protested outside the district office in Elmina against new licence fees. "
         "Officials promised to repair the broken water pump at the landing site.", PEACEFUL),
        # A protest the text calls peaceful stays one, whatever the learned coder reads, also where it is retold.
        ("On 3 March 2023, about 300 market women protested peacefully outside the town hall in Kumasi against a new "
         "stall fee.", PEACEFUL),
        ("On 3 March 2023, hundreds of nurses marched peacefully through Bolga to the regional health directorate. "
         "The march ended with a prayer.", PEACEFUL),
        ("On 3 March 2023, about 200 teachers marched in Ho to demand unpaid salaries. Police forcibly dispersed the "
         "crowd, kicked several marchers and ill-treated those they detained.", EXCESSIVE_FORCE),
        # 'Riot police' and 'riot gear' name no riot.
        ("On 3 March 2023, riot police assaulted nursing students who were holding a sit-in at the health ministry in "
         "Juba over unpaid stipends.", EXCESSIVE_FORCE),
        ("Officers in riot gear dispersed students who rallied outside the ministry in Juba on Monday.", INTERVENTION),
        ("Riot police dispersed a crowd of traders outside the council offices in Kisumu on Monday.", INTERVENTION),
        ("On 3 March 2023, officers dispersed rioting market traders with batons outside the town hall in Kumasi.",
         VIOLENT_DEMONSTRATION),
    ],
)
def test_force_used_on_a_protest(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 3 March 2023, youths armed with sticks and machetes clashed with herders near Agogo, wounding three.",
         MOB_VIOLENCE),
        ("On 3 March 2023, villagers armed with hoes and machetes attacked the house of a herbalist in Wenchi and set "
         "it on fire.", MOB_VIOLENCE),
        # Guns make them fighters.
        ("On 3 March 2023, gunmen armed with rifles attacked a market in Bawku, killing two traders.",
         ("Violence against civilians", "Attack")),
        # Rioters who fight another crowd turn on people, not on the state.
        ("On 3 March 2023, a riot broke out in Tamale after a football match, and the rioters clashed with "
         "supporters of the visiting team.", MOB_VIOLENCE),
        ("On 3 March 2023, rioters burned tyres and clashed with police in Tamale over the arrest of a chief.",
         VIOLENT_DEMONSTRATION),
    ],
)
def test_crowds_and_their_arms(text, expected):
    assert _event(text) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 3 June 2021, protesters damaged a toll gate near Kumasi, Ghana.", VIOLENT_DEMONSTRATION),
        ("A number of demonstrators wrecked the council's cars in Tamale, Ghana, on Friday.", VIOLENT_DEMONSTRATION),
        ("Residents protested in Kumasi, Ghana, on Friday after soldiers destroyed their market stalls.", PEACEFUL),
    ],
)
def test_damage_the_protesters_do_makes_the_protest_violent(text, expected):
    assert _event(text) == expected


def _events_with_dead(text, published="2023-03-09"):
    events = article_events(extract(text, published=published, outlet="Test Wire"))
    return [(e.event_type, e.sub_event_type, e.fatalities_best) for e in events]


@pytest.mark.issue(13)
def test_people_killed_in_the_sentence_after_a_protest_are_its_dead():
    text = ("On 2 March 2023, traders marched on the town hall in Kisii, Kenya, and blocked the main road with"
            " burning tyres. Three people were shot dead when police opened fire on the crowd.")
    assert _events_with_dead(text) == [(*VIOLENT_DEMONSTRATION, 3)]


@pytest.mark.issue(13)
def test_a_protest_recalled_does_not_take_an_arrest_told_after_it():
    text = ("On 2 March 2023, a teacher who led strikes in Kisii, Kenya, last year was detained by police in"
            " Nyamira. According to his union, he was held and beaten in a cell. No reason was given.")
    assert all(sub_type not in {PEACEFUL[1], VIOLENT_DEMONSTRATION[1]} for _, sub_type, _ in _events_with_dead(text))
